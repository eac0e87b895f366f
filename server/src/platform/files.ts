// What a file route answers: the bytes and how the browser should treat them; and what a file
// service checks first about its caller.
import type { RequestContext, SignedInContext } from '../context/context.js';
import { NotFound } from '../errors/errors.js';
import { featureRefusal, type PortalFeature } from './features.js';

export interface FileReply {
  body: Buffer | Uint8Array | NodeJS.ReadableStream;
  contentType: string;
  fileName: string;
  /** inline to show in the browser (PDF, images), attachment to save. */
  disposition: 'inline' | 'attachment';
  sizeBytes?: number;
}

/**
 * The caller of a file route is the live session that asked for the signed link (http/rest.ts
 * re-checks it); anything else is NOT_FOUND naming the file (`what`, e.g. 'This invoice').
 */
export function assertFileCaller(ctx: RequestContext, what: string): asserts ctx is SignedInContext {
  if (!ctx.tx || ctx.principal.kind === 'anonymous') throw new NotFound(what);
}

/** A customer's file of a portal feature the business switched off is refused, as its GraphQL door would. */
export async function assertFileFeature(ctx: SignedInContext, feature: PortalFeature): Promise<void> {
  if (ctx.principal.kind !== 'customer') return;
  const refusal = await featureRefusal(ctx, feature);
  if (refusal) throw refusal;
}
