import { forwardRef } from 'react';
import { niceTicks, type Series } from '../utils/timeline-series';

// A line chart in plain SVG, readable without colour: each line has its own dash and marker shape and is named at its
// end (direct labels); colours are the Okabe–Ito palette. Every style is inline, so the SVG downloads as it shows.
const COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#8a6100'];
const DASHES = ['', '7 4', '2 3', '10 3 2 3', '4 2 1 2'];
const W = 800, H = 340, L = 48, R = 215, T = 16, B = 40;
const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif';

/** A marker of shape `k` (circle, square, triangle, diamond, cross) centred on (x, y). */
function Marker({ k, x, y, colour }: { k: number; x: number; y: number; colour: string }) {
  const s = 4;
  const common = { fill: colour, stroke: '#fff', strokeWidth: 1 };
  if (k === 0) return <circle cx={x} cy={y} r={s} {...common} />;
  if (k === 1) return <rect x={x - s} y={y - s} width={2 * s} height={2 * s} {...common} />;
  if (k === 2) return <path d={`M${x},${y - s - 1} L${x + s + 1},${y + s} L${x - s - 1},${y + s} Z`} {...common} />;
  if (k === 3) return <path d={`M${x},${y - s - 1} L${x + s + 1},${y} L${x},${y + s + 1} L${x - s - 1},${y} Z`} {...common} />;
  return <path d={`M${x - s},${y - s} L${x + s},${y + s} M${x + s},${y - s} L${x - s},${y + s}`} stroke={colour} strokeWidth={2.5} />;
}

/** Labels at the lines' ends, pushed apart so none overlaps another (14 px apart at least). */
function labelPositions(ends: number[]): number[] {
  const order = ends.map((y, k) => ({ y, k })).sort((a, b) => a.y - b.y);
  for (let n = 1; n < order.length; n++) order[n]!.y = Math.max(order[n]!.y, order[n - 1]!.y + 14);
  // Pushed past the axis: the whole column moves up, keeping the gaps.
  const excess = Math.max(0, (order.at(-1)?.y ?? 0) - (H - B));
  const placed: number[] = [];
  for (const o of order) placed[o.k] = o.y - excess;
  return placed;
}

interface Props {
  years: number[];
  series: Series[];
  title: string;
  description: string;
  yLabel: string;
}

export const TimelineChart = forwardRef<SVGSVGElement, Props>(function TimelineChart({ years, series, title, description, yLabel }, ref) {
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const ticks = niceTicks(max);
  const top = ticks.at(-1)!;
  const x = (i: number) => L + (years.length > 1 ? (i / (years.length - 1)) * (W - L - R) : (W - L - R) / 2);
  const y = (v: number) => H - B - (v / top) * (H - T - B);
  const every = Math.max(1, Math.ceil(years.length / 12));
  const labels = labelPositions(series.map((s) => y(s.values.at(-1) ?? 0)));
  return (
    <svg ref={ref} xmlns="http://www.w3.org/2000/svg" viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-labelledby="timeline-title timeline-desc" className="timeline-chart" fontFamily={FONT} fontSize={12}>
      <title id="timeline-title">{title}</title>
      <desc id="timeline-desc">{description}</desc>
      <rect width={W} height={H} fill="#fff" />
      {ticks.map((v) => (
        <g key={v}>
          <line x1={L} x2={W - R} y1={y(v)} y2={y(v)} stroke="#d5dbe1" />
          <text x={L - 6} y={y(v) + 4} textAnchor="end" fill="#444">{v}</text>
        </g>
      ))}
      <text x={12} y={T + (H - T - B) / 2} transform={`rotate(-90 12 ${T + (H - T - B) / 2})`} textAnchor="middle" fill="#444">{yLabel}</text>
      {years.map((yr, i) => (i % every === 0 || i === years.length - 1 ? <text key={yr} x={x(i)} y={H - B + 18} textAnchor="middle" fill="#444">{yr}</text> : null))}
      <line x1={L} x2={W - R} y1={H - B} y2={H - B} stroke="#1b1f24" />
      {series.map((s, k) => {
        const colour = COLOURS[k % COLOURS.length]!;
        const points = s.values.map((v, i) => `${x(i)},${y(v)}`).join(' ');
        return (
          <g key={s.key} data-series={s.key}>
            <polyline points={points} fill="none" stroke={colour} strokeWidth={2.5} strokeDasharray={DASHES[k % DASHES.length] || undefined} />
            {s.values.map((v, i) => <Marker key={i} k={k % 5} x={x(i)} y={y(v)} colour={colour} />)}
            <Marker k={k % 5} x={W - R + 14} y={labels[k]!} colour={colour} />
            <text x={W - R + 24} y={labels[k]! + 4} fill="#1b1f24">{s.label.length > 26 ? `${s.label.slice(0, 25)}…` : s.label} ({s.values.at(-1)})</text>
          </g>
        );
      })}
    </svg>
  );
});
