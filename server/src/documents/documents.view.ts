// Which columns of a document each side reads: the customer's (the shared Document type,
// documents/documents.types.ts) and the staff's, which adds whose it is and whether it is shared.
import type { Prisma } from '../generated/prisma/client.js';

export const documentSelect = {
  id: true,
  kind: true,
  title: true,
  fileName: true,
  contentType: true,
  sizeBytes: true,
  jobId: true,
  createdAt: true,
} satisfies Prisma.DocumentSelect;

export const adminDocumentSelect = { ...documentSelect, customerId: true, shared: true } satisfies Prisma.DocumentSelect;
