// Tips: the offer on an invoice (tip-options.ts) and the per-technician report. The tip row
// itself is written when its payment succeeds (tips.ts).
import { isSignedInContext, type RequestContext, type ScopedContext, type StaffContext } from '../context/context.js';
import type { Invoice as InvoiceRow, Tenant } from '../generated/prisma/client.js';
import { isId } from '../common/ids.js';
import { dayBounds } from '../common/day-range.js';
import { BadInput } from '../errors/errors.js';
import { currentTenant } from '../platform/current-tenant.js';
import { balanceDue } from '../invoices/balance.js';
import { tipOffer, type TipOffer } from './tip-options.js';
import type { TipOptions, TipsReport, TipsReportArgs } from './payments-ii.types.js';

/** The tip offer of an invoice read in `ctx`'s scope: the business offers tips and its job is completed. */
export async function tipOfferFor(ctx: ScopedContext, tenant: Tenant, invoice: InvoiceRow): Promise<TipOffer | null> {
  if (!tenant.tipsEnabled || !invoice.jobId) return null;
  const job = await ctx.tx.job.findFirst({ where: { tenantId: tenant.id, id: invoice.jobId }, select: { status: true } });
  return tipOffer({
    tipsEnabled: tenant.tipsEnabled,
    presetsPercent: tenant.tipPresetsPercent,
    jobCompleted: job?.status === 'completed',
    totalMinor: invoice.totalMinor,
    amountDueMinor: balanceDue(invoice),
    currency: invoice.currency,
  });
}

/** Invoice.tipOptions: read in the caller's own scope (row-level security: a customer's own invoice). */
export async function tipOptionsOf(ctx: RequestContext, invoiceId: string): Promise<TipOptions | null> {
  if (!isSignedInContext(ctx) || !isId(invoiceId)) return null;
  const tenant = await currentTenant(ctx);
  if (!tenant.tipsEnabled) return null;
  const invoice = await ctx.tx.invoice.findFirst({ where: { id: invoiceId } });
  return invoice ? tipOfferFor(ctx, tenant, invoice) : null;
}

const MAX_REPORT_DAYS = 366;

interface TechnicianRow {
  technician_id: string | null;
  count: bigint;
  total: bigint | null;
}

/** Tips kept (received less refunded) between two days of the business's calendar, per technician. */
export async function tipsReport(ctx: StaffContext, args: TipsReportArgs): Promise<TipsReport> {
  const tenant = await currentTenant(ctx);
  const range = dayBounds(tenant.timeZone, args.from, args.to);
  if (!range.start || !range.end) throw new BadInput('from', 'Choose the first and last day.', 'INVALID_DATE');
  if (range.end.getTime() - range.start.getTime() > (MAX_REPORT_DAYS + 1) * 86_400_000) throw new BadInput('to', `Choose at most ${MAX_REPORT_DAYS} days.`, 'RANGE_TOO_LONG');
  const rows = await ctx.tx.$queryRaw<TechnicianRow[]>`
    SELECT technician_id::text AS technician_id, count(*) AS count, sum(amount_minor - refunded_minor) AS total
    FROM tips
    WHERE tenant_id = ${tenant.id}::uuid AND received_at >= ${range.start} AND received_at < ${range.end}
    GROUP BY technician_id`;
  const ids = rows.map((r) => r.technician_id).filter((id): id is string => id !== null);
  const staff = ids.length ? await ctx.tx.staffUser.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }) : [];
  const technicians = rows
    .map((r) => ({
      technicianId: r.technician_id,
      technicianName: staff.find((s) => s.id === r.technician_id)?.name ?? null,
      count: Number(r.count),
      totalMinor: Number(r.total ?? 0),
    }))
    .sort((a, b) => b.totalMinor - a.totalMinor || (a.technicianName ?? '').localeCompare(b.technicianName ?? ''));
  return {
    from: args.from,
    to: args.to,
    currency: tenant.currency,
    count: technicians.reduce((n, t) => n + t.count, 0),
    totalMinor: technicians.reduce((n, t) => n + t.totalMinor, 0),
    technicians,
  };
}
