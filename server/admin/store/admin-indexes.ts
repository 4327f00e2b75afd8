// The indexes the curators' workspace keeps beside `examples` (docs/decisions.md §34): never readable with the
// search key, which covers only the examples and their meta index.
export const curatorsIndex = (index: string): string => `${index}-curators`;
export const sessionsIndex = (index: string): string => `${index}-sessions`;
export const loginAttemptsIndex = (index: string): string => `${index}-login-attempts`;
export const profilesIndex = (index: string): string => `${index}-profiles`;
/** Import previews and rollbacks: status, progress, report. */
export const jobsIndex = (index: string): string => `${index}-jobs`;
/** Uploaded files, in chunks, while their preview lives. */
export const uploadsIndex = (index: string): string => `${index}-uploads`;
/** The examples a stage adds, removes, changes or keeps: searchable by title, filterable by kind. */
export const diffIndexName = (stageUid: string): string => `${stageUid}-diff`;
/** Exists while a publication or rollback runs: creating an index succeeds for one caller only. */
export const publishLockIndex = (index: string): string => `${index}__lock_publish`;
