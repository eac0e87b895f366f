// Files of service requests over plain HTTP: PUT an upload, GET an attachment.
import { NotFound } from '../errors/errors.js';
import type { RequestContext } from '../context/context.js';
import type { FileReply } from '../platform/files.js';
import { fileRoute, uploadRoute, type RestRoutes } from './rest.js';
import { isId } from '../common/ids.js';
import { requireFeature } from '../platform/features.js';
import { MAX_UPLOAD_BYTES, receiveUpload } from '../requests/uploads.service.js';

/** Customers get their own requests' attachments, staff their tenant's; anything else is NOT_FOUND. */
async function serveAttachment(ctx: RequestContext, id: string): Promise<FileReply> {
  if (!ctx.tx || ctx.principal.kind === 'anonymous') throw new NotFound('This file');
  if (ctx.principal.kind === 'customer') await requireFeature(ctx, 'requests');
  const ownRequests = ctx.principal.kind === 'customer' ? { request: { customerId: ctx.principal.customerId } } : {};
  const row = isId(id) ? await ctx.tx.requestAttachment.findFirst({ where: { id, ...ownRequests } }) : null;
  const file = row ? await ctx.deps.storage.get(row.storageKey) : null;
  if (!row || !file) throw new NotFound('This file');
  return { body: file.body, sizeBytes: file.sizeBytes, contentType: row.contentType, fileName: row.fileName, disposition: 'inline' };
}

export const requestRoutes: RestRoutes = (app, deps) => {
  uploadRoute(app, deps, 'uploads', MAX_UPLOAD_BYTES, receiveUpload);
  fileRoute(app, deps, 'attachment', serveAttachment);
};
