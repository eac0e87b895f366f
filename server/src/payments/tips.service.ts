// Tips: the offer on an invoice, the tip row written when its payment succeeds, and the report.
import type { RequestContext, StaffContext } from '../context/context.js';
import type { TipOptions, TipsReport, TipsReportArgs } from './payments-ii.types.js';

export function tipOptionsOf(ctx: RequestContext, invoiceId: string): Promise<TipOptions | null> {
  return notYet(ctx, invoiceId);
}

export function tipsReport(ctx: StaffContext, args: TipsReportArgs): Promise<TipsReport> {
  return notYet(ctx, args);
}

/** Contract stage: the operation exists, its work comes next. */
function notYet(...args: unknown[]): Promise<never> {
  return Promise.reject(new Error(`not built yet (${args.length})`));
}
