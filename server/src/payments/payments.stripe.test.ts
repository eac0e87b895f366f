// Online payments through Stripe: the real `stripe` SDK against a local stand-in of the API
// (test/stripe-stand-in.ts), and webhook events signed with Stripe's real scheme.
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/app.js';
import { customerToken, makeCustomer, makeCustomerRecords, makeTenant, signedInStaff } from '../test/factory.js';
import { startStripeStandIn, type StripeStandIn } from '../test/stripe-stand-in.js';
import { sealSecret } from './payment-secrets.js';

let app: TestApp;
let stripe: StripeStandIn;
const CONNECT_WEBHOOK_SECRET = 'whsec_connect_platform_test_secret';
beforeAll(async () => {
  stripe = await startStripeStandIn();
  app = await startTestApp({
    payments: {
      stripeApi: stripe.address,
      connect: { secretKey: 'sk_test_platform000000000000', publishableKey: 'pk_test_platform000000', webhookSecret: CONNECT_WEBHOOK_SECRET },
    },
  });
});
afterAll(async () => {
  await app.close();
  await stripe.close();
});

const START = `mutation($input: StartInvoicePaymentInput!) { startInvoicePayment(input: $input) {
  provider clientSecret publishableKey stripeAccount amountMinor payment { id status } } }`;

async function stripeCustomer(options: { connect?: boolean } = {}) {
  const tenant = await makeTenant(app.owner);
  const webhookSecret = `whsec_${tenant.id.replaceAll('-', '')}`;
  const secret = app.deps.config.jwtSecret;
  await app.owner.tenant.update({
    where: { id: tenant.id },
    data: options.connect
      ? { stripeAccountId: `acct_${tenant.id.replaceAll('-', '').slice(0, 16)}` }
      : {
          stripeSecretKeyEnc: sealSecret(secret, 'sk_test_tenant0000000000'),
          stripeSecretKeyLast4: '0000',
          stripePublishableKey: 'pk_test_tenant000000',
          stripeWebhookSecretEnc: sealSecret(secret, webhookSecret),
        },
  });
  const { account, customer } = await makeCustomer(app.owner, tenant.id);
  const records = await makeCustomerRecords(app.owner, tenant.id, customer.id);
  const { token } = await customerToken(app, account!);
  return { tenant, customer, invoice: records.invoice, token, webhookSecret, account: `acct_${tenant.id.replaceAll('-', '').slice(0, 16)}` };
}
type World = Awaited<ReturnType<typeof stripeCustomer>>;

interface Session {
  provider: string;
  clientSecret: string;
  publishableKey: string | null;
  stripeAccount: string | null;
  payment: { id: string; status: string };
}

async function start(me: World) {
  const res = await app.call<{ startInvoicePayment: Session }>('portal', START, { input: { invoiceId: me.invoice.id } }, { token: me.token });
  expect(res.errors).toBeUndefined();
  return res.data!.startInvoicePayment;
}

function intentIdOf(session: Session): string {
  return session.clientSecret.split('_secret_')[0]!;
}

let eventCounter = 0;
function event(type: string, object: unknown, extra: Record<string, unknown> = {}) {
  return JSON.stringify({
    id: `evt_test_${process.pid}_${++eventCounter}`,
    object: 'event',
    type,
    created: Math.floor(app.clock.now.getTime() / 1000),
    data: { object },
    ...extra,
  });
}

function deliver(path: string, payload: string, secret: string, options: { timestamp?: number } = {}) {
  const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp: options.timestamp ?? Math.floor(app.clock.now.getTime() / 1000) });
  return fetch(`${app.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', 'stripe-signature': signature }, body: payload });
}

function succeeded(me: World, intentId: string) {
  const intent = stripe.intents.get(intentId)!;
  intent.status = 'succeeded';
  intent.payment_method = { id: 'pm_card_visa', object: 'payment_method', type: 'card', card: { brand: 'visa', last4: '4242' } };
  return { ...intent };
}

async function invoiceRow(me: World) {
  return app.owner.invoice.findFirstOrThrow({ where: { tenantId: me.tenant.id, id: me.invoice.id } });
}

describe('Stripe PaymentIntents', () => {
  it('50 concurrent starts for one invoice create one PaymentIntent and one payment, all handed the same client secret', async () => {
    const me = await stripeCustomer();
    const before = stripe.created.intents;
    const customersBefore = stripe.created.customers;
    const sessions = await Promise.all(
      Array.from({ length: 50 }, () => app.call<{ startInvoicePayment: Session }>('portal', START, { input: { invoiceId: me.invoice.id } }, { token: me.token })),
    );
    expect(sessions.map((s) => s.errors)).toEqual(Array(50).fill(undefined));
    expect(new Set(sessions.map((s) => s.data!.startInvoicePayment.clientSecret)).size).toBe(1);
    expect(stripe.created.intents - before).toBe(1);
    // The Stripe customer is created once per portal customer.
    expect(stripe.created.customers - customersBefore).toBe(1);
    expect(await app.owner.payment.count({ where: { tenantId: me.tenant.id } })).toBe(1);
    expect(sessions[0]!.data!.startInvoicePayment).toMatchObject({ provider: 'stripe', publishableKey: 'pk_test_tenant000000', stripeAccount: null });
    const intent = stripe.intents.get(intentIdOf(sessions[0]!.data!.startInvoicePayment))!;
    // The amount comes from the invoice, and the intent names it for the webhook.
    expect(intent).toMatchObject({ amount: 15000, currency: 'usd', metadata: { tenantId: me.tenant.id, invoiceId: me.invoice.id, customerId: me.customer.id } });
    expect(intent.payment_method_types).toEqual(['card', 'us_bank_account']);
  });

  it('refreshPayment records the payment from the intent retrieved from Stripe, never from the browser', async () => {
    const me = await stripeCustomer();
    const session = await start(me);
    const REFRESH = 'mutation($id: ID!) { refreshPayment(id: $id) { status cardBrand last4 } }';
    const unchanged = await app.call<{ refreshPayment: { status: string } }>('portal', REFRESH, { id: session.payment.id }, { token: me.token });
    expect(unchanged.data!.refreshPayment.status).toBe('pending');
    succeeded(me, intentIdOf(session));
    const paid = await app.call<{ refreshPayment: unknown }>('portal', REFRESH, { id: session.payment.id }, { token: me.token });
    expect(paid.data!.refreshPayment).toEqual({ status: 'succeeded', cardBrand: 'visa', last4: '4242' });
    expect(await invoiceRow(me)).toMatchObject({ status: 'paid', paidMinor: 15000 });
    const other = await stripeCustomer();
    expect((await app.call('portal', REFRESH, { id: session.payment.id }, { token: other.token })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('Stripe: one payable PaymentIntent per invoice', () => {
  it('a new amount cancels the earlier PaymentIntent at Stripe; one that went through meanwhile is not paid over, and its webhook records it', async () => {
    const me = await stripeCustomer();
    await app.owner.tenant.update({ where: { id: me.tenant.id }, data: { allowPartialPayments: true } });
    const startFor = (amountMinor: number) =>
      app.call<{ startInvoicePayment: Session }>('portal', START, { input: { invoiceId: me.invoice.id, amountMinor } }, { token: me.token });
    const full = await start(me);
    const part = (await startFor(5000)).data!.startInvoicePayment;
    expect(stripe.intents.get(intentIdOf(full))!.status).toBe('canceled');
    expect((await app.owner.payment.findFirstOrThrow({ where: { tenantId: me.tenant.id, id: full.payment.id } })).status).toBe('canceled');

    // Paid in another tab; Stripe's webhook is still on its way when the customer starts again.
    succeeded(me, intentIdOf(part));
    const intentsBefore = stripe.created.intents;
    const again = await startFor(15000);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(stripe.created.intents).toBe(intentsBefore);
    expect(await invoiceRow(me)).toMatchObject({ status: 'issued', paidMinor: 0 });
    await deliver(`/webhooks/v1/stripe/${me.tenant.slug}`, event('payment_intent.succeeded', { ...stripe.intents.get(intentIdOf(part))! }), me.webhookSecret);
    expect(await invoiceRow(me)).toMatchObject({ status: 'issued', paidMinor: 5000 });
  });
});

describe('Stripe: attempts under other keys', () => {
  it('an earlier PaymentIntent Stripe does not know (another account) is left alone and the new one starts', async () => {
    const me = await stripeCustomer();
    await app.owner.payment.create({
      data: {
        tenantId: me.tenant.id,
        customerId: me.customer.id,
        invoiceId: me.invoice.id,
        amountMinor: 15000,
        currency: 'USD',
        method: 'card',
        status: 'pending',
        provider: 'stripe',
        providerRef: 'pi_other_account_0001',
        receivedAt: app.clock.now,
      },
    });
    const session = await start(me);
    expect(stripe.intents.get(intentIdOf(session))!.status).toBe('requires_payment_method');
  });
});

describe('Stripe saved payment methods', () => {
  it("a saved card is charged at once (declined: recorded as failed); another customer's card is NOT_FOUND; removing detaches it", async () => {
    const me = await stripeCustomer();
    await start(me);
    const { providerCustomerId } = await app.owner.paymentCustomer.findFirstOrThrow({ where: { tenantId: me.tenant.id, customerId: me.customer.id } });
    const good = `pm_card_visa_${me.tenant.id.slice(0, 8)}`;
    const declined = `pm_card_chargeDeclined_${me.tenant.id.slice(0, 8)}`;
    stripe.methods.set(good, { customer: providerCustomerId, brand: 'visa', last4: '4242' });
    stripe.methods.set(declined, { customer: providerCustomerId, brand: 'visa', last4: '0002' });
    const listed = await app.call<{ savedPaymentMethods: { id: string; last4: string }[] }>('portal', '{ savedPaymentMethods { id kind brand last4 } }', {}, { token: me.token });
    expect(listed.data!.savedPaymentMethods.map((m) => m.id).sort()).toEqual([declined, good].sort());

    const other = await stripeCustomer();
    const stolen = await app.call('portal', START, { input: { invoiceId: other.invoice.id, savedPaymentMethodId: good } }, { token: other.token });
    expect(stolen.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await app.call('portal', 'mutation($id: ID!) { removePaymentMethod(id: $id) }', { id: good }, { token: other.token })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const refused = await app.call<{ startInvoicePayment: Session }>('portal', START, { input: { invoiceId: me.invoice.id, savedPaymentMethodId: declined } }, { token: me.token });
    expect(refused.errors).toBeUndefined();
    const failed = await app.owner.payment.findFirstOrThrow({ where: { tenantId: me.tenant.id, id: refused.data!.startInvoicePayment.payment.id } });
    expect([failed.status, failed.failureReason]).toEqual(['failed', 'Your card was declined.']);

    const charged = await app.call<{ startInvoicePayment: Session }>('portal', START, { input: { invoiceId: me.invoice.id, savedPaymentMethodId: good } }, { token: me.token });
    expect(charged.data!.startInvoicePayment.payment.status).toBe('succeeded');
    expect(await invoiceRow(me)).toMatchObject({ status: 'paid', paidMinor: 15000 });

    const removed = await app.call<{ removePaymentMethod: boolean }>('portal', 'mutation($id: ID!) { removePaymentMethod(id: $id) }', { id: good }, { token: me.token });
    expect(removed.data!.removePaymentMethod).toBe(true);
    expect(stripe.methods.has(good)).toBe(false);
  });
});

describe('Stripe webhooks', () => {
  it('the same payment_intent.succeeded delivered 10 times at once, and a late payment_intent.created, record one payment and pay the invoice once', async () => {
    const me = await stripeCustomer();
    const session = await start(me);
    const intent = succeeded(me, intentIdOf(session));
    const success = event('payment_intent.succeeded', intent);
    const answers = await Promise.all(Array.from({ length: 10 }, () => deliver(`/webhooks/v1/stripe/${me.tenant.slug}`, success, me.webhookSecret)));
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(200));
    const bodies = (await Promise.all(answers.map((a) => a.json()))) as { duplicate: boolean }[];
    expect(bodies.filter((b) => !b.duplicate)).toHaveLength(1);
    const created = await deliver(
      `/webhooks/v1/stripe/${me.tenant.id}`,
      event('payment_intent.created', { ...intent, status: 'requires_payment_method', payment_method: null }),
      me.webhookSecret,
    );
    expect(created.status).toBe(200);

    const payments = await app.owner.payment.findMany({ where: { tenantId: me.tenant.id } });
    expect(payments.map((p) => [p.status, p.amountMinor, p.last4])).toEqual([['succeeded', 15000, '4242']]);
    expect(await invoiceRow(me)).toMatchObject({ status: 'paid', paidMinor: 15000 });
    expect(await app.owner.activityLog.count({ where: { tenantId: me.tenant.id, action: 'invoice.paid' } })).toBe(1);
    expect(await app.owner.outboxEmail.count({ where: { tenantId: me.tenant.id, subject: { startsWith: 'Payment receipt' } } })).toBe(1);
  });

  it('a succeeded event before our own record (its request rolled back) still records the payment once', async () => {
    const me = await stripeCustomer();
    const intent = {
      id: 'pi_orphan_' + me.tenant.id.slice(0, 8),
      object: 'payment_intent',
      amount: 15000,
      currency: 'usd',
      status: 'succeeded',
      client_secret: 'x_secret_y',
      metadata: { tenantId: me.tenant.id, invoiceId: me.invoice.id, customerId: me.customer.id },
      payment_method_types: ['card'],
      payment_method: null,
      last_payment_error: null,
    };
    expect((await deliver(`/webhooks/v1/stripe/${me.tenant.slug}`, event('payment_intent.succeeded', intent), me.webhookSecret)).status).toBe(200);
    expect(await invoiceRow(me)).toMatchObject({ status: 'paid', paidMinor: 15000 });
    expect(await app.owner.payment.count({ where: { tenantId: me.tenant.id, status: 'succeeded' } })).toBe(1);
  });

  it('a wrongly signed, unsigned, stale or other-tenant-signed event changes nothing; a replayed one is answered as a duplicate', async () => {
    const me = await stripeCustomer();
    const other = await stripeCustomer();
    const session = await start(me);
    const payload = event('payment_intent.succeeded', succeeded(me, intentIdOf(session)));
    const path = `/webhooks/v1/stripe/${me.tenant.slug}`;
    const wrong = await deliver(path, payload, 'whsec_not_the_right_one');
    const foreign = await deliver(path, payload, other.webhookSecret);
    const stale = await deliver(path, payload, me.webhookSecret, { timestamp: Math.floor(app.clock.now.getTime() / 1000) - 3600 });
    const unsigned = await fetch(`${app.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: payload });
    expect((await deliver(path, payload, me.webhookSecret)).status).toBe(200);
    for (const res of [wrong, foreign, stale, unsigned]) {
      expect(res.status).toBe(400);
      expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
    }
    // Only the properly signed delivery (the last one) counted.
    expect(await app.owner.paymentEvent.count({ where: { tenantId: me.tenant.id } })).toBe(1);
    const replay = await deliver(path, payload, me.webhookSecret);
    expect(await replay.json()).toEqual({ received: true, duplicate: true });
    expect(await invoiceRow(me)).toMatchObject({ status: 'paid', paidMinor: 15000 });
    const unknown = await deliver('/webhooks/v1/stripe/no-such-tenant', payload, me.webhookSecret);
    expect(unknown.status).toBe(404);
  });

  it('a body altered after signing is refused', async () => {
    const me = await stripeCustomer();
    const session = await start(me);
    const payload = event('payment_intent.succeeded', succeeded(me, intentIdOf(session)));
    const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: me.webhookSecret, timestamp: Math.floor(app.clock.now.getTime() / 1000) });
    const res = await fetch(`${app.url}/webhooks/v1/stripe/${me.tenant.slug}`, { method: 'POST', headers: { 'stripe-signature': signature }, body: payload.replace('15000', '1') });
    expect(res.status).toBe(400);
    expect(await invoiceRow(me)).toMatchObject({ status: 'issued', paidMinor: 0 });
  });

  it('a failed payment is recorded with its decline reason, and the customer can start again', async () => {
    const me = await stripeCustomer();
    const session = await start(me);
    const intent = { ...stripe.intents.get(intentIdOf(session))!, last_payment_error: { code: 'card_declined', decline_code: 'insufficient_funds' } };
    expect((await deliver(`/webhooks/v1/stripe/${me.tenant.slug}`, event('payment_intent.payment_failed', intent), me.webhookSecret)).status).toBe(200);
    const payment = await app.owner.payment.findFirstOrThrow({ where: { tenantId: me.tenant.id } });
    expect([payment.status, payment.failureReason]).toEqual(['failed', 'Your card has insufficient funds.']);
    const retry = await start(me);
    expect(retry.payment.id).not.toBe(session.payment.id);
  });

  it('a bank debit (ACH) in processing blocks a second payment until Stripe reports its outcome', async () => {
    const me = await stripeCustomer();
    const session = await start(me);
    const intent = stripe.intents.get(intentIdOf(session))!;
    const processing = {
      ...intent,
      status: 'processing',
      payment_method: { id: 'pm_bank', object: 'payment_method', type: 'us_bank_account', us_bank_account: { last4: '6789', bank_name: 'STRIPE TEST BANK' } },
    };
    await deliver(`/webhooks/v1/stripe/${me.tenant.slug}`, event('payment_intent.processing', processing), me.webhookSecret);
    const payment = await app.owner.payment.findFirstOrThrow({ where: { tenantId: me.tenant.id } });
    expect([payment.status, payment.method, payment.last4]).toEqual(['processing', 'us_bank_account', '6789']);
    const again = await app.call('portal', START, { input: { invoiceId: me.invoice.id } }, { token: me.token });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    await deliver(`/webhooks/v1/stripe/${me.tenant.slug}`, event('payment_intent.succeeded', { ...processing, status: 'succeeded' }), me.webhookSecret);
    expect(await invoiceRow(me)).toMatchObject({ status: 'paid', paidMinor: 15000 });
  });

  it('a refund made in Stripe shows on the payment and the invoice; its repeat changes nothing', async () => {
    const me = await stripeCustomer();
    const session = await start(me);
    await deliver(`/webhooks/v1/stripe/${me.tenant.slug}`, event('payment_intent.succeeded', succeeded(me, intentIdOf(session))), me.webhookSecret);
    const charge = { id: 'ch_1', object: 'charge', payment_intent: intentIdOf(session), amount: 15000, amount_refunded: 4000, refunded: false };
    const refunded = event('charge.refunded', charge);
    await deliver(`/webhooks/v1/stripe/${me.tenant.slug}`, refunded, me.webhookSecret);
    await deliver(`/webhooks/v1/stripe/${me.tenant.slug}`, refunded, me.webhookSecret);
    // A second refund event reports the new total.
    await deliver(`/webhooks/v1/stripe/${me.tenant.slug}`, event('charge.refunded', { ...charge, amount_refunded: 4000 }), me.webhookSecret);
    const payment = await app.owner.payment.findFirstOrThrow({ where: { tenantId: me.tenant.id } });
    expect([payment.status, payment.refundedMinor]).toEqual(['partially_refunded', 4000]);
    // Paid in full before: the refund is shown beside it and does not make it due again.
    expect(await invoiceRow(me)).toMatchObject({ status: 'paid', paidMinor: 11000, refundedMinor: 4000 });
  });

  it('staff refund through Stripe once, with an idempotency key', async () => {
    const me = await stripeCustomer();
    const session = await start(me);
    await deliver(`/webhooks/v1/stripe/${me.tenant.slug}`, event('payment_intent.succeeded', succeeded(me, intentIdOf(session))), me.webhookSecret);
    const { token } = await signedInStaff(app, me.tenant.id, 'owner');
    const before = stripe.refunds.length;
    const res = await app.call<{ refundPayment: { status: string; refundedMinor: number } }>(
      'admin',
      'mutation($input: RefundPaymentInput!) { refundPayment(input: $input) { status refundedMinor } }',
      { input: { paymentId: session.payment.id, amountMinor: 2500, reason: 'Goodwill: late arrival' } },
      { token },
    );
    expect(res.data!.refundPayment).toEqual({ status: 'partially_refunded', refundedMinor: 2500 });
    expect(stripe.refunds.slice(before)).toEqual([{ payment_intent: intentIdOf(session), amount: 2500, metadata: { reason: 'Goodwill: late arrival' } }]);
    // Stripe's own charge.refunded for the same refund arrives later: nothing changes.
    await deliver(
      `/webhooks/v1/stripe/${me.tenant.slug}`,
      event('charge.refunded', { id: 'ch_2', object: 'charge', payment_intent: intentIdOf(session), amount_refunded: 2500 }),
      me.webhookSecret,
    );
    expect(await invoiceRow(me)).toMatchObject({ paidMinor: 12500 });
  });
});

describe('Stripe Connect', () => {
  it("a tenant with a Connect account is charged on that account, and the platform's webhook finds the tenant from the event", async () => {
    const me = await stripeCustomer({ connect: true });
    const seen = stripe.accounts.length;
    const session = await start(me);
    expect(session).toMatchObject({ provider: 'stripe', publishableKey: 'pk_test_platform000000', stripeAccount: me.account });
    expect(stripe.accounts.slice(seen).every((a) => a === me.account)).toBe(true);
    const payload = event('payment_intent.succeeded', succeeded(me, intentIdOf(session)), { account: me.account });
    expect((await deliver('/webhooks/v1/stripe-connect', payload, 'whsec_wrong')).status).toBe(400);
    expect((await deliver('/webhooks/v1/stripe-connect', payload, CONNECT_WEBHOOK_SECRET)).status).toBe(200);
    expect(await invoiceRow(me)).toMatchObject({ status: 'paid', paidMinor: 15000 });
  });
});
