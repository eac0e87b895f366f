// What other domains do when a document of theirs is signed (a quote converts, …): handlers
// registered per kind at import time, run inside the signing transaction, so a failing handler
// rolls the signature back with it.
import type { ScopedContext } from '../context/context.js';
import type { SigningKind } from '../generated/prisma/enums.js';

export interface SignedDocument {
  requestId: string;
  /** The quote's id (QUOTE) or the unsigned document's (DOCUMENT). */
  subjectId: string;
  customerId: string;
  /** The signed, sealed PDF, filed as a shared customer document. */
  signedDocumentId: string;
  signerName: string;
  signedAt: Date;
}

export type SignedHandler = (ctx: ScopedContext, signed: SignedDocument) => Promise<void>;

const handlers = new Map<SigningKind, SignedHandler[]>();

/** Registers a handler for documents of this kind; call at module load (once per handler). */
export function onDocumentSigned(kind: SigningKind, handler: SignedHandler): void {
  const list = handlers.get(kind) ?? [];
  if (!list.includes(handler)) list.push(handler);
  handlers.set(kind, list);
}

/** Runs every handler of the kind, in registration order, in the signing transaction (ctx). */
export async function runSignedHandlers(ctx: ScopedContext, kind: SigningKind, signed: SignedDocument): Promise<void> {
  for (const handler of handlers.get(kind) ?? []) await handler(ctx, signed);
}
