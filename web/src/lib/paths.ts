// The app's paths, in one place: results at /, the cross-table at /statistiques, an example at /exemples/:id, a live session at /direct/:code.
export const STATS_PATH = '/statistiques';
export const EXAMPLE_PATH = /^\/exemples\/([^/]+)$/;

/** Path of an example's page. */
export const examplePath = (id: string): string => `/exemples/${encodeURIComponent(id)}`;
/** A live session's join page; the code as typed, read by domain/live.ts's normaliseLiveCode. */
export const LIVE_PATH = /^\/direct\/([^/]+)$/;
