// The only part of the live mode in the initial bundle: whether this tab presents or follows (the rest loads on demand).
export const PRESENTER_KEY = 'odd17-live-presenter';
export const FOLLOW_KEY = 'odd17-live-follow';

const stored = (key: string): boolean => {
  try {
    return sessionStorage.getItem(key) !== null;
  } catch {
    return false; // storage disabled: nothing was stored either
  }
};

export const presentsLive = (): boolean => stored(PRESENTER_KEY);
export const followsLive = (): boolean => stored(FOLLOW_KEY);
