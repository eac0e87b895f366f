// Types for the part of the S3 stand-in (`@20minutes/s3rver`, which ships none) that the storage tests use.
declare module '@20minutes/s3rver' {
  import type { Server } from 'node:http';
  import type { AddressInfo } from 'node:net';

  interface S3rverOptions {
    address?: string;
    port?: number;
    silent?: boolean;
    directory?: string;
    configureBuckets?: { name: string }[];
  }

  export default class S3rver {
    constructor(options?: S3rverOptions);
    readonly httpServer?: Server;
    readonly store: { getMetadata(bucket: string, key: string): Promise<Record<string, string>> };
    run(): Promise<AddressInfo>;
    close(): Promise<void>;
  }
}
