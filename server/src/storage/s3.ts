// An S3-compatible bucket (AWS S3, MinIO, R2, ...) addressed path-style: <endpoint>/<bucket>/<key>.
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { checkKey, type Storage, type StoredFile } from './storage.js';
import { sha256Hex, signRequest, uriEncode, type Credentials } from './sigv4.js';

export interface S3Config {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

export class S3Storage implements Storage {
  private readonly credentials: Credentials;

  constructor(
    private readonly config: S3Config,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.credentials = { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey, region: config.region };
  }

  private async send(method: string, key: string, body?: Uint8Array, headers: Record<string, string> = {}): Promise<Response> {
    const base = this.config.endpoint.replace(/\/+$/, '');
    const url = new URL(`${base}/${uriEncode(this.config.bucket, false)}/${uriEncode(checkKey(key), true)}`);
    const signed = signRequest(this.credentials, { method, url, headers, payloadHash: sha256Hex(body ?? ''), now: this.now() });
    // A copy backed by a plain ArrayBuffer is a body under both Node's and the DOM's typings.
    return fetch(url, { method, headers: signed, body: body ? new Uint8Array(body) : undefined });
  }

  async put(key: string, bytes: Uint8Array, contentType: string): Promise<void> {
    const res = await this.send('PUT', key, bytes, { 'content-type': contentType });
    await expectOk(res, 'PUT');
  }

  async get(key: string): Promise<StoredFile | null> {
    const res = await this.send('GET', key);
    if (res.status === 404) return null;
    await expectOk(res, 'GET', true);
    if (!res.body) return { body: Readable.from([]), sizeBytes: 0 };
    return { body: Readable.fromWeb(res.body as WebReadableStream<Uint8Array>), sizeBytes: Number(res.headers.get('content-length') ?? 0) };
  }

  async exists(key: string): Promise<boolean> {
    const res = await this.send('HEAD', key);
    if (res.status === 404) return false;
    await expectOk(res, 'HEAD');
    return true;
  }

  async delete(key: string): Promise<void> {
    const res = await this.send('DELETE', key);
    if (res.status !== 404) await expectOk(res, 'DELETE');
  }
}

async function expectOk(res: Response, method: string, keepBody = false): Promise<void> {
  if (res.ok) {
    if (!keepBody) await res.body?.cancel();
    return;
  }
  const detail = (await res.text().catch(() => '')).slice(0, 300);
  // Logged by the caller's error handler; never shown to a client.
  throw new Error(`Storage ${method} failed with HTTP ${res.status}: ${detail}`);
}
