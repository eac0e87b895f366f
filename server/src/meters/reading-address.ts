// Each customer's own address for sending meter readings by email: meters+<token>@<INBOUND_EMAIL_DOMAIN>,
// stateless and signed like the reply addresses (messaging/reply-address.ts): the customer's id
// (16 bytes) and an HMAC-SHA256 of it cut to 10 bytes, keyed by its own key derived from the
// server's secret, in lower-case base32 (42 characters). The customer's tenant is found from the id
// (app_customer_tenant). Changing JWT_SECRET retires every address shown so far.
import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import type { Config } from '../config.js';
import { base32, unbase32 } from '../messaging/reply-address.js';

export type ReadingAddressConfig = Pick<Config, 'jwtSecret' | 'inboundEmailDomain'>;

const LOCAL_PREFIX = 'meters+';
const MAC_BYTES = 10;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The customer's address for readings by email, or null while inbound email is not configured. */
export function readingAddress(config: ReadingAddressConfig, customerId: string): string | null {
  const domain = config.inboundEmailDomain;
  if (!domain) return null;
  const id = customerId.toLowerCase();
  if (!UUID.test(id)) throw new Error('a reading address names a customer by its uuid');
  const body = Buffer.from(id.replaceAll('-', ''), 'hex');
  return `${LOCAL_PREFIX}${base32(Buffer.concat([body, mac(config.jwtSecret, body)]))}@${domain}`;
}

/** Whether an address looks like a readings address at all (before its signature is checked). */
export function isReadingAddress(config: ReadingAddressConfig, address: string): boolean {
  return readReadingAddress(config, address) !== null;
}

/** The customer a readings address stands for, or null (another domain, not one, a signature that does not hold). */
export function readReadingAddress(config: ReadingAddressConfig, address: string): { customerId: string } | null {
  const domain = config.inboundEmailDomain;
  if (!domain) return null;
  const at = address.lastIndexOf('@');
  if (at < 0) return null;
  if (
    address
      .slice(at + 1)
      .toLowerCase()
      .replace(/\.$/, '') !== domain
  )
    return null;
  const local = address.slice(0, at).toLowerCase();
  if (!local.startsWith(LOCAL_PREFIX)) return null;
  const bytes = unbase32(local.slice(LOCAL_PREFIX.length));
  if (bytes?.length !== 16 + MAC_BYTES) return null;
  const body = bytes.subarray(0, 16);
  if (!timingSafeEqual(bytes.subarray(16), mac(config.jwtSecret, body))) return null;
  const hex = body.toString('hex');
  return { customerId: `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}` };
}

const keys = new WeakMap<Uint8Array, Buffer>();

function mac(serverSecret: Uint8Array, body: Buffer): Buffer {
  let key = keys.get(serverSecret);
  if (!key) {
    key = Buffer.from(hkdfSync('sha256', serverSecret, Buffer.alloc(0), 'portico meter readings by email', 32));
    keys.set(serverSecret, key);
  }
  return createHmac('sha256', key).update(body).digest().subarray(0, MAC_BYTES);
}
