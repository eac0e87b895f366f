// A project's photos: staff PUT an image (JPEG, PNG or WebP, at most 10 MB) to the project's
// upload link. The image is turned upright by its EXIF orientation and re-encoded without any
// metadata (GPS position, camera, time): a display size about 1600 px wide and a 480 px wide
// thumbnail, both WebP. The original is not kept. Photos are read through signed links, in the
// reader's row-level-security scope, like every other file.
import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import type { SignedInContext, StaffContext } from '../context/context.js';
import { BadInput, NotFound } from '../errors/errors.js';
import { isId } from '../common/ids.js';
import { signedLink } from '../platform/signed-links.js';
import { tenantKey } from '../storage/storage.js';
import { FileRefused, sniffType } from '../storage/file-types.js';
import type { FileReply } from '../platform/files.js';
import { toPhoto } from './projects.service.js';
import type { ProjectPhoto, ProjectPhotoUpload } from './projects.types.js';

export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
export const DISPLAY_WIDTH = 1600;
export const THUMBNAIL_WIDTH = 480;
// Not HEIC: the image library reads HEIF only in its AV1 flavour, not the HEVC one phones write
// (browsers hand a picked iPhone photo over as JPEG anyway).
const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'];
const STORED_TYPE = 'image/webp';

/** The link to PUT photos of the project to (each PUT one photo), for 5 minutes. */
export async function createProjectPhotoUpload(ctx: StaffContext, projectId: string): Promise<ProjectPhotoUpload> {
  const project = isId(projectId) ? await ctx.tx.project.findFirst({ where: { id: projectId }, select: { id: true } }) : null;
  if (!project) throw new NotFound('This project');
  return { uploadUrl: await signedLink(ctx, 'project-photos', project.id), maxBytes: MAX_PHOTO_BYTES, allowedTypes: PHOTO_TYPES };
}

export interface ProcessedPhoto {
  display: { bytes: Buffer; width: number; height: number };
  thumbnail: { bytes: Buffer; width: number; height: number };
}

/** Upright, stripped of metadata, in the two sizes; never enlarged. */
export async function processPhoto(bytes: Uint8Array): Promise<ProcessedPhoto> {
  const resize = async (width: number, quality: number) => {
    // .rotate() with no angle applies the EXIF orientation; without withMetadata() nothing of the EXIF is written.
    const { data, info } = await sharp(bytes, { limitInputPixels: 64_000_000 })
      .rotate()
      .resize({ width, withoutEnlargement: true })
      .webp({ quality })
      .toBuffer({ resolveWithObject: true });
    return { bytes: data, width: info.width, height: info.height };
  };
  try {
    return { display: await resize(DISPLAY_WIDTH, 82), thumbnail: await resize(THUMBNAIL_WIDTH, 75) };
  } catch {
    throw new BadInput('file', 'This image could not be read. Please send another photo.', 'IMAGE_UNREADABLE');
  }
}

/** The bytes PUT to a project's photo link: a new photo of the project (stage during until staff say otherwise). */
export async function receiveProjectPhoto(ctx: SignedInContext, projectId: string, bytes: Uint8Array): Promise<{ photo: ProjectPhoto }> {
  if (ctx.principal.kind !== 'staff') throw new NotFound('This project');
  const project = isId(projectId) ? await ctx.tx.project.findFirst({ where: { id: projectId }, select: { id: true, tenantId: true } }) : null;
  if (!project) throw new NotFound('This project');
  if (bytes.length === 0) throw new BadInput('file', 'This file is empty.', 'FILE_EMPTY');
  const type = sniffType(bytes);
  if (!type || !PHOTO_TYPES.includes(type.contentType)) throw new FileRefused(415, 'Only photos can be added to a project: JPEG, PNG or WebP.');
  const processed = await processPhoto(bytes);
  const id = randomUUID();
  const storageKey = tenantKey(project.tenantId, 'project-photos', `${id}.webp`);
  const thumbnailKey = tenantKey(project.tenantId, 'project-photos', `${id}-480.webp`);
  await ctx.deps.storage.put(storageKey, processed.display.bytes, STORED_TYPE);
  await ctx.deps.storage.put(thumbnailKey, processed.thumbnail.bytes, STORED_TYPE);
  const row = await ctx.tx.projectPhoto.create({
    data: {
      id,
      tenantId: project.tenantId,
      projectId: project.id,
      storageKey,
      thumbnailKey,
      contentType: STORED_TYPE,
      width: processed.display.width,
      height: processed.display.height,
      sizeBytes: processed.display.bytes.length,
      createdAt: ctx.now(),
      uploadedBy: ctx.principal.staffUserId,
    },
  });
  return { photo: toPhoto(row) };
}

/** A photo's bytes (display size or thumbnail) for whoever may see its project; NOT_FOUND otherwise. */
export async function projectPhotoFile(ctx: SignedInContext, id: string, size: 'display' | 'thumbnail'): Promise<FileReply> {
  const row = isId(id) ? await ctx.tx.projectPhoto.findFirst({ where: { id } }) : null;
  const file = row ? await ctx.deps.storage.get(size === 'display' ? row.storageKey : row.thumbnailKey) : null;
  if (!row || !file) throw new NotFound('This photo');
  return { body: file.body, sizeBytes: file.sizeBytes, contentType: row.contentType, fileName: `photo-${row.id}${size === 'thumbnail' ? '-480' : ''}.webp`, disposition: 'inline' };
}
