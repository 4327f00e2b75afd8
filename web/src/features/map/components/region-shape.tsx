import { memo, type KeyboardEvent } from 'react';
import type { RegionId } from '#domain/regions.js';

interface Props {
  id: RegionId;
  path: string;
  name: string;
  fill: string;
  pressed: boolean;
  dim: boolean;
  onToggle: (id: RegionId) => void;
  /** An arrow key: the map moves focus to the neighbouring region. */
  onArrow: (id: RegionId, key: string) => void;
  onFocusChange: (id: RegionId, focused: boolean) => void;
}

/**
 * A region on the map: a focusable toggle button named "<Région> : N exemples", filled by its count. Memoised, its
 * handlers taking the region: an answer redraws only the regions whose count (or class) changed.
 */
export const RegionShape = memo(function RegionShape({ id, path, name, fill, pressed, dim, onToggle, onArrow, onFocusChange }: Props) {
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onToggle(id);
    } else if (e.key.startsWith('Arrow')) {
      e.preventDefault();
      onArrow(id, e.key);
    }
  };
  return (
    <path
      d={path}
      data-region={id}
      role="button"
      tabIndex={0}
      aria-label={name}
      aria-pressed={pressed}
      className={`region${pressed ? ' region--on' : ''}${dim ? ' region--dim' : ''}`}
      style={{ fill }}
      onClick={() => onToggle(id)}
      onKeyDown={onKey}
      onFocus={() => onFocusChange(id, true)}
      onBlur={() => onFocusChange(id, false)}
    >
      <title>{name}</title>
    </path>
  );
});
