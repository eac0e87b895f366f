// A stored signature placement (signing_requests.placement, JSON) read back.
import type { Prisma } from '../generated/prisma/client.js';
import type { SignaturePlacement } from './signatures.types.js';

export function placementOf(value: Prisma.JsonValue | null): SignaturePlacement | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const { page, x, y, width, height } = value as Record<string, unknown>;
  return typeof page === 'number' && typeof x === 'number' && typeof y === 'number' && typeof width === 'number' && typeof height === 'number'
    ? { page, x, y, width, height }
    : null;
}
