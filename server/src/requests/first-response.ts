// The office's first response to a request (a status change or a reply in its thread) stops its
// response clock (response-due.ts); later ones change nothing.
import type { ScopedContext } from '../context/context.js';

/** Stamps the request's first response at the context's now, unless it already has one. */
export async function recordFirstResponse(ctx: ScopedContext, requestId: string): Promise<void> {
  await ctx.tx.serviceRequest.updateMany({ where: { id: requestId, firstResponseAt: null }, data: { firstResponseAt: ctx.now() } });
}
