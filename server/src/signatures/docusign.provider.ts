// DocuSign as the signature provider (docusign-esign): envelopes, embedded signing, Connect.
import type { CustomerContext, ScopedContext } from '../context/context.js';
import type { SigningRequest as SigningRequestRow } from '../generated/prisma/client.js';
import { isId } from '../common/ids.js';
import { NotFound } from '../errors/errors.js';

/** Contract stub: filled in by the next commits. */
function notYet(...args: unknown[]): Promise<never> {
  return Promise.reject(new Error(`not yet (${args.length})`));
}

export function startDocusignEnvelope(ctx: ScopedContext, row: SigningRequestRow, pdf: Uint8Array): Promise<SigningRequestRow> {
  return notYet(ctx, row, pdf);
}

export async function docusignSigningUrl(ctx: CustomerContext, requestId: string, returnUrl: string): Promise<string> {
  const row = isId(requestId) ? await ctx.tx.signingRequest.findFirst({ where: { id: requestId, customerId: ctx.principal.customerId } }) : null;
  if (!row) throw new NotFound('This signing request');
  return notYet(ctx, row, returnUrl);
}
