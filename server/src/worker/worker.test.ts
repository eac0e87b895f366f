// Background jobs against the real database and the real queue: outbox delivery with retries,
// reminders (exactly once, in the tenant's time zone), housekeeping, the recurring-invoice slot.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTenantScope } from '../platform/scope.js';
import { tenantKey } from '../storage/storage.js';
import { startTestApp, TEST_START, type TestApp } from '../test/app.js';
import { makeCustomer, makeJob, makeSite, makeTenant } from '../test/factory.js';
import { useMailbox } from '../test/mailbox.js';
import type { WorkerDeps } from './context.js';
import { runHousekeeping } from './housekeeping.js';
import { sendAppointmentReminders, sendCardExpiryReminders, sendOverdueInvoiceReminders } from './reminders.js';

let app: TestApp;
let deps: WorkerDeps;

beforeAll(async () => {
  app = await startTestApp();
  deps = { ...app.deps, owner: app.owner };
});
afterAll(async () => {
  await app.close();
});

const at = (iso: string) => {
  app.clock.now = new Date(iso);
};

async function queuedJobs(tenantId: string, task = 'outbox-deliver') {
  return app.owner.$queryRawUnsafe<{ id: string; attempts: number }[]>(
    `SELECT j.id::text, j.attempts FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id
     WHERE t.identifier = $1 AND j.flags ? $2`,
    task,
    `tenant:${tenantId}`,
  );
}

function queueEmail(a: TestApp, tenantId: string, to: string, fail = false, replyTo: string | null = null) {
  return inTenantScope(a.deps, { tenantId, role: 'system' }, async ({ tx }) => {
    await a.deps.mailer.send({ tx }, { tenantId, to, subject: 'Hello', text: 'Body', replyTo });
    if (fail) throw new Error('the request failed');
  });
}

describe('outbox delivery', () => {
  it('a committed email is queued in its transaction; a rolled-back one leaves neither row nor job', async () => {
    const tenant = await makeTenant(app.owner);
    await expect(queueEmail(app, tenant.id, 'nobody@example.test', true)).rejects.toThrow('the request failed');
    expect(await app.owner.outboxEmail.count({ where: { tenantId: tenant.id } })).toBe(0);
    expect(await queuedJobs(tenant.id)).toHaveLength(0);

    await queueEmail(app, tenant.id, 'someone@example.test');
    expect(await queuedJobs(tenant.id)).toHaveLength(1);
  });

  it('without SMTP the job prints the email (dev outbox) and marks it sent, once', async () => {
    const tenant = await makeTenant(app.owner);
    await queueEmail(app, tenant.id, 'dev@example.test');
    await app.drainJobs([tenant.id]);
    const [row] = await app.owner.outboxEmail.findMany({ where: { tenantId: tenant.id } });
    expect(row?.sentAt).toEqual(TEST_START);
    expect(row?.attempts).toBe(1);
    expect(await queuedJobs(tenant.id)).toHaveLength(0);
  });

  describe('with an SMTP server that refuses, then accepts', () => {
    const mail = useMailbox({ refuse: true });

    it('a failed delivery is recorded and retried later by the queue; it is delivered exactly once', async () => {
      const tenant = await makeTenant(mail.app.owner);
      await queueEmail(mail.app, tenant.id, 'retry@example.test');

      await mail.app.drainJobs([tenant.id]);
      let row = await mail.app.owner.outboxEmail.findFirstOrThrow({ where: { tenantId: tenant.id } });
      expect(row.sentAt).toBeNull();
      expect(row.attempts).toBe(1);
      expect(row.lastError).toMatch(/try later/);
      expect(mail.received.map((m) => m.to)).toEqual([]);
      // The queue keeps the job with a backoff: not due again at once.
      const [job] = await queuedJobs(tenant.id);
      expect(job?.attempts).toBe(1);
      await mail.app.drainJobs([tenant.id]);
      expect((await mail.app.owner.outboxEmail.findFirstOrThrow({ where: { tenantId: tenant.id } })).attempts).toBe(1);

      // The backoff elapses and the server accepts again.
      mail.refuse = false;
      await mail.app.owner.$executeRawUnsafe(`UPDATE graphile_worker._private_jobs SET run_at = now() WHERE id = $1::bigint`, job?.id);
      await mail.app.drainJobs([tenant.id]);
      row = await mail.app.owner.outboxEmail.findFirstOrThrow({ where: { tenantId: tenant.id } });
      expect(row.sentAt).not.toBeNull();
      expect(row.attempts).toBe(2);
      expect(row.lastError).toBeNull();
      expect(mail.received.map((m) => m.to)).toEqual([['retry@example.test']]);

      await mail.app.drainJobs([tenant.id]);
      expect(mail.received).toHaveLength(1);
      expect(await queuedJobs(tenant.id)).toHaveLength(0);
    });

    it('an email with a reply address (a message thread’s) is delivered with Reply-To; others reply to the sender', async () => {
      mail.refuse = false;
      const tenant = await makeTenant(mail.app.owner);
      await queueEmail(mail.app, tenant.id, 'threaded@example.test', false, 'thread-42@reply.portico.test');
      await queueEmail(mail.app, tenant.id, 'plain@example.test');
      await mail.app.drainJobs([tenant.id]);
      const raw = (to: string) => mail.received.find((m) => m.to.includes(to))?.raw ?? '';
      expect(raw('threaded@example.test')).toMatch(/^Reply-To: thread-42@reply\.portico\.test\r?$/m);
      expect(raw('plain@example.test')).not.toMatch(/^Reply-To:/m);
      expect((await mail.app.owner.outboxEmail.findFirstOrThrow({ where: { tenantId: tenant.id, toAddress: 'threaded@example.test' } })).replyTo).toBe(
        'thread-42@reply.portico.test',
      );
    });
  });
});

/** A customer with a site; `preferences` are their notification preferences (e.g. { invoiceIssued: 'inApp' }: no invoice emails). */
async function customerWithSite(tenantId: string, options: { locale?: string; preferences?: Record<string, string> } = {}) {
  const { customer } = await makeCustomer(app.owner, tenantId);
  await app.owner.customer.update({ where: { tenantId_id: { tenantId, id: customer.id } }, data: { locale: options.locale ?? null } });
  // The choices are the primary contact's (issue 22); the contact speaks the account's language.
  await app.owner.portalAccount.updateMany({ where: { customerId: customer.id }, data: { notificationPreferences: options.preferences ?? {} } });
  const site = await makeSite(app.owner, tenantId, customer.id);
  return { customer, site };
}

describe('appointment reminders', () => {
  it("reminds once about tomorrow's appointments in the tenant's time zone, even with two runs at once", async () => {
    // 2026-11-20 15:00Z is 09:00 in Chicago (UTC-6): tomorrow runs 2026-11-21T06:00Z .. 2026-11-22T06:00Z.
    const tenant = await makeTenant(app.owner, { timeZone: 'America/Chicago' });
    const serviceType = await app.owner.serviceType.create({ data: { tenantId: tenant.id, name: 'Tune-up', durationMinutes: 30, priceMinor: 100 } });
    const en = await customerWithSite(tenant.id);
    const fr = await customerWithSite(tenant.id, { locale: 'fr' });
    const quiet = await customerWithSite(tenant.id, { preferences: { bookingConfirmed: 'inApp' } });
    const job = (c: typeof en, start: string, status: 'scheduled' | 'cancelled' = 'scheduled') =>
      makeJob(app.owner, tenant.id, c.customer.id, { siteId: c.site.id, serviceTypeId: serviceType.id, start: new Date(start), minutes: 30, status, title: `Visit ${start}` });
    const first = await job(en, '2026-11-21T06:30:00Z'); // 00:30 tomorrow
    const last = await job(fr, '2026-11-22T05:30:00Z'); // 23:30 tomorrow
    await job(en, '2026-11-21T05:30:00Z'); // 23:30 today
    await job(fr, '2026-11-22T06:00:00Z'); // the day after tomorrow
    await job(quiet, '2026-11-21T16:00:00Z'); // emails switched off
    await job(en, '2026-11-21T17:00:00Z', 'cancelled');

    at('2026-11-20T13:00:00Z'); // 07:00 local: too early to send
    expect(await sendAppointmentReminders(deps, { tenantIds: [tenant.id] })).toBe(0);

    at('2026-11-20T15:00:00Z');
    const runs = await Promise.all([sendAppointmentReminders(deps, { tenantIds: [tenant.id] }), sendAppointmentReminders(deps, { tenantIds: [tenant.id] })]);
    expect(runs[0] + runs[1]).toBe(2);
    expect(await sendAppointmentReminders(deps, { tenantIds: [tenant.id] })).toBe(0);

    const mail = await app.owner.outboxEmail.findMany({ where: { tenantId: tenant.id }, orderBy: { toAddress: 'asc' } });
    expect(mail.map((m) => m.toAddress).sort()).toEqual([en.customer.email, fr.customer.email].sort());
    const english = mail.find((m) => m.toAddress === en.customer.email);
    expect(english?.subject).toBe(`Reminder: ${first.title} tomorrow, Saturday, November 21, 2026 at 12:30 AM`);
    expect(english?.text).toContain(`http://portal.test/${tenant.slug}/portal/jobs/${first.id}`);
    const french = mail.find((m) => m.toAddress === fr.customer.email);
    expect(french?.subject).toMatch(/^Rappel : .* demain, samedi 21 novembre 2026 .*23:30$/);
    expect(french?.text).toContain(`/portal/jobs/${last.id}`);
    const stamped = await app.owner.job.findMany({ where: { tenantId: tenant.id, reminderSentAt: { not: null } } });
    expect(stamped.map((j) => j.id).sort()).toEqual([first.id, last.id].sort());
    app.clock.now = new Date(TEST_START);
  });
});

describe('card-expiry reminders', () => {
  async function autopay(tenantId: string, customerId: string, card: { last4: string; expYear: number | null; expMonth: number | null; kind?: string }) {
    const agreement = await app.owner.serviceAgreement.create({
      data: { tenantId, customerId, name: 'Monthly filter plan', priceMinor: 2500, intervalMonths: 1, nextInvoiceOn: new Date('2026-12-20') },
    });
    await app.owner.agreementAutopay.create({
      data: {
        tenantId,
        agreementId: agreement.id,
        customerId,
        provider: 'sandbox',
        paymentMethodId: `pm_${card.last4}_${Math.random().toString(36).slice(2, 9)}`,
        kind: card.kind ?? 'card',
        brand: card.kind ? 'STRIPE TEST BANK' : 'Visa',
        last4: card.last4,
        expMonth: card.expMonth,
        expYear: card.expYear,
        enabledAt: new Date('2026-06-01T12:00:00Z'),
      },
    });
  }

  it('emails once, from the month before the card expires (tenant calendar), in the customer’s language; never for bank accounts, later cards or opted-out customers', async () => {
    const tenant = await makeTenant(app.owner, { timeZone: 'America/Chicago' });
    const marie = await customerWithSite(tenant.id, { locale: 'fr' });
    const later = await customerWithSite(tenant.id);
    const bank = await customerWithSite(tenant.id);
    const optedOut = await customerWithSite(tenant.id, { preferences: { invoiceIssued: 'none' } });
    await autopay(tenant.id, marie.customer.id, { last4: '4242', expYear: 2027, expMonth: 1 });
    await autopay(tenant.id, later.customer.id, { last4: '1111', expYear: 2027, expMonth: 3 });
    await autopay(tenant.id, bank.customer.id, { last4: '6789', expYear: null, expMonth: null, kind: 'us_bank_account' });
    await autopay(tenant.id, optedOut.customer.id, { last4: '5555', expYear: 2027, expMonth: 1 });
    const only = { tenantIds: [tenant.id] };

    at('2026-12-01T05:00:00Z'); // still 30 November, 23:00, in Chicago: two months before
    expect(await sendCardExpiryReminders(deps, only)).toBe(0);
    at('2026-12-01T15:00:00Z'); // 1 December, 09:00 local: the card expires at the end of January
    const runs = await Promise.all([sendCardExpiryReminders(deps, only), sendCardExpiryReminders(deps, only)]);
    expect(runs[0] + runs[1]).toBe(1);
    at('2027-01-10T15:00:00Z'); // its expiry month: already told
    expect(await sendCardExpiryReminders(deps, only)).toBe(0);

    const mail = await app.owner.outboxEmail.findMany({ where: { tenantId: tenant.id } });
    expect(mail.map((m) => [m.toAddress, m.subject])).toEqual([[marie.customer.email, 'Votre carte Visa •••• 4242 expire fin janvier 2027']]);
    expect(mail[0]!.text).toContain('/portal/settings');
    app.clock.now = new Date(TEST_START);
  });
});

describe('overdue-invoice reminders', () => {
  async function invoice(tenantId: string, customerId: string, dueDate: string, paidMinor = 0) {
    return app.owner.invoice.create({
      data: {
        tenantId,
        customerId,
        number: `INV-${Math.random().toString(36).slice(2, 9)}`,
        status: 'issued',
        currency: 'USD',
        issueDate: new Date('2026-11-01'),
        dueDate: new Date(dueDate),
        subtotalMinor: 15000,
        totalMinor: 15000,
        paidMinor,
      },
    });
  }

  it('sends at 1 and 7 days overdue (tenant calendar), once each, never for paid invoices or opted-out customers', async () => {
    const tenant = await makeTenant(app.owner, { timeZone: 'America/Chicago' });
    const anna = await customerWithSite(tenant.id);
    const optedOut = await customerWithSite(tenant.id, { preferences: { invoiceIssued: 'none' } });
    const due = await invoice(tenant.id, anna.customer.id, '2026-11-19');
    await invoice(tenant.id, anna.customer.id, '2026-11-19', 15000); // paid in full
    await invoice(tenant.id, optedOut.customer.id, '2026-11-19');
    const only = { tenantIds: [tenant.id] };

    // 2026-11-20T05:00Z is still the 19th, 23:00, in Chicago: not overdue yet.
    at('2026-11-20T05:00:00Z');
    expect(await sendOverdueInvoiceReminders(deps, only)).toBe(0);

    at('2026-11-20T15:00:00Z'); // the 20th, 09:00 local: 1 day overdue
    const runs = await Promise.all([sendOverdueInvoiceReminders(deps, only), sendOverdueInvoiceReminders(deps, only)]);
    expect(runs[0] + runs[1]).toBe(1);
    at('2026-11-25T15:00:00Z'); // 6 days: nothing new
    expect(await sendOverdueInvoiceReminders(deps, only)).toBe(0);
    at('2026-11-26T15:00:00Z'); // 7 days
    expect(await sendOverdueInvoiceReminders(deps, only)).toBe(1);
    expect(await sendOverdueInvoiceReminders(deps, only)).toBe(0);

    const mail = await app.owner.outboxEmail.findMany({ where: { tenantId: tenant.id }, orderBy: { createdAt: 'asc' } });
    expect(mail.map((m) => m.toAddress)).toEqual([anna.customer.email, anna.customer.email]);
    expect(mail[0]?.subject).toBe(`Invoice ${due.number} is overdue`);
    expect(mail[0]?.text).toContain('$150.00 is still to pay');
    expect(mail[0]?.text).toContain('(1 day ago)');
    expect(mail[1]?.text).toContain('(7 days ago)');
    expect(mail[0]?.text).toContain(`http://portal.test/${tenant.slug}/portal/invoices/${due.id}`);
    const stored = await app.owner.invoice.findFirstOrThrow({ where: { tenantId: tenant.id, id: due.id } });
    expect(stored.overdueReminders).toBe(2);
    app.clock.now = new Date(TEST_START);
  });
});

describe('housekeeping', () => {
  it('removes expired tokens and sessions, day-old unattached uploads with their files 35-day-old webhook event ids, day-old live events and notifications read 90 days ago; keeps the rest', async () => {
    const tenant = await makeTenant(app.owner);
    const { customer, account } = await makeCustomer(app.owner, tenant.id);
    if (!account) throw new Error('the factory made no portal account');
    const now = TEST_START.getTime();
    const hours = (h: number) => new Date(now + h * 3600_000);
    const session = (expiresAt: Date, revokedAt: Date | null = null) =>
      app.owner.session.create({ data: { tenantId: tenant.id, customerId: customer.id, portalAccountId: account.id, expiresAt, revokedAt, lastSeenAt: TEST_START } });
    const live = await session(hours(24));
    await session(hours(-1));
    await session(hours(24), hours(-25));
    const token = (expiresAt: Date) =>
      app.owner.oneTimeToken.create({ data: { tenantId: tenant.id, purpose: 'magic_link', tokenHash: Math.random().toString(36), customerId: customer.id, expiresAt } });
    const validToken = await token(hours(1));
    await token(hours(-1));
    const upload = async (createdAt: Date, consumed: boolean) => {
      const row = await app.owner.upload.create({
        data: {
          tenantId: tenant.id,
          customerId: customer.id,
          fileName: 'a.txt',
          storageKey: tenantKey(tenant.id, 'uploads', Math.random().toString(36).slice(2)),
          createdAt,
          consumedAt: consumed ? createdAt : null,
        },
      });
      await app.deps.storage.put(row.storageKey, new TextEncoder().encode('x'), 'text/plain');
      return row;
    };
    const stale = await upload(hours(-25), false);
    const recent = await upload(hours(-2), false);
    const attached = await upload(hours(-48), true);
    await app.owner.rateLimitBucket.create({ data: { key: `worker-test-${tenant.id}`, windowStart: hours(-48), count: 3 } });
    const event = (eventId: string, processedAt: Date) =>
      app.owner.paymentEvent.create({ data: { tenantId: tenant.id, provider: 'stripe', eventId, type: 'payment_intent.succeeded', processedAt } });
    await event('evt_old', hours(-36 * 24));
    await event('evt_recent', hours(-34 * 24));
    const liveEvent = (createdAt: Date) =>
      app.owner.liveEvent.create({ data: { tenantId: tenant.id, kind: 'invoices.changed', subjectType: 'invoice', subjectId: customer.id, createdAt } });
    const oldEvent = await liveEvent(hours(-25));
    const recentEvent = await liveEvent(hours(-23));
    const notice = (readAt: Date | null) =>
      app.owner.notification.create({ data: { tenantId: tenant.id, customerId: customer.id, kind: 'invoiceIssued', subjectType: 'invoice', subjectId: customer.id, readAt } });
    await notice(hours(-91 * 24));
    const readLately = await notice(hours(-89 * 24));
    const unread = await notice(null);

    const result = await runHousekeeping(deps, { tenantIds: [tenant.id] });
    expect(result).toMatchObject({ oneTimeTokens: 1, sessions: 2, uploads: 1, paymentEvents: 1, liveEvents: 1, notifications: 1 });
    expect((await app.owner.notification.findMany({ where: { tenantId: tenant.id } })).map((n) => n.id).sort()).toEqual([readLately.id, unread.id].sort());
    const kept = (await app.owner.liveEvent.findMany({ where: { tenantId: tenant.id } })).map((e) => e.id);
    expect(kept).toContain(recentEvent.id);
    expect(kept).not.toContain(oldEvent.id);
    expect(result.rateLimitBuckets).toBeGreaterThanOrEqual(1);
    expect((await app.owner.session.findMany({ where: { tenantId: tenant.id } })).map((s) => s.id)).toEqual([live.id]);
    expect((await app.owner.oneTimeToken.findMany({ where: { tenantId: tenant.id } })).map((t) => t.id)).toEqual([validToken.id]);
    expect((await app.owner.upload.findMany({ where: { tenantId: tenant.id } })).map((u) => u.id).sort()).toEqual([recent.id, attached.id].sort());
    expect(await app.deps.storage.exists(stale.storageKey)).toBe(false);
    expect(await app.deps.storage.exists(recent.storageKey)).toBe(true);
    expect(await app.owner.rateLimitBucket.count({ where: { key: `worker-test-${tenant.id}` } })).toBe(0);
    expect((await app.owner.paymentEvent.findMany({ where: { tenantId: tenant.id } })).map((e) => e.eventId)).toEqual(['evt_recent']);
  });
});

describe('recurring invoices', () => {
  it('the queued task calls the injected generator with the worker deps', async () => {
    const tenant = await makeTenant(app.owner);
    await app.owner.$executeRawUnsafe(`SELECT graphile_worker.add_job('recurring-invoices', '{}'::json, flags := ARRAY[$1])`, `tenant:${tenant.id}`);
    const calls: WorkerDeps[] = [];
    await app.drainJobs([tenant.id], {
      recurringInvoices: (d) => {
        calls.push(d);
        return Promise.resolve();
      },
    });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.owner).toBe(app.owner);
    expect(await queuedJobs(tenant.id, 'recurring-invoices')).toHaveLength(0);
  });
});
