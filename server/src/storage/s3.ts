// An S3-compatible bucket (AWS S3, MinIO, R2, ...) addressed path-style: <endpoint>/<bucket>/<key>.
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { checkKey, type StorageBackend, type StorageEntry, type StoredFile } from './storage.js';

export interface S3Config {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

export class S3Storage implements StorageBackend {
  private readonly client: S3Client;

  constructor(private readonly config: S3Config) {
    this.client = new S3Client({
      endpoint: config.endpoint.replace(/\/+$/, ''),
      region: config.region,
      credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
      // Buckets on MinIO and most self-hosted stand-ins are not DNS names: address them in the path.
      forcePathStyle: true,
      // The SDK's default CRC checksums are refused by several S3-compatible services; send them
      // only where S3 requires one (none of the four calls here do), as the signer it replaced did.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  async put(key: string, bytes: Uint8Array, contentType: string): Promise<void> {
    const command = new PutObjectCommand({ Bucket: this.config.bucket, Key: checkKey(key), Body: bytes, ContentType: contentType });
    await this.client.send(command).catch(failed('PUT'));
  }

  async get(key: string): Promise<StoredFile | null> {
    const command = new GetObjectCommand({ Bucket: this.config.bucket, Key: checkKey(key) });
    const res = await this.client.send(command).catch(missingAs(null, 'GET'));
    if (!res) return null;
    const sizeBytes = res.ContentLength ?? 0;
    if (!res.Body) return { body: Readable.from([]), sizeBytes };
    // In Node the SDK hands back the HTTP response itself, a Readable; anything else is a web stream.
    const body = res.Body instanceof Readable ? res.Body : Readable.fromWeb(res.Body.transformToWebStream() as WebReadableStream<Uint8Array>);
    return { body, sizeBytes };
  }

  async exists(key: string): Promise<boolean> {
    const command = new HeadObjectCommand({ Bucket: this.config.bucket, Key: checkKey(key) });
    return this.client.send(command).then(() => true, missingAs(false, 'HEAD'));
  }

  async delete(key: string): Promise<void> {
    const command = new DeleteObjectCommand({ Bucket: this.config.bucket, Key: checkKey(key) });
    await this.client.send(command).catch(missingAs(undefined, 'DELETE'));
  }

  async *entries(prefix: string): AsyncIterable<StorageEntry> {
    let token: string | undefined;
    do {
      const command = new ListObjectsV2Command({ Bucket: this.config.bucket, Prefix: prefix, Delimiter: '/', ContinuationToken: token });
      const page = await this.client.send(command).catch(failed('LIST'));
      for (const folder of page.CommonPrefixes ?? []) if (folder.Prefix) yield { key: folder.Prefix, folder: true };
      for (const object of page.Contents ?? []) if (object.Key && object.Key !== prefix) yield { key: object.Key, folder: false };
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }
}

const statusOf = (error: unknown): number | undefined => (error instanceof S3ServiceException ? error.$metadata.httpStatusCode : undefined);

/** Rethrows as a storage error; logged by the caller's error handler, never shown to a client. */
function failed(method: string) {
  return (error: unknown): never => {
    const status = statusOf(error);
    if (status === undefined) throw error;
    const detail = error instanceof S3ServiceException ? `${error.name}: ${error.message}`.slice(0, 300) : '';
    throw new Error(`Storage ${method} failed with HTTP ${status}: ${detail}`, { cause: error });
  };
}

/** A 404 means nothing is stored under the key: answer `value`; anything else fails as above. */
function missingAs<T>(value: T, method: string) {
  return (error: unknown): T => {
    if (statusOf(error) === 404) return value;
    return failed(method)(error);
  };
}
