// Sending a project's photos to the API's upload endpoint (POST /files/v1/project-photos), with progress:
// fetch cannot report upload progress, XHR can. The API makes the thumbnail and answers with the photo.
import { isReason, reasonKey, type ReasonMessageKey } from '@portico/web-shared/i18n';
import type { PhotoStageName } from '$lib/projects';

export const PHOTO_UPLOAD_PATH = '/files/v1/project-photos';
/** What the gallery offers to choose; the API reads the file itself and has the last word. */
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'image/heif'];
export const PHOTO_MAX_BYTES = 10 * 1024 * 1024;

export interface PhotoTarget {
  projectId: string;
  stage: PhotoStageName;
  phaseId: string | null;
}

export type PhotoSent = { ok: true } | { ok: false; reason: ReasonMessageKey | null; message: string | null; status: number };

/** The API's refusal in an upload's answer: a reason to translate, and its English words. */
function refusal(body: unknown): { reason: ReasonMessageKey | null; message: string | null } {
  if (typeof body !== 'object' || body === null || !('errors' in body) || !Array.isArray(body.errors)) return { reason: null, message: null };
  const first: unknown = body.errors[0];
  if (typeof first !== 'object' || first === null) return { reason: null, message: null };
  const reason = 'extensions' in first && typeof first.extensions === 'object' && first.extensions !== null && 'reason' in first.extensions ? first.extensions.reason : null;
  const message = 'message' in first && typeof first.message === 'string' ? first.message : null;
  return { reason: isReason(reason) ? reasonKey(reason) : null, message };
}

/** Sends one photo; resolves with the API's verdict, rejects only when the network failed or `signal` aborted. */
export function sendPhoto(target: PhotoTarget, file: File, onProgress: (fraction: number) => void, signal?: AbortSignal): Promise<PhotoSent> {
  const query = new URLSearchParams({ projectId: target.projectId, stage: target.stage, fileName: file.name });
  if (target.phaseId) query.set('phaseId', target.phaseId);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${PHOTO_UPLOAD_PATH}?${query}`);
    xhr.setRequestHeader('content-type', file.type || 'application/octet-stream');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      onProgress(1);
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve({ ok: true });
        return;
      }
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // Not JSON (a proxy's page): only the status says what happened.
      }
      resolve({ ok: false, status: xhr.status, ...refusal(body) });
    };
    xhr.onerror = () => {
      reject(new Error('network'));
    };
    xhr.onabort = () => {
      reject(new DOMException('aborted', 'AbortError'));
    };
    signal?.addEventListener(
      'abort',
      () => {
        xhr.abort();
      },
      { once: true },
    );
    xhr.send(file);
  });
}
