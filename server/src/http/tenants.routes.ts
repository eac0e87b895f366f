// The business logo over plain HTTP: PUT through a signed link (owner and admin), and GET in
// public, cacheable for a long time because every upload has a new URL.
import type { Request, Response } from 'express';
import type { AppDeps } from '../context/context.js';
import { tenantIdBySlug } from '../db/rls.js';
import { NotFound } from '../errors/errors.js';
import { requestIdOf, sendError, uploadRoute, type RestRoutes } from './rest.js';
import { receiveLogo } from '../tenants/tenants.logo.service.js';
import { logoContentType, logoKey, MAX_LOGO_BYTES } from '../tenants/logo-files.js';
import { SLUG } from '../tenants/tenants.service.js';

export const tenantRoutes: RestRoutes = (app, deps) => {
  uploadRoute(app, deps, 'tenant-logo', MAX_LOGO_BYTES, receiveLogo);
  app.get('/public/v1/tenants/:slug/logo/:file', (req, res) => void serveLogo(req, res, deps));
};

async function serveLogo(req: Request, res: Response, deps: AppDeps): Promise<void> {
  res.setHeader('x-request-id', requestIdOf(req));
  try {
    const slug = String(req.params.slug ?? '');
    const file = String(req.params.file ?? '');
    const contentType = logoContentType(file);
    const tenantId = contentType && SLUG.test(slug) ? await tenantIdBySlug(deps.db, slug) : null;
    const stored = tenantId ? await deps.storage.get(logoKey(tenantId, file)) : null;
    if (!stored || !contentType) throw new NotFound('This logo');
    res.status(200);
    res.setHeader('content-type', contentType);
    res.setHeader('content-length', String(stored.sizeBytes));
    res.setHeader('cache-control', 'public, max-age=31536000, immutable');
    res.setHeader('access-control-allow-origin', '*');
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('content-security-policy', "default-src 'none'; sandbox");
    stored.body.pipe(res);
  } catch (error) {
    sendError(res, deps, error);
  }
}
