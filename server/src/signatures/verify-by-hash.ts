// Verify-by-hash: whether a PDF is one signed through Portico, by its SHA-256, for anyone.
import type { RequestContext } from '../context/context.js';
import type { SignatureVerification } from './signatures.types.js';

/** Contract stub: filled in by the next commits. */
function notYet(...args: unknown[]): Promise<never> {
  return Promise.reject(new Error(`not yet (${args.length})`));
}

export function verifySignedDocumentByHash(ctx: RequestContext, sha256: string): Promise<SignatureVerification> {
  return notYet(ctx, sha256);
}
