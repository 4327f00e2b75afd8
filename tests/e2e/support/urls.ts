// The page writes the data version into its URL (`v`) once it knows it: a screen's address is the rest.

/** A page's URL without its data version. */
export function withoutVersion(url: string): string {
  const u = new URL(url);
  u.searchParams.delete('v');
  return u.toString();
}
