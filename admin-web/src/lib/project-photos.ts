// Sending a project's photos: the API hands out an upload link (createProjectPhotoUpload, valid a few
// minutes, for several photos); each photo is PUT to it with its progress and comes back as
// `{ photo: { id, … } }`, thumbnail made. What the PUT refused is read here.
import { isReason, reasonKey, type ReasonMessageKey } from '@portico/web-shared/i18n';
import { uploadWithProgress } from '@portico/web-shared/upload';

export type PhotoSent = { ok: true; photoId: string } | { ok: false; reason: ReasonMessageKey | null; message: string | null; status: number };

/** The API's refusal in an upload's answer: a reason to translate, and its English words. */
function refusal(body: unknown): { reason: ReasonMessageKey | null; message: string | null } {
  if (typeof body !== 'object' || body === null || !('errors' in body) || !Array.isArray(body.errors)) return { reason: null, message: null };
  const first: unknown = body.errors[0];
  if (typeof first !== 'object' || first === null) return { reason: null, message: null };
  const reason = 'extensions' in first && typeof first.extensions === 'object' && first.extensions !== null && 'reason' in first.extensions ? first.extensions.reason : null;
  const message = 'message' in first && typeof first.message === 'string' ? first.message : null;
  return { reason: isReason(reason) ? reasonKey(reason) : null, message };
}

function photoId(body: unknown): string | null {
  if (typeof body !== 'object' || body === null || !('photo' in body)) return null;
  const photo: unknown = body.photo;
  return typeof photo === 'object' && photo !== null && 'id' in photo && typeof photo.id === 'string' ? photo.id : null;
}

/** PUTs one photo to the upload link; resolves with the API's verdict, rejects only when the network failed or `signal` aborted. */
export async function sendPhoto(uploadUrl: string, file: File, onProgress: (fraction: number) => void, signal?: AbortSignal): Promise<PhotoSent> {
  const { status, body } = await uploadWithProgress(uploadUrl, file, onProgress, signal);
  const id = status >= 200 && status < 300 ? photoId(body) : null;
  return id ? { ok: true, photoId: id } : { ok: false, status, ...refusal(body) };
}
