// Per-thread reply addresses for reply by email: reply+<token>@<INBOUND_EMAIL_DOMAIN>. The token is
// stateless and signed, so nothing is stored per address and nobody can make one up: the thread's
// id (16 bytes), which side of the conversation it was sent to (1 byte) and an HMAC-SHA256 of both
// cut to 10 bytes (80 bits), keyed by a key derived (HKDF) from the server's secret (JWT_SECRET).
// Lower-case base32 (RFC 4648, unpadded) because providers often lower-case local parts; an
// upper-cased token is read the same. 44 characters: the local part stays within 64.
// Changing JWT_SECRET retires every address sent so far (replies to old emails are then refused).
// `side` is whom the email is written to, and so who would reply (away-email.ts asks once per email).
import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import type { Config } from '../config.js';
import type { ScopedContext } from '../context/context.js';

/** Who a reply address was given to: the thread's customer, or the business's staff. */
export type ReplySide = 'customer' | 'staff';

export interface ReplyTarget {
  threadId: string;
  side: ReplySide;
}

/** What making and reading addresses needs of the configuration. */
export type ReplyAddressConfig = Pick<Config, 'jwtSecret' | 'inboundEmailDomain'>;

const LOCAL_PREFIX = 'reply+';
const MAC_BYTES = 10;
const SIDE_BYTE: Record<ReplySide, number> = { customer: 1, staff: 2 };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The address a notification about `threadId` to this side carries as Reply-To; null while reply by email is not configured. */
export function replyAddressFor(ctx: ScopedContext, threadId: string, side: ReplySide): string | null {
  return replyAddress(ctx.deps.config, { threadId, side });
}

/** The reply address of a thread's side, or null without INBOUND_EMAIL_DOMAIN. */
export function replyAddress(config: ReplyAddressConfig, target: ReplyTarget): string | null {
  const domain = config.inboundEmailDomain;
  if (!domain) return null;
  const threadId = target.threadId.toLowerCase();
  if (!UUID.test(threadId)) throw new Error('a reply address names a thread by its uuid');
  const id = Buffer.from(threadId.replaceAll('-', ''), 'hex');
  const body = Buffer.concat([id, Buffer.of(SIDE_BYTE[target.side])]);
  return `${LOCAL_PREFIX}${base32(Buffer.concat([body, mac(config.jwtSecret, body)]))}@${domain}`;
}

/**
 * The thread and side a reply address stands for, or null: not our domain, not a reply address, or
 * a token whose signature does not hold (made up, altered, signed under another secret).
 */
export function readReplyAddress(config: ReplyAddressConfig, address: string): ReplyTarget | null {
  const domain = config.inboundEmailDomain;
  if (!domain) return null;
  const at = address.lastIndexOf('@');
  if (at < 0) return null;
  const local = address.slice(0, at).toLowerCase();
  if (
    address
      .slice(at + 1)
      .toLowerCase()
      .replace(/\.$/, '') !== domain
  )
    return null;
  if (!local.startsWith(LOCAL_PREFIX)) return null;
  const bytes = unbase32(local.slice(LOCAL_PREFIX.length));
  if (bytes?.length !== 16 + 1 + MAC_BYTES) return null;
  const body = bytes.subarray(0, 17);
  if (!timingSafeEqual(bytes.subarray(17), mac(config.jwtSecret, body))) return null;
  const side = body[16] === SIDE_BYTE.customer ? 'customer' : body[16] === SIDE_BYTE.staff ? 'staff' : null;
  if (!side) return null;
  const hex = body.subarray(0, 16).toString('hex');
  return { threadId: `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`, side };
}

const keys = new WeakMap<Uint8Array, Buffer>();

function mac(serverSecret: Uint8Array, body: Buffer): Buffer {
  let key = keys.get(serverSecret);
  if (!key) {
    // A key of its own: a reply token can never pass for a session token or a sealed secret.
    key = Buffer.from(hkdfSync('sha256', serverSecret, Buffer.alloc(0), 'portico reply-by-email addresses', 32));
    keys.set(serverSecret, key);
  }
  return createHmac('sha256', key).update(body).digest().subarray(0, MAC_BYTES);
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';

/** Unpadded lower-case base32 (RFC 4648): what signed addresses are spelled in (readings by email too). */
export function base32(bytes: Buffer): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET.charAt((value >>> (bits - 5)) & 31);
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET.charAt((value << (5 - bits)) & 31);
  return out;
}

/** The bytes of unpadded lower-case base32, or null when it is not that (or not in its one canonical spelling). */
export function unbase32(text: string): Buffer | null {
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const char of text) {
    const digit = ALPHABET.indexOf(char);
    if (digit < 0) return null;
    value = (value << 5) | digit;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
    value &= (1 << bits) - 1;
  }
  // Left-over bits must be padding (zeros, fewer than a byte): one token, one spelling.
  if (bits >= 5 || value !== 0) return null;
  return Buffer.from(bytes);
}
