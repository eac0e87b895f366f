// What a file really is, read from its first bytes: the name and the browser's claimed type
// are chosen by the sender, so neither is trusted. Only types a customer sends as photos or
// documents are known; everything else (executables, scripts, archives) is refused.
import { BadInput } from '../errors/errors.js';

/** A file refused for what it is (415) or its size (413): BAD_USER_INPUT on field `file`. */
export class FileRefused extends BadInput {
  constructor(
    readonly httpStatus: 410 | 413 | 415,
    message: string,
  ) {
    super('file', message);
  }
}

export interface SniffedType {
  contentType: string;
  label: string;
}

const ascii = (bytes: Uint8Array, from: number, to: number): string => String.fromCharCode(...bytes.subarray(from, to));
const startsWith = (bytes: Uint8Array, signature: number[]): boolean => signature.every((b, i) => bytes[i] === b);

const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1']);

const KNOWN: { type: SniffedType; matches(bytes: Uint8Array): boolean }[] = [
  { type: { contentType: 'image/jpeg', label: 'JPEG' }, matches: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
  { type: { contentType: 'image/png', label: 'PNG' }, matches: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { type: { contentType: 'image/gif', label: 'GIF' }, matches: (b) => ['GIF87a', 'GIF89a'].includes(ascii(b, 0, 6)) },
  { type: { contentType: 'image/webp', label: 'WebP' }, matches: (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP' },
  { type: { contentType: 'image/heic', label: 'HEIC' }, matches: (b) => ascii(b, 4, 8) === 'ftyp' && HEIF_BRANDS.has(ascii(b, 8, 12)) },
  { type: { contentType: 'application/pdf', label: 'PDF' }, matches: (b) => ascii(b, 0, 5) === '%PDF-' },
];

export const ALLOWED_CONTENT_TYPES = KNOWN.map((k) => k.type.contentType);
export const ALLOWED_LABELS = KNOWN.map((k) => k.type.label);

/** The file's type from its bytes, or null for anything not allowed. */
export function sniffType(bytes: Uint8Array): SniffedType | null {
  return KNOWN.find((k) => k.matches(bytes))?.type ?? null;
}
