// A file's SHA-256, computed in the browser (SubtleCrypto): the verify page sends only this, never the file.

/** Lower-case hex SHA-256 of the bytes. */
export async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** A pasted fingerprint, tidied (spaces, colons, upper case) to 64 hex digits, or null when it is not one. */
export function normalizeSha256(text: string): string | null {
  const hex = text.replace(/[\s:]/g, '').toLowerCase();
  return /^[0-9a-f]{64}$/.test(hex) ? hex : null;
}
