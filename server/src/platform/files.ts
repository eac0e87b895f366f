// What a file route answers: the bytes and how the browser should treat them.
export interface FileReply {
  body: Buffer | Uint8Array | NodeJS.ReadableStream;
  contentType: string;
  fileName: string;
  /** inline to show in the browser (PDF, images), attachment to save. */
  disposition: 'inline' | 'attachment';
  sizeBytes?: number;
}

/** What a file request asks besides the file: `?disposition=inline` to show it rather than save it. */
export interface FileRequest {
  disposition?: 'inline' | 'attachment';
}
