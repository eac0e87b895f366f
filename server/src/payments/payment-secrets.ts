// Tenants' Stripe secrets at rest: AES-256-GCM under a key derived (HKDF) from the server's
// JWT secret, so a database dump alone does not reveal them. Stored as v1.<iv>.<tag>.<data>.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const keys = new WeakMap<Uint8Array, Buffer>();

function keyFor(serverSecret: Uint8Array): Buffer {
  let key = keys.get(serverSecret);
  if (!key) {
    key = Buffer.from(hkdfSync('sha256', serverSecret, Buffer.alloc(0), 'portico payment provider secrets', 32));
    keys.set(serverSecret, key);
  }
  return key;
}

export function sealSecret(serverSecret: Uint8Array, plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyFor(serverSecret), iv);
  const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), data.toString('base64url')].join('.');
}

/** The secret, or null when it was sealed under another server secret (JWT_SECRET changed). */
export function openSecret(serverSecret: Uint8Array, sealed: string | null): string | null {
  if (!sealed) return null;
  const [version, iv, tag, data] = sealed.split('.');
  if (version !== 'v1' || !iv || !tag || !data) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyFor(serverSecret), Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
