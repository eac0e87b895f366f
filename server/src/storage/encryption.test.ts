// Files encrypted at rest (issue 19): what reaches the disk or the bucket, keys that are wrong or
// moved, data keys made once per tenant, master key rotation, and the pass that encrypts files
// stored before encryption. Real database (the data keys' table and functions), real backends.
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buffer, text } from 'node:stream/consumers';
import S3rver from '@20minutes/s3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { closeDb, createDb, type Db } from '../db/client.js';
import { TEST_MASTER_KEY } from '../test/app.js';
import { makeTenant } from '../test/factory.js';
import { DataKeys } from './data-keys.js';
import { EncryptedStorage, OVERHEAD_BYTES } from './encrypted-storage.js';
import { encryptStoredFiles, MARKER } from './encrypt-stored-files.js';
import { LocalStorage } from './local.js';
import { masterKey, parseMasterKey, readMasterKeyring, type MasterKeyring } from './master-keys.js';
import { rotateMasterKey } from './rotate-master-key.js';
import { S3Storage } from './s3.js';
import type { StorageBackend } from './storage.js';

let owner: Db;
let appDb: Db;
let dir: string;
let s3Dir: string;
let s3Server: S3rver;
let s3Url = '';
const dirs: string[] = [];

beforeAll(async () => {
  owner = createDb(inject('ownerUrl'), { max: 3 });
  appDb = createDb(inject('appUrl'), { max: 5 });
  dir = mkdtempSync(path.join(tmpdir(), 'portico-encrypted-'));
  s3Dir = mkdtempSync(path.join(tmpdir(), 'portico-encrypted-s3-'));
  s3Server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: s3Dir, configureBuckets: [{ name: 'portico-files' }] });
  const address: AddressInfo = await s3Server.run();
  s3Url = `http://127.0.0.1:${address.port}`;
});

afterAll(async () => {
  await s3Server.close();
  await Promise.all([closeDb(owner), closeDb(appDb)]);
  for (const d of [dir, s3Dir, ...dirs]) rmSync(d, { recursive: true, force: true });
});

const ring = (current = TEST_MASTER_KEY, previous: MasterKeyring['previous'] = []): MasterKeyring => ({ current, previous });
/** A storage with its own (empty) cache of data keys, as a freshly started process has. */
const encrypted = (backend: StorageBackend, keyring = ring()) => new EncryptedStorage(backend, new DataKeys(appDb, keyring));
const local = (): StorageBackend => new LocalStorage(dir);
const freshFolder = (): StorageBackend => {
  const d = mkdtempSync(path.join(tmpdir(), 'portico-encrypted-'));
  dirs.push(d);
  return new LocalStorage(d);
};
const s3 = (): StorageBackend => new S3Storage({ endpoint: s3Url, bucket: 'portico-files', region: 'eu-west-3', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' });
const newKey = () => masterKey(randomBytes(32));
const SECRET = 'Warranty 4471-B for Alex Morgan, furnace serial RH-99812';
const pdf = (words = SECRET) => Buffer.from(`%PDF-1.4\n${words}\n%%EOF\n`);

async function rawBytes(backend: StorageBackend, key: string): Promise<Buffer> {
  const file = await backend.get(key);
  if (!file) throw new Error(`nothing at ${key}`);
  return buffer(file.body);
}

async function readBack(storage: EncryptedStorage, key: string): Promise<{ text: string; sizeBytes: number }> {
  const file = await storage.get(key);
  if (!file) throw new Error(`nothing at ${key}`);
  return { sizeBytes: file.sizeBytes, text: await text(file.body) };
}

function everyFileUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(folder, name))
    .filter((p) => statSync(p).isFile());
}

for (const [name, backend] of [
  ['the local folder', local],
  ['the S3 stand-in', s3],
] as const) {
  describe(`files at rest in ${name}`, () => {
    it('stores ciphertext, with no trace of the plaintext, and reads back the plaintext and its size', async () => {
      const tenant = await makeTenant(owner);
      const key = `tenants/${tenant.id}/documents/warranty.pdf`;
      const storage = encrypted(backend());
      await storage.put(key, pdf(), 'application/pdf');

      const stored = await rawBytes(backend(), key);
      expect(stored.subarray(0, 4).toString('latin1')).toBe('PTCE');
      expect(stored.length).toBe(pdf().length + OVERHEAD_BYTES);
      for (const fragment of ['%PDF', 'Alex Morgan', 'RH-99812']) expect(stored.includes(Buffer.from(fragment))).toBe(false);
      // What the disk holds, whatever the backend's own layout.
      const root = name === 'the local folder' ? dir : s3Dir;
      for (const file of everyFileUnder(root)) expect(readFileSync(file).includes(Buffer.from('RH-99812'))).toBe(false);

      expect(await readBack(storage, key)).toEqual({ text: pdf().toString(), sizeBytes: pdf().length });
      // Another process (another cache) reads it too: the data key is the tenant's, in the database.
      expect((await readBack(encrypted(backend()), key)).text).toBe(pdf().toString());
    });

    it('refuses to open a file under another master key, with a message naming the keys', async () => {
      const tenant = await makeTenant(owner);
      const key = `tenants/${tenant.id}/uploads/a.pdf`;
      await encrypted(backend()).put(key, pdf(), 'application/pdf');
      const stranger = newKey();
      await expect(encrypted(backend(), ring(stranger)).get(key)).rejects.toThrow(`is wrapped by master key ${TEST_MASTER_KEY.id}, which is not configured`);
      // Nor does it write a second data key for the tenant under the wrong master key.
      await expect(encrypted(backend(), ring(stranger)).put(`tenants/${tenant.id}/uploads/b.pdf`, pdf(), 'application/pdf')).rejects.toThrow(/not configured/);
      expect(await owner.storageDataKey.count({ where: { tenantId: tenant.id } })).toBe(1);
    });
  });
}

describe('a file is bound to its key and its tenant', () => {
  it('a file copied into another tenant, or under another name, or changed by a byte, does not open', async () => {
    const [mine, theirs] = [await makeTenant(owner), await makeTenant(owner)];
    const storage = encrypted(local());
    const key = `tenants/${mine.id}/documents/report.pdf`;
    await storage.put(key, pdf(), 'application/pdf');
    await storage.put(`tenants/${theirs.id}/documents/other.pdf`, pdf('theirs'), 'application/pdf');
    const stolen = await rawBytes(local(), key);

    await local().put(`tenants/${theirs.id}/documents/report.pdf`, stolen, 'application/pdf');
    await expect(storage.get(`tenants/${theirs.id}/documents/report.pdf`)).rejects.toThrow(/does not decrypt/);
    await local().put(`tenants/${mine.id}/documents/renamed.pdf`, stolen, 'application/pdf');
    await expect(storage.get(`tenants/${mine.id}/documents/renamed.pdf`)).rejects.toThrow(/does not decrypt/);
    const tampered = Buffer.from(stolen);
    const at = tampered.length - 20;
    tampered[at] = (tampered[at] ?? 0) ^ 1;
    await local().put(key, tampered, 'application/pdf');
    await expect(storage.get(key)).rejects.toThrow(/does not decrypt/);
  });

  it('refuses a key under tenants/ that names no tenant, and a tenant this database does not know', async () => {
    const storage = encrypted(local());
    await expect(storage.put('tenants/t1/x.pdf', pdf(), 'application/pdf')).rejects.toThrow(/names no tenant id/);
    await expect(storage.put(`tenants/${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}/x.pdf`, pdf(), 'application/pdf')).rejects.toThrow(/names no tenant of this database/);
  });
});

describe('data keys', () => {
  it('two first uploads of a tenant at once, in two processes, end with one data key, which opens every file', async () => {
    const tenant = await makeTenant(owner);
    const [a, b] = [encrypted(local()), encrypted(local())];
    const keys = Array.from({ length: 6 }, (_, i) => `tenants/${tenant.id}/uploads/${i}.pdf`);
    await Promise.all(keys.map((key, i) => (i % 2 ? a : b).put(key, pdf(`file ${i}`), 'application/pdf')));
    expect(await owner.storageDataKey.count({ where: { tenantId: tenant.id } })).toBe(1);
    const reader = encrypted(local());
    for (const [i, key] of keys.entries()) expect((await readBack(reader, key)).text).toBe(pdf(`file ${i}`).toString());
  });

  it('are out of the application role’s reach but through the storage functions', async () => {
    await expect(appDb.storageDataKey.findMany()).rejects.toThrow(/permission denied/);
    await expect(appDb.$executeRaw`UPDATE storage_data_keys SET master_key_id = 'x'`).rejects.toThrow(/permission denied/);
  });

  it('the master key comes from STORAGE_MASTER_KEY (hex or base64), is required in production, and keeps the previous ones apart', () => {
    const devKeyFile = path.join(freshFolderPath(), 'nested', 'storage-master-key');
    const hex = randomBytes(32);
    const ring1 = readMasterKeyring(
      { STORAGE_MASTER_KEY: hex.toString('hex'), STORAGE_PREVIOUS_MASTER_KEYS: `${hex.toString('base64')}, ${'ab'.repeat(32)}` },
      { production: true, devKeyFile },
    );
    expect(ring1.current.id).toBe(masterKey(hex).id);
    expect(ring1.previous.map((k) => k.id)).toEqual([parseMasterKey('ab'.repeat(32), 'x').id]);
    expect(() => readMasterKeyring({}, { production: true, devKeyFile })).toThrow(/STORAGE_MASTER_KEY must be set in production/);
    expect(() => readMasterKeyring({ STORAGE_MASTER_KEY: 'short' }, { production: false, devKeyFile })).toThrow(/64 hex digits/);
    // In development a key is made once and kept: the next process reads the same one.
    const made = readMasterKeyring({}, { production: false, devKeyFile });
    expect(readMasterKeyring({}, { production: false, devKeyFile }).current.id).toBe(made.current.id);
  });
});

function freshFolderPath(): string {
  const d = mkdtempSync(path.join(tmpdir(), 'portico-master-'));
  dirs.push(d);
  return d;
}

describe('master key rotation', () => {
  it('re-wraps the data keys without touching a file; afterwards the new key opens them and the old one no longer does', async () => {
    const [oldKey, newKey1] = [newKey(), newKey()];
    const tenant = await makeTenant(owner);
    const key = `tenants/${tenant.id}/documents/contract.pdf`;
    await encrypted(local(), ring(oldKey)).put(key, pdf(), 'application/pdf');
    const before = await rawBytes(local(), key);

    // While rotating, instances given both keys read the file.
    expect((await readBack(encrypted(local(), ring(newKey1, [oldKey])), key)).text).toBe(pdf().toString());
    const rotation = await rotateMasterKey(owner, ring(newKey1, [oldKey]), new Date('2026-12-06T10:00:00Z'));
    expect(rotation.rewrapped).toBeGreaterThanOrEqual(1);
    // Keys of other tests (under the test master key, not given here) are left as they were.
    expect(rotation.unopened.some((u) => u.scope === tenant.id)).toBe(false);
    const row = await owner.storageDataKey.findFirstOrThrow({ where: { tenantId: tenant.id } });
    expect(row).toMatchObject({ masterKeyId: newKey1.id, rewrappedAt: new Date('2026-12-06T10:00:00Z') });

    expect((await rawBytes(local(), key)).equals(before)).toBe(true);
    expect((await readBack(encrypted(local(), ring(newKey1)), key)).text).toBe(pdf().toString());
    await expect(encrypted(local(), ring(oldKey)).get(key)).rejects.toThrow(/not configured/);

    // Again: nothing left to do for this tenant.
    const again = await rotateMasterKey(owner, ring(newKey1, [oldKey]), new Date('2026-12-06T11:00:00Z'));
    expect((await owner.storageDataKey.findFirstOrThrow({ where: { tenantId: tenant.id } })).rewrappedAt).toEqual(new Date('2026-12-06T10:00:00Z'));
    expect(again.unopened.some((u) => u.scope === tenant.id)).toBe(false);
  });
});

describe('files stored before encryption', () => {
  it('are served as they are until the pass encrypts them in place; the pass is safe to run again and twice at once', async () => {
    const backend = freshFolder();
    const tenant = await makeTenant(owner);
    const keys = [`tenants/${tenant.id}/documents/old.pdf`, `tenants/${tenant.id}/requests/photo.pdf`, `factory-key-${tenant.id}`];
    for (const key of keys) await backend.put(key, pdf(`legacy ${key}`), 'application/pdf');
    const storage = encrypted(backend);
    expect((await readBack(storage, keys[0]!)).text).toBe(pdf(`legacy ${keys[0]}`).toString());

    const [one, two] = await Promise.all([encryptStoredFiles(storage), encryptStoredFiles(encrypted(backend))]);
    expect(one.encrypted + two.encrypted).toBeGreaterThanOrEqual(keys.length);
    expect(one.complete && two.complete).toBe(true);
    for (const key of keys) {
      const stored = await rawBytes(backend, key);
      expect(stored.subarray(0, 4).toString('latin1')).toBe('PTCE');
      expect(stored.includes(Buffer.from('legacy'))).toBe(false);
      expect(await readBack(encrypted(backend), key)).toEqual({ text: pdf(`legacy ${key}`).toString(), sizeBytes: pdf(`legacy ${key}`).length });
    }
    expect(await backend.exists(MARKER)).toBe(true);
    expect(await backend.exists(`tenants/${tenant.id}/${MARKER}`)).toBe(true);

    // Again: the markers say there is nothing to do; forced, it finds every file encrypted.
    const before = await rawBytes(backend, keys[0]!);
    expect(await encryptStoredFiles(storage)).toMatchObject({ encrypted: 0, complete: true });
    expect(await encryptStoredFiles(storage, { force: true })).toMatchObject({ encrypted: 0, complete: true });
    expect((await rawBytes(backend, keys[0]!)).equals(before)).toBe(true);
  });

  it('leaves the folder of a tenant this database does not know, and says the pass is not complete', async () => {
    const backend = freshFolder();
    const tenant = await makeTenant(owner);
    const unknown = `${'1'.repeat(8)}-1111-4111-8111-${'1'.repeat(12)}`;
    await backend.put(`tenants/${unknown}/documents/x.pdf`, pdf(), 'application/pdf');
    await backend.put(`tenants/${tenant.id}/documents/y.pdf`, pdf(), 'application/pdf');
    const pass = await encryptStoredFiles(encrypted(backend));
    expect(pass).toMatchObject({ encrypted: 1, skippedFolders: [`tenants/${unknown}/`], complete: false });
    expect(await backend.exists(MARKER)).toBe(false);
    expect((await rawBytes(backend, `tenants/${unknown}/documents/x.pdf`)).equals(pdf())).toBe(true);
  });
});
