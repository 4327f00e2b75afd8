// The workspace's screens: upload at /admin, a preview at /admin/imports/:id, the history at /admin/versions.
export const ADMIN_PATH = '/admin';
export const VERSIONS_PATH = '/admin/versions';
export const IMPORT_PATH = /^\/admin\/imports\/([A-Za-z0-9_-]+)$/;
export const importPath = (id: string): string => `/admin/imports/${encodeURIComponent(id)}`;
export const isAdminPath = (path: string): boolean => path === ADMIN_PATH || path.startsWith(`${ADMIN_PATH}/`);
