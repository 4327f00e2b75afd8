/** "National (France entière) : N exemples" under the map: examples with no single region, toggled like a region. */
export function NationalToggle({ name, empty, pressed, onToggle }: { name: string; empty: boolean; pressed: boolean; onToggle: () => void }) {
  return (
    <button type="button" className="map__national" aria-pressed={pressed} disabled={empty && !pressed} onClick={onToggle}>
      <span className="map__national-flag" aria-hidden="true" />
      {name}
    </button>
  );
}
