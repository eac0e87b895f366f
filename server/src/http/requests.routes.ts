// Files of service requests over plain HTTP: PUT an upload, GET an attachment. This is their
// door: the feature each file serves must be on, as @Allow declares it for the GraphQL operations.
import { NotFound } from '../errors/errors.js';
import type { RequestContext, SignedInContext } from '../context/context.js';
import { featureRefusal, type PortalFeature } from '../platform/features.js';
import { fileRoute, uploadRoute, type RestRoutes } from './rest.js';
import { requestAttachmentFile } from '../requests/requests.service.js';
import { MAX_UPLOAD_BYTES, receiveUpload } from '../requests/uploads.service.js';

/** A file link's scope is a signed-in session's (inLinkScope checks it); anything else sees nothing. */
function isSignedIn(ctx: RequestContext): ctx is SignedInContext {
  return ctx.tx !== null && ctx.principal.kind !== 'anonymous';
}

/** FORBIDDEN (reason FEATURE_OFF) when the feature is switched off; null: none needed. */
async function requireOn(ctx: SignedInContext, feature: PortalFeature | null): Promise<void> {
  const refusal = feature ? await featureRefusal(ctx, feature) : null;
  if (refusal) throw refusal;
}

/** Uploads are request attachments for customers and documents for staff. */
const UPLOADS_FEATURE = { customer: 'requests', staff: 'documents' } as const;

export const requestRoutes: RestRoutes = (app, deps) => {
  uploadRoute(app, deps, 'uploads', MAX_UPLOAD_BYTES, async (ctx, id, bytes) => {
    if (!isSignedIn(ctx)) throw new NotFound('This upload');
    await requireOn(ctx, UPLOADS_FEATURE[ctx.principal.kind]);
    return receiveUpload(ctx, id, bytes);
  });
  // Customers get their own requests' attachments, staff their tenant's; anything else is NOT_FOUND.
  fileRoute(app, deps, 'attachment', async (ctx, id) => {
    if (!isSignedIn(ctx)) throw new NotFound('This file');
    await requireOn(ctx, ctx.principal.kind === 'customer' ? 'requests' : null);
    return requestAttachmentFile(ctx, id);
  });
};
