// Autopay of service agreements (and meter contracts, meter-contract-autopay.service.ts): the customer
// picks one of their saved payment methods per agreement; each invoice the agreements job (or meter
// billing at a period end) issues is then charged off-session by the worker
// (task autopay-charge), each attempt claimed once in autopay_attempts, and a failure is retried
// on the dunning schedule (dunning-schedule.ts) until the last retry leaves it to the customer.
import type { AppDeps, CustomerContext } from '../context/context.js';
import { isId } from '../common/ids.js';
import { Conflict, NotFound } from '../errors/errors.js';
import { currentTenant, scopeTenant } from '../platform/current-tenant.js';
import { asSystem, inTenantScope } from '../platform/scope.js';
import { lockInvoice } from '../invoices/invoice-ledger.js';
import { balanceDue } from '../invoices/balance.js';
import { toAgreement } from '../agreements/agreements.service.js';
import type { ServiceAgreement } from '../agreements/agreements.types.js';
import { createPaymentAttempt, providerFor, savedPaymentMethods } from './payments.service.js';
import { nextRetryAt } from './dunning-schedule.js';
import { meterInvoiceAutopayMethod, queueAutopayAttempt } from './autopay-queue.js';

export const AUTOPAY_TASK = 'autopay-charge';

export async function customerServiceAgreements(ctx: CustomerContext): Promise<ServiceAgreement[]> {
  const tenant = await currentTenant(ctx);
  const rows = await ctx.tx.serviceAgreement.findMany({
    where: { customerId: ctx.principal.customerId, active: true },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
  });
  return rows.map((row) => toAgreement(row, tenant.currency));
}

/** What an autopay row stores of the chosen saved method (agreement_autopay, meter_contract_autopay). */
export interface AutopayChoice {
  provider: string;
  paymentMethodId: string;
  kind: string;
  brand: string | null;
  last4: string;
  expMonth: number | null;
  expYear: number | null;
  enabledAt: Date;
}

/**
 * The saved method the customer chose for autopay, as it is stored; null (turning autopay off)
 * for null. Only one of the customer's own saved methods, as their provider lists them: NOT_FOUND else.
 */
export async function chosenAutopayMethod(ctx: CustomerContext, paymentMethodId: string | null): Promise<AutopayChoice | null> {
  if (paymentMethodId === null) return null;
  const method = (await savedPaymentMethods(ctx)).find((m) => m.id === paymentMethodId);
  if (!method) throw new NotFound('This payment method');
  const tenant = await currentTenant(ctx);
  return {
    provider: providerFor(ctx, tenant).kind,
    paymentMethodId: method.id,
    kind: method.kind,
    brand: method.brand,
    last4: method.last4,
    expMonth: method.expMonth,
    expYear: method.expYear,
    enabledAt: ctx.now(),
  };
}

export async function setAutopay(ctx: CustomerContext, agreementId: string, paymentMethodId: string | null): Promise<ServiceAgreement> {
  const tenant = await currentTenant(ctx);
  const agreement = isId(agreementId) ? await ctx.tx.serviceAgreement.findFirst({ where: { id: agreementId, customerId: ctx.principal.customerId } }) : null;
  if (!agreement) throw new NotFound('This service agreement');
  const data = await chosenAutopayMethod(ctx, paymentMethodId);
  if (data && !agreement.active) throw new Conflict('This service agreement has ended: autopay cannot be turned on.', 'AUTOPAY_AGREEMENT_ENDED');
  await asSystem(ctx, async (system) => {
    const where = { tenantId_agreementId: { tenantId: tenant.id, agreementId: agreement.id } };
    if (!data) {
      await system.tx.agreementAutopay.deleteMany({ where: { agreementId: agreement.id } });
      return;
    }
    await system.tx.agreementAutopay.upsert({ where, create: { tenantId: tenant.id, agreementId: agreement.id, customerId: agreement.customerId, ...data }, update: data });
  });
  return toAgreement(agreement, tenant.currency);
}

export interface AutopayJob {
  tenantId: string;
  invoiceId: string;
  attempt: number;
}

export function isAutopayJob(value: unknown): value is AutopayJob {
  const p = value as Partial<AutopayJob> | null;
  return typeof p?.tenantId === 'string' && typeof p.invoiceId === 'string' && Number.isInteger(p.attempt);
}

export type AutopayOutcome = 'succeeded' | 'processing' | 'failed' | 'nothing to charge' | 'claimed elsewhere';

/**
 * One autopay attempt of an invoice, in its own transaction with the job's clock. The invoice is
 * locked first, then the attempt is claimed (its primary key): a concurrent or repeated run of
 * the same attempt finds it taken and charges nothing.
 */
export async function chargeAutopay(deps: AppDeps, job: AutopayJob): Promise<AutopayOutcome> {
  return inTenantScope(deps, { tenantId: job.tenantId, role: 'system' }, async (ctx) => {
    const { tx } = ctx;
    const tenant = await scopeTenant(ctx);
    const invoice = await lockInvoice(ctx, tenant.id, job.invoiceId);
    if (!invoice || balanceDue(invoice) <= 0) return 'nothing to charge';
    // An agreement's invoice: the agreement's autopay. A period-end meter invoice: its contracts'
    // (meter-invoice-autopay.ts). Read again at each attempt: turned off meanwhile, nothing is charged.
    const autopay = invoice.agreementId ? await tx.agreementAutopay.findFirst({ where: { agreementId: invoice.agreementId } }) : await meterInvoiceAutopayMethod(ctx, invoice.id);
    if (!autopay) return 'nothing to charge';
    if (await tx.payment.count({ where: { invoiceId: invoice.id, status: 'processing' } })) return 'nothing to charge';
    const claimed = await tx.$executeRaw`
      INSERT INTO autopay_attempts (tenant_id, invoice_id, attempt, agreement_id, customer_id, status, attempted_at)
      VALUES (${tenant.id}::uuid, ${invoice.id}::uuid, ${job.attempt}, ${invoice.agreementId ?? null}::uuid, ${invoice.customerId}::uuid, 'charging', ${ctx.now()})
      ON CONFLICT DO NOTHING`;
    if (claimed === 0) return 'claimed elsewhere';
    const provider = providerFor(ctx, tenant);
    let status: 'succeeded' | 'processing' | 'failed';
    let failureReason: string | null;
    let paymentId: string | null = null;
    try {
      if (provider.kind !== autopay.provider) throw new NotFound('This payment method');
      const { row } = await createPaymentAttempt(ctx, tenant, provider, invoice, {
        amountMinor: balanceDue(invoice),
        tipMinor: 0,
        methods: [autopay.kind],
        savedPaymentMethodId: autopay.paymentMethodId,
        savePaymentMethod: false,
        offSession: true,
        idempotencyKey: `portico-autopay-${invoice.id}-${job.attempt}`,
      });
      paymentId = row.id;
      status = row.status === 'succeeded' || row.status === 'processing' ? row.status : 'failed';
      failureReason = row.failureReason;
    } catch (error) {
      if (!(error instanceof NotFound)) throw error;
      status = 'failed';
      failureReason = 'The saved payment method is no longer available.';
    }
    const first = job.attempt === 0 ? ctx.now() : ((await tx.autopayAttempt.findFirst({ where: { invoiceId: invoice.id, attempt: 0 } }))?.attemptedAt ?? ctx.now());
    const retryAt = status === 'failed' ? nextRetryAt(first, job.attempt) : null;
    await tx.autopayAttempt.update({
      where: { tenantId_invoiceId_attempt: { tenantId: tenant.id, invoiceId: invoice.id, attempt: job.attempt } },
      data: { status, paymentId, failureReason, nextRetryAt: retryAt },
    });
    if (retryAt) await queueAutopayAttempt(ctx, invoice.id, job.attempt + 1, retryAt);
    return status;
  });
}
