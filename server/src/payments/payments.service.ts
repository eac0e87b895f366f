// Online payments of invoices: a customer starts a payment (amount computed here from the
// invoice), the provider takes it, and only a verified provider fact (a signed event or an intent
// retrieved from the provider) records it (payment-records.ts). Staff read and refund.
//
// Money-moving writes run in the 'system' row-level-security role (a context of its own on a
// savepoint of the request's transaction: platform/scope.ts asSystem), after the customer's own
// scope showed the invoice is theirs: customers keep read-only access to payments and invoices.
import type { CustomerContext, ScopedContext, SignedInContext, StaffContext } from '../context/context.js';
import type { CustomerPrincipal } from '../context/principal.js';
import type { Invoice as InvoiceRow, Payment as PaymentRow, Prisma, Tenant } from '../generated/prisma/client.js';
import { isId } from '../common/ids.js';
import { pageQuery, toConnection, type Connection } from '../common/pagination.js';
import { BadInput, Conflict, NotFound } from '../errors/errors.js';
import { isUniqueViolation } from '../auth/auth.shared.js';
import { recordStaffActivity } from '../activity/activity.js';
import { currentTenant } from '../platform/current-tenant.js';
import { asSystem } from '../platform/scope.js';
import { CUSTOMER_VISIBLE } from '../invoices/invoices.service.js';
import { openSecret } from './payment-secrets.js';
import type { PaymentProvider, ProviderIntent, SavedMethod } from './payment-provider.js';
import { stripeProvider, verifyStripeEvent } from './stripe.provider.js';
import {
  authenticateSandboxIntent,
  confirmSandboxIntent,
  lockedSandboxIntent,
  sandboxProvider,
  sandboxSigningSecret,
  signedSandboxEvent,
  type SandboxCard,
} from './sandbox.provider.js';
import { applyIntent, applyRefundTotal, OPEN_STATUSES, processProviderEvent, WITH_INVOICE, type PaymentWithInvoice } from './payment-records.js';
import { lockInvoice } from '../invoices/invoice-ledger.js';
import { assertOpen, assertPayable } from '../invoices/invoice-money.js';
import { balanceDue } from '../invoices/balance.js';
import { formatMinor } from '../common/money.js';
import { refundableMinor } from './refundable.js';
import { bankMandateText } from './bank-debits.js';
import { Payment, PaymentProviderKind, PaymentStatus, type PaymentSession, type StartInvoicePaymentInput } from './payments.types.js';

const ORDER: Prisma.PaymentOrderByWithRelationInput[] = [{ receivedAt: 'desc' }, { id: 'desc' }];

export function toPayment(row: PaymentWithInvoice): Payment {
  return {
    id: row.id,
    invoiceId: row.invoiceId,
    invoiceNumber: row.invoice.number,
    amountMinor: row.amountMinor,
    refundedMinor: row.refundedMinor,
    currency: row.currency,
    status: PaymentStatus[row.status],
    method: row.method,
    cardBrand: row.cardBrand,
    last4: row.last4,
    failureReason: row.failureReason,
    tipMinor: row.tipMinor,
    createdAt: row.receivedAt,
    customerId: row.customerId,
    provider: row.provider,
  };
}

/** The business's provider: its own Stripe keys, else its Connect account, else the sandbox (in `ctx`'s transaction). */
export function providerFor(ctx: ScopedContext, tenant: Tenant): PaymentProvider {
  const { deps } = ctx;
  const api = deps.config.payments?.stripeApi;
  const secretKey = openSecret(deps.config.jwtSecret, tenant.stripeSecretKeyEnc);
  if (secretKey) return stripeProvider({ secretKey, publishableKey: tenant.stripePublishableKey, stripeAccount: null, api });
  const connect = deps.config.payments?.connect;
  if (tenant.stripeAccountId && connect)
    return stripeProvider({ secretKey: connect.secretKey, publishableKey: connect.publishableKey, stripeAccount: tenant.stripeAccountId, api });
  return sandboxProvider(ctx, tenant.id);
}

// Only mutations switch to the 'system' role: a query's fields run in parallel on one
// transaction, and a savepoint there would change the rights of its neighbours.

/** The invoice if the signed-in customer may see it (read in their own scope), else NOT_FOUND. */
async function customersInvoice(ctx: CustomerContext, invoiceId: string): Promise<InvoiceRow> {
  const row = isId(invoiceId) ? await ctx.tx.invoice.findFirst({ where: { id: invoiceId, customerId: ctx.principal.customerId, ...CUSTOMER_VISIBLE } }) : null;
  if (!row) throw new NotFound('This invoice');
  return row;
}

function chosenAmount(tenant: Tenant, due: number, requested: number | null | undefined): number {
  if (requested == null) return due;
  if (!tenant.allowPartialPayments && requested !== due) throw new BadInput('amountMinor', `${tenant.name} takes payment of the full amount due only.`, 'FULL_AMOUNT_ONLY');
  // Above zero and at most the balance due: assertPayable (invoice-money.ts).
  return requested;
}

function methodsFor(provider: PaymentProvider, currency: string, method: string | null | undefined): string[] {
  const allowed = provider.kind === 'stripe' && currency === 'USD' ? ['card', 'us_bank_account'] : ['card'];
  if (method == null) return allowed;
  if (!allowed.includes(method)) throw new BadInput('method', `Choose ${allowed.join(' or ')}.`, 'PAYMENT_METHOD_NOT_OFFERED');
  return [method];
}

/** The provider's customer of this portal customer, created once (and by one request, under the invoice lock). */
async function providerCustomer(ctx: ScopedContext, provider: PaymentProvider, tenantId: string, customerId: string): Promise<string> {
  const { tx } = ctx;
  const existing = await tx.paymentCustomer.findFirst({ where: { tenantId, customerId, provider: provider.kind } });
  if (existing) return existing.providerCustomerId;
  const customer = await tx.customer.findFirst({ where: { tenantId, id: customerId }, select: { id: true, name: true, email: true } });
  if (!customer) throw new NotFound('This customer');
  // Another invoice of the same customer may be paid at the same moment: the provider's
  // idempotency key answers both with one customer, and the row is written once.
  const ref = await provider.createCustomer(customer, `portico-customer-${tenantId}-${customerId}`);
  await tx.$executeRaw`
    INSERT INTO payment_customers (tenant_id, customer_id, provider, provider_customer_id) VALUES (${tenantId}::uuid, ${customerId}::uuid, ${provider.kind}, ${ref})
    ON CONFLICT DO NOTHING`;
  return ref;
}

async function readPayment(ctx: ScopedContext, tenantId: string, id: string, where: Prisma.PaymentWhereInput = {}): Promise<PaymentWithInvoice> {
  const row = await ctx.tx.payment.findFirst({ where: { ...where, tenantId, id }, include: WITH_INVOICE });
  if (!row) throw new NotFound('This payment');
  return row;
}

function session(tenant: Tenant, provider: PaymentProvider, payment: PaymentWithInvoice, clientSecret: string): PaymentSession {
  const methods = payment.method.split(',');
  return {
    payment: toPayment(payment),
    provider: PaymentProviderKind[provider.kind],
    clientSecret,
    publishableKey: provider.publishableKey,
    stripeAccount: provider.stripeAccount,
    amountMinor: payment.amountMinor + payment.tipMinor,
    tipMinor: payment.tipMinor,
    currency: payment.currency,
    methods,
    mandateText: methods.includes('us_bank_account') ? bankMandateText(tenant.name) : null,
  };
}

/**
 * Starts paying an invoice: the amount due (or a partial amount, when the business allows it),
 * computed from the invoice row locked for this transaction, so concurrent calls for one invoice
 * take turns. A payment still open for the same amount is handed back instead of a new one; a
 * new PaymentIntent carries an idempotency key from invoice + amount + attempt, so a request
 * retried after a failure gets the same PaymentIntent back from the provider.
 */
export async function startInvoicePayment(ctx: CustomerContext, input: StartInvoicePaymentInput): Promise<PaymentSession> {
  const tenant = await currentTenant(ctx);
  const visible = await customersInvoice(ctx, input.invoiceId);
  return asSystem(ctx, async (system) => {
    const { tx } = system;
    const invoice = await lockInvoice(system, tenant.id, visible.id);
    if (!invoice) throw new NotFound('This invoice');
    assertOpen(invoice);
    const amountMinor = chosenAmount(tenant, balanceDue(invoice), input.amountMinor);
    assertPayable(invoice, amountMinor, tenant.locale);
    const provider = providerFor(system, tenant);
    const methods = methodsFor(provider, invoice.currency, input.method);
    const payments = await tx.payment.findMany({ where: { tenantId: tenant.id, invoiceId: invoice.id, provider: provider.kind }, include: WITH_INVOICE });
    if (payments.some((p) => p.status === 'processing'))
      throw new Conflict('A payment of this invoice is already being processed. You will get an email when it completes.', 'PAYMENT_IN_PROGRESS');
    const open = input.savedPaymentMethodId
      ? undefined
      : payments.find((p) => OPEN_STATUSES.includes(p.status) && p.amountMinor === amountMinor && p.clientSecret && p.method === methods.join(','));
    if (open?.clientSecret) return session(tenant, provider, open, open.clientSecret);

    await cancelSuperseded(system, tenant, provider, payments);
    const customerRef = await providerCustomer(system, provider, tenant.id, invoice.customerId);
    const idempotencyKey = `portico-invoice-${invoice.id}-${amountMinor}-${payments.length + 1}`;
    const intent = await provider.createIntent({
      amountMinor,
      currency: invoice.currency,
      customerRef,
      metadata: { tenantId: tenant.id, invoiceId: invoice.id, customerId: invoice.customerId, invoiceNumber: invoice.number ?? '' },
      methods,
      savedPaymentMethodId: input.savedPaymentMethodId ?? null,
      savePaymentMethod: input.savePaymentMethod === true,
      idempotencyKey,
    });
    if (!intent.clientSecret) throw new Error('the provider returned a PaymentIntent without a client secret');
    let row: PaymentWithInvoice;
    try {
      row = await tx.payment.create({
        data: {
          tenantId: tenant.id,
          customerId: invoice.customerId,
          invoiceId: invoice.id,
          amountMinor,
          currency: invoice.currency,
          method: methods.join(','),
          status: 'pending',
          provider: provider.kind,
          providerRef: intent.id,
          idempotencyKey,
          clientSecret: intent.clientSecret,
          receivedAt: ctx.now(),
        },
        include: WITH_INVOICE,
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      throw new Conflict('This payment was just started elsewhere. Reload the invoice and try again.', 'PAYMENT_STARTED_ELSEWHERE');
    }
    // A saved payment method is charged at once: the provider's answer is a verified fact.
    if (intent.status !== 'requires_payment_method' || intent.lastError) row = (await applyIntent(system, tenant, provider.kind, intent)) ?? row;
    return session(tenant, provider, row, intent.clientSecret);
  });
}

/**
 * Before a new attempt, cancels the invoice's earlier ones the customer could still complete
 * (open, or declined and retryable): with one payable intent at a time, an old tab or a changed
 * amount can never charge the invoice twice. One that went through meanwhile is recorded, and the
 * customer is asked to look again instead of paying more.
 */
async function cancelSuperseded(ctx: ScopedContext, tenant: Tenant, provider: PaymentProvider, payments: PaymentRow[]): Promise<void> {
  for (const earlier of payments) {
    if (!earlier.providerRef || !(OPEN_STATUSES.includes(earlier.status) || earlier.status === 'failed')) continue;
    const intent = await provider.cancelIntent(earlier.providerRef);
    // Unknown to the provider (made under other keys, or demo data): nothing there to pay.
    if (!intent) continue;
    await applyIntent(ctx, tenant, provider.kind, intent);
    if (intent.status !== 'canceled')
      throw new Conflict('An online payment of this invoice has just gone through. Reload the invoice to see what is still due.', 'PAYMENT_WENT_THROUGH');
  }
}

/**
 * When staff void an invoice or record money received outside Portico, online attempts still
 * open would let the customer pay what is no longer due: they are canceled first. The caller
 * holds the invoice row's lock.
 */
export async function cancelOpenAttempts(ctx: ScopedContext, tenant: Tenant, invoiceId: string): Promise<void> {
  const provider = providerFor(ctx, tenant);
  const payments = await ctx.tx.payment.findMany({ where: { tenantId: tenant.id, invoiceId, provider: provider.kind } });
  await cancelSuperseded(ctx, tenant, provider, payments);
}

/**
 * Runs a sandbox event through the same verification and processing as a provider's webhook,
 * and hands back the payment it wrote (else the one of the intent, as it stands).
 */
async function deliverSandboxEvent(ctx: ScopedContext, tenant: Tenant, intent: ProviderIntent): Promise<Payment> {
  const secret = sandboxSigningSecret(ctx.deps.config.jwtSecret, tenant.id);
  const { rawBody, signature } = signedSandboxEvent(secret, eventTypeOf(intent), intent, ctx.now());
  const event = verifyStripeEvent(rawBody, signature, secret, ctx.now());
  if (!event) throw new Error('a sandbox event failed its own signature check');
  const outcome = await processProviderEvent(ctx, tenant, 'sandbox', event);
  const written = outcome.duplicate ? null : outcome.payment;
  return toPayment(written ?? (await sandboxPaymentOf(ctx, tenant, intent.id)));
}

function eventTypeOf(intent: ProviderIntent): string {
  if (intent.status === 'succeeded') return 'payment_intent.succeeded';
  if (intent.status === 'requires_action') return 'payment_intent.requires_action';
  return 'payment_intent.payment_failed';
}

async function sandboxPaymentOf(ctx: ScopedContext, tenant: Tenant, intentId: string): Promise<PaymentWithInvoice> {
  const row = await ctx.tx.payment.findFirst({ where: { tenantId: tenant.id, provider: 'sandbox', providerRef: intentId }, include: WITH_INVOICE });
  if (!row) throw new NotFound('This payment');
  return row;
}

async function sandboxTenant(ctx: CustomerContext): Promise<Tenant> {
  const tenant = await currentTenant(ctx);
  const provider = providerFor(ctx, tenant);
  if (provider.kind !== 'sandbox') throw new NotFound('This payment');
  return tenant;
}

/** The sandbox's card form: a test card succeeds, declines (status failed, the reason kept) or asks for 3-D Secure. */
export async function confirmSandboxPayment(ctx: CustomerContext, clientSecret: string, card: SandboxCard): Promise<Payment> {
  const tenant = await sandboxTenant(ctx);
  return asSystem(ctx, async (system) => {
    const row = await lockedSandboxIntent(system, tenant.id, clientSecret, ctx.principal.customerId);
    const intent = await confirmSandboxIntent(system, row, card);
    return deliverSandboxEvent(system, tenant, intent);
  });
}

/** The customer approves or refuses the sandbox's 3-D Secure challenge. */
export async function completeSandboxAuthentication(ctx: CustomerContext, clientSecret: string, approve: boolean): Promise<Payment> {
  const tenant = await sandboxTenant(ctx);
  return asSystem(ctx, async (system) => {
    const row = await lockedSandboxIntent(system, tenant.id, clientSecret, ctx.principal.customerId);
    const intent = await authenticateSandboxIntent(system, row, approve);
    return deliverSandboxEvent(system, tenant, intent);
  });
}

/** After Stripe.js confirmed in the browser: asks the provider (never the browser) how the payment stands. */
export async function refreshPayment(ctx: CustomerContext, id: string): Promise<Payment> {
  const tenant = await currentTenant(ctx);
  const mine = isId(id) ? await ctx.tx.payment.findFirst({ where: { id, customerId: ctx.principal.customerId }, include: WITH_INVOICE }) : null;
  if (!mine) throw new NotFound('This payment');
  const kind = mine.provider;
  const providerRef = mine.providerRef;
  if ((kind !== 'stripe' && kind !== 'sandbox') || !providerRef) return toPayment(mine);
  const applied = await asSystem(ctx, async (system) => {
    const provider = providerFor(system, tenant);
    if (provider.kind !== kind) return null;
    return applyIntent(system, tenant, kind, await provider.retrieveIntent(providerRef));
  });
  // What the provider's answer wrote, or the payment as it was when nothing changed.
  return toPayment(applied?.id === mine.id ? applied : mine);
}

export async function customerPayment(ctx: CustomerContext, id: string): Promise<Payment> {
  const { principal } = ctx;
  if (!isId(id)) throw new NotFound('This payment');
  return toPayment(await readPayment(ctx, principal.tenantId, id, { customerId: principal.customerId }));
}

async function listPayments(ctx: SignedInContext, args: { first: number; after?: string | null }, where: Prisma.PaymentWhereInput): Promise<Connection<Payment>> {
  const tenant = await currentTenant(ctx);
  const rows = await ctx.tx.payment.findMany({ where, orderBy: ORDER, include: WITH_INVOICE, ...pageQuery(tenant.id, args) });
  return toConnection(rows, args, toPayment);
}

export async function listCustomerPayments(ctx: CustomerContext, args: { first: number; after?: string | null; invoiceId?: string | null }): Promise<Connection<Payment>> {
  if (args.invoiceId != null && !isId(args.invoiceId)) throw new NotFound('This invoice');
  return listPayments(ctx, args, { customerId: ctx.principal.customerId, ...(args.invoiceId ? { invoiceId: args.invoiceId } : {}) });
}

/** Read in the customer's own scope: a query runs its fields in parallel on one transaction, so it never switches roles. */
export async function savedPaymentMethods(ctx: CustomerContext): Promise<SavedMethod[]> {
  const tenant = await currentTenant(ctx);
  const provider = providerFor(ctx, tenant);
  const ref = await customerRef(ctx, provider, ctx.principal);
  return ref ? provider.listPaymentMethods(ref) : [];
}

export async function removePaymentMethod(ctx: CustomerContext, id: string): Promise<boolean> {
  const tenant = await currentTenant(ctx);
  return asSystem(ctx, async (system) => {
    const provider = providerFor(system, tenant);
    const ref = await customerRef(system, provider, ctx.principal);
    if (!ref || !(await provider.detachPaymentMethod(ref, id))) throw new NotFound('This payment method');
    return true;
  });
}

async function customerRef(ctx: ScopedContext, provider: PaymentProvider, customer: CustomerPrincipal): Promise<string | null> {
  const row = await ctx.tx.paymentCustomer.findFirst({ where: { tenantId: customer.tenantId, customerId: customer.customerId, provider: provider.kind } });
  return row?.providerCustomerId ?? null;
}

/** Staff: one customer's payments, newest first. */
export async function listPaymentsOfCustomer(ctx: StaffContext, args: { first: number; after?: string | null; customerId: string }): Promise<Connection<Payment>> {
  const customer = isId(args.customerId) ? await ctx.tx.customer.findFirst({ where: { id: args.customerId }, select: { id: true } }) : null;
  if (!customer) throw new NotFound('This customer');
  return listPayments(ctx, args, { customerId: customer.id });
}

/**
 * Staff give back all or part of an online payment through its provider. The provider's answer
 * records it (the invoice's ledger: a paid invoice stays paid, shown as refunded); its later
 * webhook finds it done.
 */
export async function refundPayment(ctx: StaffContext, input: { paymentId: string; amountMinor?: number | null; reason?: string | null }): Promise<Payment> {
  const { tx } = ctx;
  const tenant = await currentTenant(ctx);
  const found = isId(input.paymentId) ? await tx.payment.findFirst({ where: { id: input.paymentId }, select: { id: true, invoiceId: true } }) : null;
  if (!found) throw new NotFound('This payment');
  await lockInvoice(ctx, tenant.id, found.invoiceId);
  // Re-read under the invoice's lock (lock order: invoices/invoice-ledger.ts).
  const payment = await readPayment(ctx, tenant.id, found.id);
  const kind = payment.provider;
  if ((kind !== 'stripe' && kind !== 'sandbox') || !payment.providerRef)
    throw new Conflict('Only online payments can be refunded here; give back cash or cheques outside Portico.');
  if (payment.status !== 'succeeded' && payment.status !== 'partially_refunded') throw new Conflict('Only a succeeded payment can be refunded.');
  const remaining = refundableMinor(payment);
  const amount = input.amountMinor ?? remaining;
  if (!Number.isInteger(amount) || amount <= 0 || amount > remaining) {
    throw new BadInput(
      'amountMinor',
      `Refund between ${formatMinor(tenant.locale, payment.currency, 1)} and ${formatMinor(tenant.locale, payment.currency, remaining)}, what is left of this payment.`,
    );
  }
  const provider = providerFor(ctx, tenant);
  if (provider.kind !== kind) throw new Conflict('This payment was taken with another payment provider; refund it there.');
  const reason = input.reason?.trim() || null;
  const refund = await provider.refund(payment.providerRef, amount, `portico-refund-${payment.id}-${payment.refundedMinor}-${amount}`, reason);
  if (refund.refundedMinor <= 0) throw new Conflict('The payment provider refused this refund.');
  const refunded = await applyRefundTotal(ctx, tenant, kind, payment.providerRef, payment.refundedMinor + refund.refundedMinor);
  await recordStaffActivity(ctx, 'payment.refunded', { subjectId: payment.invoiceId, customerId: payment.customerId });
  return toPayment(refunded ?? payment);
}
