import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { Router, type Request, type Response } from 'express';
import { exampleIdIn, isAppPath } from '#domain/app-paths.js';
import { ExampleIdSchema } from '#domain/example.js';

/** A page of the app (an example's with an id that can exist), else 404: the app still loads and says so itself. */
function pageStatus(path: string): 200 | 404 {
  const id = exampleIdIn(path);
  if (id !== undefined) return ExampleIdSchema.safeParse(id).success ? 200 : 404;
  return isAppPath(path) ? 200 : 404;
}

/**
 * Serves the built front end; any other GET that accepts HTML gets index.html (so deep links load), with 404 for a path that is no page.
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
    res.status(pageStatus(req.path));
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexHtml);
  });
  return router;
}
