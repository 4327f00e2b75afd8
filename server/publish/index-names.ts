// The engine indexes around one live index `examples`: its meta index, builds, kept versions, the publishing history.

/** The companion index holding one document that describes the live data set (swapped with it). */
export const metaIndexName = (index: string): string => `${index}-meta`;
export const DATASET_DOC_ID = 'dataset';

/** A build of the CLI (deleted by the next run if interrupted). */
export const buildPrefix = (index: string): string => `${index}__build_`;
/** A staged import of the workspace: built and diffed, waiting to be published or discarded. */
export const stagePrefix = (index: string): string => `${index}__stage_`;
/** A kept earlier version, for rollback: `examples__v_3ae33abf1c50`. */
export const versionPrefix = (index: string): string => `${index}__v_`;
export const versionIndexName = (index: string, dataVersion: string): string => `${versionPrefix(index)}${dataVersion}`;
/** Every publication (and rollback) ever made, newest first by `publishedAt`. */
export const historyIndexName = (index: string): string => `${index}-history`;
