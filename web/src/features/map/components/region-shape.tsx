import type { KeyboardEvent } from 'react';
import type { RegionId } from '#domain/regions.js';

interface Props {
  id: RegionId;
  path: string;
  name: string;
  fill: string;
  pressed: boolean;
  dim: boolean;
  onToggle: () => void;
  /** An arrow key: the map moves focus to the neighbouring region. */
  onArrow: (key: string) => void;
  onFocusChange: (focused: boolean) => void;
}

/** A region on the map: a focusable toggle button named "<Région> : N exemples", filled by its count. */
export function RegionShape({ id, path, name, fill, pressed, dim, onToggle, onArrow, onFocusChange }: Props) {
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onToggle();
    } else if (e.key.startsWith('Arrow')) {
      e.preventDefault();
      onArrow(e.key);
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
      onClick={onToggle}
      onKeyDown={onKey}
      onFocus={() => onFocusChange(true)}
      onBlur={() => onFocusChange(false)}
    >
      <title>{name}</title>
    </path>
  );
}
