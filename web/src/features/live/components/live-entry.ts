// The live mode's one lazy entry: the router loads it for a presenter or a participant, both sides at once (~4 KB gzipped).
export { LiveFollower } from './live-follower';
export { LivePresenter } from './live-presenter';
