// The live data version, once the API has said it: links made from the page carry it (`v`), so a shared link can
// later tell what changed since it was made.
let live: string | null = null;

export const liveDataVersion = (): string | null => live;
export const setLiveDataVersion = (version: string | null): void => {
  live = version;
};
