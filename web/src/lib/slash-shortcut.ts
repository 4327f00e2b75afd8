/**
 * "/" anywhere (outside a text field) focuses the search box. Listened for from the page's start, not from a React
 * effect: the first render draws the results, and its passive effects run a moment after they are painted — a key
 * pressed in that moment (seen in CI: Tab, then "/", as soon as the count showed) found no listener.
 */
export function focusSearchOnSlash(): void {
  document.addEventListener('keydown', (e) => {
    const el = e.target as HTMLElement;
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName)) return;
    const input = document.getElementById('search-input') as HTMLInputElement | null;
    if (!input) return;
    e.preventDefault();
    input.focus();
    input.select();
  });
}
