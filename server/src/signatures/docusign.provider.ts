// DocuSign as the signature provider (docusign-esign): envelopes, embedded signing, Connect.
import type { CustomerContext } from '../context/context.js';

/** Contract stub: filled in by the next commits. */
function notYet(...args: unknown[]): Promise<never> {
  return Promise.reject(new Error(`not yet (${args.length})`));
}

export function docusignSigningUrl(ctx: CustomerContext, requestId: string, returnUrl: string): Promise<string> {
  return notYet(ctx, requestId, returnUrl);
}
