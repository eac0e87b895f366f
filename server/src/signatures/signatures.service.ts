// The built-in signing flow, for the customer: read the request and the exact PDF, consent,
// receive a one-time code, sign (stamped, certificate page, sealed) or decline.
import type { CustomerContext, ScopedContext } from '../context/context.js';
import type { SigningKind, SigningStatus } from '../generated/prisma/enums.js';
import type { SigningRequest as SigningRequestRow } from '../generated/prisma/client.js';
import type { Document } from '../documents/documents.types.js';
import type { SignDocumentInput, SigningRequest } from './signatures.types.js';

export type { SigningRequestRow };
export { onDocumentSigned, type SignedDocument, type SignedHandler } from './signing-handlers.js';

/** Contract stub: filled in by the next commits. */
function notYet(...args: unknown[]): Promise<never> {
  return Promise.reject(new Error(`not yet (${args.length})`));
}

/** Where the signature goes: a box on a page (PDF points, page 1 first), or a page appended. */
export type Placement = { page: number; x: number; y: number; width: number; height: number } | 'APPEND';

export interface CreateSigningRequestInput {
  kind: SigningKind;
  subjectId: string;
  customerId: string;
  title: string;
  pdf: Uint8Array;
  fileName: string;
  placement: Placement;
}

/**
 * Asks a customer to sign a PDF: stores it as a (shared) customer document, records its SHA-256,
 * and returns the PENDING request. Staff or system scope of the tenant. Does not notify anyone:
 * the caller (a quote being sent, requestDocumentSignature) says what it needs to.
 */
export function createSigningRequest(ctx: ScopedContext, input: CreateSigningRequestInput): Promise<SigningRequestRow> {
  return notYet(ctx, input);
}

export function listMySigningRequests(ctx: CustomerContext, status: SigningStatus | null): Promise<SigningRequest[]> {
  return notYet(ctx, status);
}

export function getMySigningRequest(ctx: CustomerContext, id: string): Promise<SigningRequest> {
  return notYet(ctx, id);
}

export function consentToSignElectronically(ctx: CustomerContext, requestId: string): Promise<SigningRequest> {
  return notYet(ctx, requestId);
}

export function sendSigningCode(ctx: CustomerContext, requestId: string): Promise<SigningRequest> {
  return notYet(ctx, requestId);
}

export function signDocument(ctx: CustomerContext, requestId: string, input: SignDocumentInput): Promise<SigningRequest> {
  return notYet(ctx, requestId, input);
}

export function declineSigning(ctx: CustomerContext, requestId: string, reason: string): Promise<SigningRequest> {
  return notYet(ctx, requestId, reason);
}

export function signingDocumentUrl(ctx: CustomerContext, requestId: string): Promise<string> {
  return notYet(ctx, requestId);
}

export function maskedCodeRecipient(ctx: CustomerContext, requestId: string): Promise<string | null> {
  return notYet(ctx, requestId);
}

export function signedDocumentOf(ctx: CustomerContext, requestId: string): Promise<Document | null> {
  return notYet(ctx, requestId);
}

export function documentSigningRequest(ctx: CustomerContext, documentId: string): Promise<SigningRequest | null> {
  return notYet(ctx, documentId);
}
