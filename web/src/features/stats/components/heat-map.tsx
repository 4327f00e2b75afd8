import type { CrossTable } from '#domain/api-types.js';

/** Heat-map cell colour: transparent to navy by share of the largest cell; text turns white on dark cells. */
const cellStyle = (n: number, max: number) => {
  const k = max ? n / max : 0;
  return { background: n ? `rgba(25, 72, 106, ${(0.08 + 0.92 * k).toFixed(3)})` : undefined, color: k > 0.5 ? '#fff' : undefined };
};

/** The cross-table as an accessible table coloured by count. */
export function HeatMap({ data, rowLabel, colLabel, caption }: { data: CrossTable; rowLabel: (id: string) => string; colLabel: (id: string) => string; caption: string }) {
  const max = Math.max(0, ...data.counts.flat());
  return (
    <div className="heat-map__scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="heat-map">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <td />
            {data.cols.map((c) => (
              <th key={String(c)} scope="col" title={colLabel(String(c))}>
                <span>{colLabel(String(c))}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.rows.map((r, i) => (
            <tr key={String(r)}>
              <th scope="row">{rowLabel(String(r))}</th>
              {data.cols.map((c, j) => {
                const n = data.counts[i]?.[j] ?? 0;
                return (
                  <td key={String(c)} style={cellStyle(n, max)}>
                    {n}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
