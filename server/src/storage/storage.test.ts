// The storage backends: the local folder, and the S3 client (the AWS SDK) against an S3-compatible
// stand-in started in this process, which checks each request's SigV4 signature as S3 does.
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import S3rver from '@20minutes/s3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalStorage } from './local.js';
import { S3Storage } from './s3.js';
import { sniffType } from './file-types.js';
import type { Storage } from './storage.js';

/** Conformance checks every backend must pass. */
function behavesLikeStorage(name: string, make: () => Storage) {
  describe(name, () => {
    it('stores, reads back, reports and deletes a file', async () => {
      const storage = make();
      const key = 'tenants/t1/uploads/a file-1.png'.replace(' ', '_');
      await storage.put(key, Buffer.from('hello bytes'), 'image/png');
      expect(await storage.exists(key)).toBe(true);
      const file = await storage.get(key);
      expect(file?.sizeBytes).toBe(11);
      expect(await text(file!.body)).toBe('hello bytes');
      await storage.delete(key);
      expect(await storage.exists(key)).toBe(false);
      expect(await storage.get(key)).toBeNull();
      await expect(storage.delete(key)).resolves.toBeUndefined();
    });

    it('refuses keys that climb out of their folder', async () => {
      const storage = make();
      for (const key of ['../etc/passwd', 'tenants/../../x', '/abs/path', 'tenants//x', 'a\\b']) {
        await expect(storage.put(key, Buffer.from('x'), 'text/plain')).rejects.toThrow(/Invalid storage key/);
        await expect(storage.get(key)).rejects.toThrow(/Invalid storage key/);
      }
    });
  });
}

let dir: string;
let s3Dir: string;
let s3Server: S3rver;
let s3Url = '';
const badSignatures: string[] = [];
// The stand-in's built-in account.
const S3_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', region: 'eu-west-3' };

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'portico-storage-test-'));
  s3Dir = mkdtempSync(path.join(tmpdir(), 'portico-s3-test-'));
  s3Server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: s3Dir, configureBuckets: [{ name: 'portico-files' }] });
  const address: AddressInfo = await s3Server.run();
  s3Url = `http://127.0.0.1:${address.port}`;
  // Every refused signature, whatever the test expected, so the accepted path can assert there were none.
  s3Server.httpServer?.on('request', (req, res) => {
    res.on('finish', () => {
      if (res.statusCode === 403) badSignatures.push(`${req.method} ${req.url}`);
    });
  });
});

afterAll(async () => {
  await s3Server.close();
  rmSync(dir, { recursive: true, force: true });
  rmSync(s3Dir, { recursive: true, force: true });
});

behavesLikeStorage('local folder storage', () => new LocalStorage(dir));
behavesLikeStorage('S3-compatible storage', () => new S3Storage({ endpoint: s3Url, bucket: 'portico-files', ...S3_CREDENTIALS }));

describe('S3-compatible storage, on the wire', () => {
  it('addresses the bucket path-style, sends the content type and a signature the server accepts', async () => {
    const storage = new S3Storage({ endpoint: `${s3Url}/`, bucket: 'portico-files', ...S3_CREDENTIALS });
    await storage.put('tenants/t2/documents/report.pdf', Buffer.from('%PDF-1.4'), 'application/pdf');
    expect((await s3Server.store.getMetadata('portico-files', 'tenants/t2/documents/report.pdf'))['content-type']).toBe('application/pdf');
    expect(badSignatures).toEqual([]);
  });

  it('fails loudly when the server refuses the signature', async () => {
    const storage = new S3Storage({ endpoint: s3Url, bucket: 'portico-files', ...S3_CREDENTIALS, secretAccessKey: 'wrong' });
    await expect(storage.put('tenants/t2/x.png', Buffer.from('x'), 'image/png')).rejects.toThrow(/HTTP 403/);
  });
});

describe('file type sniffing', () => {
  it('knows photos and PDFs by their bytes, and nothing else', () => {
    expect(sniffType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))?.contentType).toBe('image/jpeg');
    expect(sniffType(Buffer.from('%PDF-1.7\n'))?.contentType).toBe('application/pdf');
    expect(sniffType(Buffer.from('\0\0\0\x18ftypheic\0\0\0\0', 'latin1'))?.contentType).toBe('image/heic');
    expect(sniffType(Buffer.from('RIFF\0\0\0\0WEBPVP8 ', 'latin1'))?.contentType).toBe('image/webp');
    expect(sniffType(Buffer.from('MZ\x90\0\x03\0\0\0', 'latin1'))).toBeNull(); // Windows executable
    expect(sniffType(Buffer.from('\x7fELF\x02\x01\x01', 'latin1'))).toBeNull();
    expect(sniffType(Buffer.from([0xcf, 0xfa, 0xed, 0xfe]))).toBeNull(); // Mach-O
    expect(sniffType(Buffer.from('#!/bin/sh\nrm -rf /'))).toBeNull();
    expect(sniffType(Buffer.from('<svg onload="alert(1)"/>'))).toBeNull();
  });
});
