// The storage backends: the local folder, and the S3 client against AWS's published SigV4
// examples and a tiny S3-like server that checks each request's signature as it arrives.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalStorage } from './local.js';
import { S3Storage } from './s3.js';
import { sha256Hex, signRequest } from './sigv4.js';
import { sniffType } from './file-types.js';
import type { Storage } from './storage.js';

const AWS_EXAMPLE = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', region: 'us-east-1' };

describe('SigV4 signing', () => {
  it('matches the GET Object example of the AWS S3 documentation', () => {
    const headers = signRequest(AWS_EXAMPLE, {
      method: 'GET',
      url: new URL('https://examplebucket.s3.amazonaws.com/test.txt'),
      headers: { range: 'bytes=0-9' },
      payloadHash: sha256Hex(''),
      now: new Date('2013-05-24T00:00:00Z'),
    });
    expect(headers.authorization).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
    );
  });

  it('matches the PUT Object example of the AWS S3 documentation', () => {
    const body = 'Welcome to Amazon S3.';
    const headers = signRequest(AWS_EXAMPLE, {
      method: 'PUT',
      url: new URL('https://examplebucket.s3.amazonaws.com/test%24file.text'),
      headers: { date: 'Fri, 24 May 2013 00:00:00 GMT', 'x-amz-storage-class': 'REDUCED_REDUNDANCY' },
      payloadHash: sha256Hex(body),
      now: new Date('2013-05-24T00:00:00Z'),
    });
    expect(headers.authorization).toContain('Signature=98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd');
  });
});

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
let s3Server: Server;
let s3Url = '';
const objects = new Map<string, { body: Buffer; contentType: string }>();
const badSignatures: string[] = [];
const S3_CREDENTIALS = { accessKeyId: 'test-key', secretAccessKey: 'test-secret', region: 'eu-west-3' };

async function bodyOf(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Re-signs the request as received: a mismatch means the client sent what it did not sign. */
function signatureValid(req: IncomingMessage, body: Buffer): boolean {
  const auth = String(req.headers.authorization ?? '');
  const signedNames = /SignedHeaders=([^,]+)/.exec(auth)?.[1]?.split(';') ?? [];
  const amzDate = String(req.headers['x-amz-date']);
  const now = new Date(`${amzDate.slice(0, 4)}-${amzDate.slice(4, 6)}-${amzDate.slice(6, 8)}T${amzDate.slice(9, 11)}:${amzDate.slice(11, 13)}:${amzDate.slice(13, 15)}Z`);
  const extra = Object.fromEntries(signedNames.filter((n) => !['host', 'x-amz-date', 'x-amz-content-sha256'].includes(n)).map((n) => [n, String(req.headers[n])]));
  const expected = signRequest(S3_CREDENTIALS, { method: req.method ?? '', url: new URL(req.url ?? '', `http://${req.headers.host}`), headers: extra, payloadHash: sha256Hex(body), now });
  return req.headers['x-amz-content-sha256'] === sha256Hex(body) && expected.authorization === auth;
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'portico-storage-test-'));
  s3Server = createServer(async (req, res) => {
    const body = await bodyOf(req);
    if (!signatureValid(req, body)) {
      badSignatures.push(`${req.method} ${req.url}`);
      res.writeHead(403).end('<Error><Code>SignatureDoesNotMatch</Code></Error>');
      return;
    }
    const key = decodeURIComponent(new URL(req.url ?? '', 'http://x').pathname);
    const object = objects.get(key);
    if (req.method === 'PUT') {
      objects.set(key, { body, contentType: String(req.headers['content-type']) });
      res.writeHead(200).end();
    } else if (!object) {
      res.writeHead(404).end('<Error><Code>NoSuchKey</Code></Error>');
    } else if (req.method === 'DELETE') {
      objects.delete(key);
      res.writeHead(204).end();
    } else {
      res.writeHead(200, { 'content-type': object.contentType, 'content-length': object.body.length });
      res.end(req.method === 'HEAD' ? undefined : object.body);
    }
  });
  await new Promise<void>((resolve) => s3Server.listen(0, '127.0.0.1', resolve));
  s3Url = `http://127.0.0.1:${(s3Server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await new Promise((resolve) => s3Server.close(resolve));
});

behavesLikeStorage('local folder storage', () => new LocalStorage(dir));
behavesLikeStorage('S3-compatible storage', () => new S3Storage({ endpoint: s3Url, bucket: 'portico-files', ...S3_CREDENTIALS }));

describe('S3-compatible storage, on the wire', () => {
  it('addresses the bucket path-style, sends the content type and a signature the server accepts', async () => {
    const storage = new S3Storage({ endpoint: `${s3Url}/`, bucket: 'portico-files', ...S3_CREDENTIALS });
    await storage.put('tenants/t2/documents/report.pdf', Buffer.from('%PDF-1.4'), 'application/pdf');
    expect(objects.get('/portico-files/tenants/t2/documents/report.pdf')?.contentType).toBe('application/pdf');
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
