// A drawn signature as the portal sends it: a PNG data URL, at most 200 KB decoded.
export const MAX_SIGNATURE_IMAGE_BYTES = 200 * 1024;

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export type SignatureImage = { png: Buffer } | { refused: 'SIGNATURE_IMAGE_INVALID' | 'SIGNATURE_IMAGE_TOO_LARGE' };

export function readSignatureImage(dataUrl: string): SignatureImage {
  const match = /^data:image\/png;base64,([A-Za-z0-9+/]+={0,2})$/.exec(dataUrl.trim());
  if (!match?.[1]) return { refused: 'SIGNATURE_IMAGE_INVALID' };
  // Checked before decoding: base64 is 4/3 of the bytes.
  if ((match[1].length * 3) / 4 > MAX_SIGNATURE_IMAGE_BYTES + 3) return { refused: 'SIGNATURE_IMAGE_TOO_LARGE' };
  const png = Buffer.from(match[1], 'base64');
  if (png.length > MAX_SIGNATURE_IMAGE_BYTES) return { refused: 'SIGNATURE_IMAGE_TOO_LARGE' };
  if (png.length < 33 || !png.subarray(0, 8).equals(PNG_MAGIC)) return { refused: 'SIGNATURE_IMAGE_INVALID' };
  return { png };
}
