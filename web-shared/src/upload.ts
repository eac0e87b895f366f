// PUT a file to a signed upload URL with progress (fetch cannot report upload progress; XHR can).

export interface UploadResult {
  status: number;
  /** The API's JSON answer (`{ upload }` or `{ errors }`), null when it was not JSON. */
  body: unknown;
}

/**
 * Sends `file` as the raw body of a PUT to `url` (same origin), calling `onProgress` with 0..1.
 * Resolves with the HTTP status (also on 4xx); rejects only when the network failed or `signal` aborted.
 */
export function uploadWithProgress(url: string, file: File, onProgress: (fraction: number) => void, signal?: AbortSignal): Promise<UploadResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', url);
    // The web apps' servers drop a body without a type; a browser File has one unless it is unknown.
    xhr.setRequestHeader('content-type', file.type || 'application/octet-stream');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      onProgress(1);
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      resolve({ status: xhr.status, body });
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
