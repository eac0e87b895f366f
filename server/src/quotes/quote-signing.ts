// The quotes' side of the signatures module: a quote asks it to sign the exact PDF shown
// (createSigningRequest), and a signed quote is approved (onDocumentSigned('QUOTE'), registered
// when the quotes module loads: quotes.module.ts).
import type { ScopedContext } from '../context/context.js';
import { createSigningRequest } from '../signatures/signatures.service.js';
import { onDocumentSigned } from '../signatures/signing-handlers.js';
import { quoteSigned } from './quote-approval.js';

export interface QuoteSigningRequest {
  subjectId: string;
  customerId: string;
  title: string;
  pdf: Buffer;
  fileName: string;
  /** Where the signature goes: a box of the last page, in PDF points from the bottom left. */
  placement: { page: number; x: number; y: number; width: number; height: number };
}

/** Opens the signing request (in a staff or system scope of the tenant); returns its id. */
export async function requestQuoteSignature(ctx: ScopedContext, request: QuoteSigningRequest): Promise<string> {
  const row = await createSigningRequest(ctx, { kind: 'QUOTE', ...request });
  return row.id;
}

let registered = false;

/** Registers the approval with the signatures module, once. */
export function registerQuoteSigning(): void {
  if (registered) return;
  registered = true;
  onDocumentSigned('QUOTE', (ctx, signed) => quoteSigned(ctx, { subjectId: signed.subjectId, signingRequestId: signed.requestId, documentId: signed.signedDocumentId }));
}
