// Service agreements: a recurring price staff set up for a customer, and the background job that
// issues their invoices when due.
import type { AppDeps, ScopedContext, StaffContext } from '../context/context.js';
import { inTenantScope } from '../platform/scope.js';
import type { ServiceAgreement as AgreementRow, Tenant } from '../generated/prisma/client.js';
import { pageQuery, toConnection, type Connection } from '../common/pagination.js';
import { todayIn, toLocalDate } from '../common/dates.js';
import { isId } from '../common/ids.js';
import { Conflict, NotFound, BadInput } from '../errors/errors.js';
import { recordStaffActivity } from '../activity/activity.js';
import { currentTenant } from '../platform/current-tenant.js';
import { calendarDate, plusDays, plusMonths } from '../invoices/invoice-dates.js';
import { insertDraft, issueDraft, notifyInvoiceIssued } from '../invoices/invoices.admin.service.js';
import { queueAutopayCharge } from '../payments/autopay-queue.js';
import type { CreateServiceAgreementInput, ServiceAgreement, ServiceAgreementChanges, ServiceAgreementListArgs } from './agreements.types.js';

async function staffToday(ctx: StaffContext): Promise<{ tenant: Tenant; today: Date }> {
  const tenant = await currentTenant(ctx);
  return { tenant, today: calendarDate('today', todayIn(tenant.timeZone, ctx.now())) };
}

export function toAgreement(row: AgreementRow, currency: string): ServiceAgreement {
  return {
    id: row.id,
    customerId: row.customerId,
    name: row.name,
    priceMinor: row.priceMinor,
    currency,
    intervalMonths: row.intervalMonths,
    nextInvoiceOn: row.active ? toLocalDate(row.nextInvoiceOn) : null,
    active: row.active,
    createdAt: row.createdAt,
  };
}

function firstInvoiceDate(field: string, value: string, today: Date): Date {
  const date = calendarDate(field, value);
  if (date < today) throw new BadInput(field, 'The next invoice date cannot be in the past.');
  return date;
}

export async function listServiceAgreements(ctx: StaffContext, args: ServiceAgreementListArgs): Promise<Connection<ServiceAgreement>> {
  const tenant = await currentTenant(ctx);
  const rows = await ctx.tx.serviceAgreement.findMany({
    where: { ...(args.customerId ? { customerId: args.customerId } : {}), ...(typeof args.active === 'boolean' ? { active: args.active } : {}) },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    ...pageQuery(tenant.id, args),
  });
  return toConnection(rows, args, (row) => toAgreement(row, tenant.currency));
}

export async function createServiceAgreement(ctx: StaffContext, input: CreateServiceAgreementInput): Promise<ServiceAgreement> {
  const { tx } = ctx;
  const { tenant, today } = await staffToday(ctx);
  const customer = isId(input.customerId) ? await tx.customer.findFirst({ where: { id: input.customerId }, select: { id: true } }) : null;
  if (!customer) throw new NotFound('This customer');
  const row = await tx.serviceAgreement.create({
    data: {
      tenantId: tenant.id,
      customerId: customer.id,
      name: input.name.trim(),
      priceMinor: input.priceMinor,
      intervalMonths: input.intervalMonths,
      nextInvoiceOn: firstInvoiceDate('startOn', input.startOn, today),
      createdAt: ctx.now(),
    },
  });
  await recordStaffActivity(ctx, 'agreement.created', { subjectId: row.id, customerId: row.customerId });
  return toAgreement(row, tenant.currency);
}

async function runningAgreement(ctx: StaffContext, id: string): Promise<AgreementRow> {
  const row = isId(id) ? await ctx.tx.serviceAgreement.findFirst({ where: { id } }) : null;
  if (!row) throw new NotFound('This service agreement');
  if (!row.active) throw new Conflict('This service agreement has ended.');
  return row;
}

/** Changes apply from the next invoice on; invoices already issued stay as they are. */
export async function updateServiceAgreement(ctx: StaffContext, id: string, changes: ServiceAgreementChanges): Promise<ServiceAgreement> {
  const { tenant, today } = await staffToday(ctx);
  const row = await runningAgreement(ctx, id);
  const updated = await ctx.tx.serviceAgreement.update({
    where: { tenantId_id: { tenantId: tenant.id, id: row.id } },
    data: {
      ...(changes.name ? { name: changes.name.trim() } : {}),
      ...(changes.priceMinor ? { priceMinor: changes.priceMinor } : {}),
      ...(changes.intervalMonths ? { intervalMonths: changes.intervalMonths } : {}),
      ...(changes.nextInvoiceOn ? { nextInvoiceOn: firstInvoiceDate('nextInvoiceOn', changes.nextInvoiceOn, today) } : {}),
    },
  });
  await recordStaffActivity(ctx, 'agreement.updated', { subjectId: row.id, customerId: row.customerId });
  return toAgreement(updated, tenant.currency);
}

/** Stops future invoices; the agreement and its invoices stay on record. */
export async function endServiceAgreement(ctx: StaffContext, id: string): Promise<ServiceAgreement> {
  const { tenant } = await staffToday(ctx);
  const row = await runningAgreement(ctx, id);
  const ended = await ctx.tx.serviceAgreement.update({ where: { tenantId_id: { tenantId: tenant.id, id: row.id } }, data: { active: false } });
  await recordStaffActivity(ctx, 'agreement.ended', { subjectId: row.id, customerId: row.customerId });
  return toAgreement(ended, tenant.currency);
}

export interface RecurringInvoice {
  tenantId: string;
  agreementId: string;
  invoiceId: string;
  number: string | null;
}

/**
 * The background job's work: for every tenant, every running agreement whose next invoice date
 * has come (in the tenant's time zone) gets one issued invoice per period due, catching up
 * missed periods one by one. Each period is its own transaction that first claims the period by
 * moving next_invoice_on forward only if it still holds that period's date; a second server
 * doing the same at once waits on the row, then finds it moved and invoices nothing. The customer
 * is emailed each invoice (if they want invoice emails) in its period's transaction.
 */
export async function generateDueRecurringInvoices(deps: AppDeps, now: Date): Promise<RecurringInvoice[]> {
  const { db } = deps;
  // Listing tenants crosses tenants: a SECURITY DEFINER function that reveals only their ids.
  const tenants = await db.$queryRaw<{ id: string }[]>`SELECT tenants_with_due_agreements(${now}::timestamptz) AS id`;
  const made: RecurringInvoice[] = [];
  for (const { id } of tenants) made.push(...(await generateForTenant(deps, id, now)));
  return made;
}

async function generateForTenant(deps: AppDeps, tenantId: string, now: Date): Promise<RecurringInvoice[]> {
  // The business's own back office, one transaction per step; the job's clock for all of them.
  const inTenant = <T>(work: (ctx: ScopedContext) => Promise<T>) => inTenantScope(deps, { tenantId, role: 'system' }, work, { now });
  const found = await inTenant(async (ctx) => {
    const tenant = await ctx.tx.tenant.findFirst({ where: { id: tenantId } });
    if (!tenant) return null;
    const today = calendarDate('today', todayIn(tenant.timeZone, now));
    const due = await ctx.tx.serviceAgreement.findMany({ where: { active: true, nextInvoiceOn: { lte: today } }, select: { id: true }, orderBy: { id: 'asc' } });
    return { tenant, today, due };
  });
  if (!found) return [];
  const made: RecurringInvoice[] = [];
  for (const { id } of found.due) {
    for (;;) {
      const outcome = await inTenant((ctx) => invoiceOnePeriod(ctx, found.tenant, id, found.today));
      if (outcome === 'nothing due') break;
      if (outcome !== 'claimed elsewhere') made.push(outcome);
    }
  }
  return made;
}

async function invoiceOnePeriod(ctx: ScopedContext, tenant: Tenant, id: string, today: Date): Promise<RecurringInvoice | 'nothing due' | 'claimed elsewhere'> {
  const { tx } = ctx;
  const agreement = await tx.serviceAgreement.findFirst({ where: { id, active: true, nextInvoiceOn: { lte: today } } });
  if (!agreement) return 'nothing due';
  const period = agreement.nextInvoiceOn;
  const next = plusMonths(period, agreement.intervalMonths);
  const claimed = await tx.$executeRaw`UPDATE service_agreements SET next_invoice_on = ${toLocalDate(next)}::date
    WHERE tenant_id = ${tenant.id}::uuid AND id = ${id}::uuid AND active AND next_invoice_on = ${toLocalDate(period)}::date`;
  if (claimed === 0) return 'claimed elsewhere';
  const through = toLocalDate(plusDays(next, -1));
  const draft = await insertDraft(ctx, tenant, {
    customerId: agreement.customerId,
    agreementId: agreement.id,
    lines: [{ description: `${agreement.name} (${toLocalDate(period)} – ${through})`, quantity: 1, unitPriceMinor: agreement.priceMinor, taxRateBp: 0 }],
  });
  const issued = await issueDraft(ctx, tenant, draft, today);
  await notifyInvoiceIssued(ctx, tenant, issued);
  await queueAutopayCharge(ctx, issued.id, agreement.id);
  return { tenantId: tenant.id, agreementId: agreement.id, invoiceId: issued.id, number: issued.number };
}
