import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { Router, type Request, type Response } from 'express';

/**
 * Serves the built front end; any other GET that accepts HTML gets index.html so deep links like /examples/:id load.
 * `onPage` sees each page load first (the limiter gives the browser its visitor cookie there).
 */
export function spaRoutes(webDir: string, onPage?: (req: Request, res: Response) => void): Router {
  const router = Router();
  const indexHtml = join(webDir, 'index.html');
  router.use(express.static(webDir, { index: false, maxAge: '1h', setHeaders: (res, path) => {
    // Hashed asset names can be cached for good; index.html must be revalidated to pick up new builds.
    if (/[/\\]assets[/\\]/.test(path)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
  } }));
  router.use((req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path.startsWith('/api') || !req.accepts('html') || !existsSync(indexHtml)) return next();
    onPage?.(req, res);
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexHtml);
  });
  return router;
}
