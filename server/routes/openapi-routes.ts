import { Router } from 'express';
import { buildOpenApi } from '../openapi/build-openapi.js';
import { renderDocs } from '../openapi/render-docs.js';

/** GET /api/openapi.json and GET /api/docs, built once. */
export function openApiRoutes(): Router {
  const router = Router();
  const doc = buildOpenApi();
  const page = renderDocs(doc);
  router.get('/openapi.json', (_req, res) => void res.json(doc));
  router.get('/docs', (_req, res) => void res.type('html').send(page));
  return router;
}
