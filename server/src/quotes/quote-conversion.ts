// Converting an approved quote, exactly once, into a job or a project (the business's quoteConversion).
import type { ScopedContext } from '../context/context.js';

/** Converts the (locked) approved quote unless it was converted already. */
export function convertOnce(ctx: ScopedContext, quoteId: string): Promise<void> {
  return Promise.reject(new Error(`convertOnce(${quoteId}) in ${ctx.requestId}: not yet implemented`));
}
