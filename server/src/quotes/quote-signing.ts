// The quotes' side of the signatures module: what a quote asks of it (a signing request for the
// exact PDF shown) and what it answers (a signed quote is approved). Until the signatures branch
// publishes its contract this is the local interface the quotes are written against; its
// implementation is registered by the signatures module (useSignatures) and by tests.
import type { ScopedContext } from '../context/context.js';

export interface SignaturePlacement {
  /** 1-based; -1 for the last page. */
  page: number;
  /** PDF points from the bottom left. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface NewSigningRequest {
  kind: 'QUOTE';
  subjectId: string;
  customerId: string;
  title: string;
  pdf: Buffer;
  fileName: string;
  placement: SignaturePlacement;
}

export interface SignedDocument {
  subjectId: string;
  signingRequestId: string;
  /** The signed PDF, filed among the customer's documents. */
  documentId: string | null;
}

export interface Signatures {
  createSigningRequest(ctx: ScopedContext, request: NewSigningRequest): Promise<{ id: string }>;
}

let signatures: Signatures | null = null;

/** Set by the signatures module at start (and by tests). */
export function useSignatures(implementation: Signatures | null): void {
  signatures = implementation;
}

export function signaturesModule(): Signatures {
  if (!signatures) throw new Error('No signatures module is registered.');
  return signatures;
}
