/** The usual feed symbol (a dot and two arcs), decorative: the button's text names it. */
export function FeedIcon() {
  return (
    <svg className="feed-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <rect width="16" height="16" rx="3" fill="#e8710a" />
      <circle cx="4.5" cy="11.5" r="1.6" fill="#fff" />
      <path d="M3 7.2a5.8 5.8 0 0 1 5.8 5.8M3 3.6A9.4 9.4 0 0 1 12.4 13" stroke="#fff" strokeWidth="1.8" fill="none" strokeLinecap="round" />
    </svg>
  );
}
