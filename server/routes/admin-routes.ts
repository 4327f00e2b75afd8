import { Router } from 'express';
import type { AdminService } from '../admin/admin-service.js';
import { requireSession } from '../http/admin-guard.js';
import { apiNotFound } from '../http/error-handler.js';
import { importRoutes } from './admin-import-routes.js';
import { loginRoutes, sessionRoutes } from './admin-auth-routes.js';
import { versionRoutes } from './admin-version-routes.js';

/** /api/admin: the login, then every other route behind the session guard (401, then 403 without the CSRF token). */
export function adminRoutes(svc: AdminService, onPublished: () => void): Router {
  const router = Router();
  router.use(loginRoutes(svc));
  router.use(requireSession(svc.sessions));
  router.use(sessionRoutes(svc));
  router.use(importRoutes(svc, onPublished));
  router.use(versionRoutes(svc, onPublished));
  router.use(apiNotFound);
  return router;
}
