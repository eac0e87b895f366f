// Staff side of signatures: ask a customer to sign a contract document, withdraw it, follow it.
import type { StaffContext } from '../context/context.js';
import type { AdminSigningRequest, AdminSigningRequestListArgs, RequestDocumentSignatureInput, SignatureEvent } from './signatures.types.js';

/** Contract stub: filled in by the next commits. */
function notYet(...args: unknown[]): Promise<never> {
  return Promise.reject(new Error(`not yet (${args.length})`));
}

export function listAdminSigningRequests(ctx: StaffContext, args: AdminSigningRequestListArgs): Promise<AdminSigningRequest[]> {
  return notYet(ctx, args);
}

export function getAdminSigningRequest(ctx: StaffContext, id: string): Promise<AdminSigningRequest> {
  return notYet(ctx, id);
}

export function requestDocumentSignature(ctx: StaffContext, documentId: string, input: RequestDocumentSignatureInput): Promise<AdminSigningRequest> {
  return notYet(ctx, documentId, input);
}

export function cancelSigningRequest(ctx: StaffContext, id: string): Promise<AdminSigningRequest> {
  return notYet(ctx, id);
}

export function signingEvents(ctx: StaffContext, requestId: string): Promise<SignatureEvent[]> {
  return notYet(ctx, requestId);
}

export function adminDocumentSigningRequest(ctx: StaffContext, documentId: string): Promise<AdminSigningRequest | null> {
  return notYet(ctx, documentId);
}
