import type { KeyboardEvent } from 'react';

/** A region on the map: a focusable toggle button named "<Région> : N exemples", filled by its count. */
export function RegionShape(props: { path: string; name: string; fill: string; pressed: boolean; dim: boolean; onToggle: () => void }) {
  const { path, name, fill, pressed, dim, onToggle } = props;
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onToggle();
    }
  };
  return (
    <path
      d={path}
      role="button"
      tabIndex={0}
      aria-label={name}
      aria-pressed={pressed}
      className={`region${pressed ? ' region--on' : ''}${dim ? ' region--dim' : ''}`}
      style={{ fill }}
      onClick={onToggle}
      onKeyDown={onKey}
    >
      <title>{name}</title>
    </path>
  );
}
