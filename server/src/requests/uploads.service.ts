// Attachments arrive in two steps: createAttachmentUpload reserves an upload and returns a
// signed link; the browser PUTs the raw bytes there (http route in requests.routes.ts), and
// the bytes are checked and stored. submitServiceRequest then consumes the upload.
import type { CustomerContext, SignedInContext } from '../context/context.js';
import { BadInput, NotFound } from '../errors/errors.js';
import { isId } from '../common/ids.js';
import { signedLink } from '../platform/signed-links.js';
import { ALLOWED_CONTENT_TYPES, ALLOWED_LABELS, FileRefused, sniffType } from '../storage/file-types.js';
import { tenantKey } from '../storage/storage.js';
import type { AttachmentUpload } from './requests.types.js';
import type { Prisma } from '../generated/prisma/client.js';
import { randomUUID } from 'node:crypto';

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
const MAX_FILE_NAME = 200;

export async function createAttachmentUpload(ctx: CustomerContext, fileName: string): Promise<AttachmentUpload> {
  return reserveUpload(ctx, { customerId: ctx.principal.customerId }, fileName);
}

/**
 * Reserves an upload owned by a customer (request attachments) or a member of staff (documents).
 * `resource` is the link the bytes go to: `uploads` (behind the requests and documents features),
 * `message-upload` for a message's attachment (messaging, no feature), or `meter-photo-upload` for
 * a photo of a meter's counter (meters).
 */
export async function reserveUpload(ctx: SignedInContext, owner: UploadOwner, fileName: string, resource: 'uploads' | 'message-upload' | 'meter-photo-upload' = 'uploads'): Promise<AttachmentUpload> {
  const { tenantId } = ctx.principal;
  const name = cleanFileName(fileName);
  const id = randomUUID();
  await ctx.tx.upload.create({
    data: { id, tenantId, ...owner, fileName: name, storageKey: tenantKey(tenantId, 'uploads', id), createdAt: ctx.now() },
  });
  return { uploadId: id, uploadUrl: await signedLink(ctx, resource, id), maxBytes: MAX_UPLOAD_BYTES, allowedTypes: ALLOWED_CONTENT_TYPES };
}

export type UploadOwner = { customerId: string } | { staffUserId: string };

/** The caller's own uploads: a customer's (request attachments), or the staff member's (documents). */
export function ownUploads(ctx: SignedInContext): UploadOwner {
  return ctx.principal.kind === 'staff' ? { staffUserId: ctx.principal.staffUserId } : { customerId: ctx.principal.customerId };
}

/**
 * The bytes PUT to an upload link: refused unless they are an allowed type, whatever the name
 * says. The feature the upload serves is checked at the door (http/requests.routes.ts).
 */
export async function receiveUpload(ctx: SignedInContext, id: string, bytes: Uint8Array) {
  const owner = ownUploads(ctx);
  const { tx } = ctx;
  const upload = isId(id) ? await tx.upload.findFirst({ where: { id, ...owner, consumedAt: null } }) : null;
  if (!upload) throw new NotFound('This upload');
  if (bytes.length === 0) throw new BadInput('file', 'This file is empty.', 'FILE_EMPTY');
  const type = sniffType(bytes);
  if (!type) {
    throw new FileRefused(415, `This type of file cannot be attached. Please send a photo or a document as ${ALLOWED_LABELS.join(', ')}.`);
  }
  await ctx.deps.storage.put(upload.storageKey, bytes, type.contentType);
  const stored = await tx.upload.update({
    where: { tenantId_id: { tenantId: upload.tenantId, id } },
    data: { contentType: type.contentType, sizeBytes: bytes.length, uploadedAt: ctx.now() },
  });
  return { upload: { id: stored.id, fileName: stored.fileName, contentType: type.contentType, sizeBytes: bytes.length } };
}

/**
 * Marks the caller's received, unused uploads as consumed and returns them in the order given. Any
 * id that is not one of them (someone else's, unreceived, already used, malformed) is NOT_FOUND;
 * the conditional update lets only one of two concurrent writes have an upload.
 */
export async function claimOwnUploads(ctx: SignedInContext, ids: string[], now: Date) {
  if (ids.length === 0) return [];
  const { tx } = ctx;
  if (!ids.every(isId)) throw new NotFound('This attachment');
  const where: Prisma.UploadWhereInput = { id: { in: ids }, ...ownUploads(ctx), consumedAt: null, uploadedAt: { not: null } };
  const uploads = await tx.upload.findMany({ where });
  const claimed = await tx.upload.updateMany({ where, data: { consumedAt: now } });
  if (uploads.length !== ids.length || claimed.count !== ids.length) throw new NotFound('This attachment');
  return ids.map((id) => uploads.find((u) => u.id === id)).filter((u) => u !== undefined);
}

function cleanFileName(fileName: string): string {
  // Only the last part of a path, without control characters: the name is shown, never used as a path.
  // eslint-disable-next-line no-control-regex
  const name = (fileName.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  if (!name) throw new BadInput('fileName', 'Give the file a name.', 'REQUIRED');
  if (name.length > MAX_FILE_NAME) throw new BadInput('fileName', `File names can be at most ${MAX_FILE_NAME} characters long.`, 'TOO_LONG');
  return name;
}
