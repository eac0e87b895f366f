import { describe, expect, it } from 'vitest';
import { normalizeSha256, sha256Hex } from './fingerprint';

describe('a file fingerprint', () => {
  it('is the SHA-256 of the bytes in lower-case hex', async () => {
    const bytes = new TextEncoder().encode('abc');
    expect(await sha256Hex(bytes.buffer)).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('accepts a pasted fingerprint with spaces, colons or capitals, and refuses anything else', () => {
    const hex = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
    expect(normalizeSha256(` ${hex.toUpperCase()} `)).toBe(hex);
    expect(normalizeSha256(hex.match(/../g)?.join(':') ?? '')).toBe(hex);
    expect(normalizeSha256(hex.slice(1))).toBeNull();
    expect(normalizeSha256(`${hex.slice(1)}g`)).toBeNull();
  });
});
