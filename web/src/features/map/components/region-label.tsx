import { memo } from 'react';

const LINE = 17;

/** A region's name on the map, on one to three lines, over a white halo so it reads on every shade; a tick when selected (memoised: an answer changes none). */
export const RegionLabel = memo(function RegionLabel({ x, y, lines, selected }: { x: number; y: number; lines: readonly string[]; selected: boolean }) {
  const shown = selected ? [`✓ ${lines[0]}`, ...lines.slice(1)] : lines;
  return (
    <text className={`region-label${selected ? ' region-label--on' : ''}`} x={x} y={y - ((shown.length - 1) * LINE) / 2} aria-hidden="true">
      {shown.map((line, i) => (
        <tspan key={i} x={x} dy={i ? LINE : 0}>
          {line}
        </tspan>
      ))}
    </text>
  );
});
