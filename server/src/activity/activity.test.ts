// A customer's activity log as staff read it: sign-ins stay there (and out of the communications
// timeline), and every entry names the record it is about, with its id for the link.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromNewAddress, pageStatements, startTestApp, type TestApp } from '../test/app.js';
import { customerToken, makeAsset, makeAssetType, makeCustomer, makeCustomerRecords, makeJob, makeReview, makeTenant, signedInStaff } from '../test/factory.js';
import { hashPassword } from '../auth/passwords.js';

const PASSWORD = 'correct-horse-42';

let app: TestApp;
let passwordHash: string;
beforeAll(async () => {
  app = await startTestApp();
  // argon2 costs ~100 ms: one hash for the one account that signs in for real.
  passwordHash = await hashPassword(PASSWORD);
});
afterAll(() => app.close());

interface Subject {
  kind: string;
  id: string;
  name: string | null;
}
interface ActivityNode {
  action: string;
  actorName: string | null;
  subject: Subject | null;
}
interface TimelineNode {
  kind: string;
  summary: string;
  jobId: string | null;
  subject: Subject | null;
}

const ACTIVITY = 'query($id: ID!) { customer(id: $id) { activity(first: 50) { nodes { action actorName subject { kind id name } } } } }';
const TIMELINE = 'query($id: ID!) { communicationsTimeline(customerId: $id, first: 50) { nodes { kind summary jobId subject { kind id name } } } }';
const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { token } }';
const SET_STATUS = 'mutation($id: ID!, $status: JobStatus!) { setJobStatus(id: $id, status: $status) { id status } }';

async function activity(token: string, customerId: string): Promise<ActivityNode[]> {
  const res = await app.call<{ customer: { activity: { nodes: ActivityNode[] } } }>('admin', ACTIVITY, { id: customerId }, { token });
  expect(res.errors).toBeUndefined();
  return res.data!.customer.activity.nodes;
}

async function timeline(token: string, customerId: string): Promise<TimelineNode[]> {
  const res = await app.call<{ communicationsTimeline: { nodes: TimelineNode[] } }>('admin', TIMELINE, { id: customerId }, { token });
  expect(res.errors).toBeUndefined();
  return res.data!.communicationsTimeline.nodes;
}

/** A business with a customer who has a portal password, their records, and a scheduled job. */
async function business() {
  const tenant = await makeTenant(app.owner);
  const { customer, account } = await makeCustomer(app.owner, tenant.id, { passwordHash });
  const records = await makeCustomerRecords(app.owner, tenant.id, customer.id);
  const job = await makeJob(app.owner, tenant.id, customer.id, {
    siteId: records.site.id,
    serviceTypeId: records.job.serviceTypeId,
    start: new Date('2026-11-25T15:00:00Z'),
    title: 'Boiler inspection',
  });
  const { staff, token } = await signedInStaff(app, tenant.id, 'dispatcher');
  return { tenant, customer, account, records, job, staff, token };
}

describe('sign-ins', () => {
  it('are in the customer’s activity log but not in their communications timeline, where a job status change is, named', async () => {
    const me = await business();
    // Signing in for real, once wrongly, then signing out: each is logged by the auth flows.
    const address = fromNewAddress();
    const failed = await app.call('portal', LOGIN, { input: { tenantSlug: me.tenant.slug, email: me.customer.email, password: 'wrong-password-1' } }, address);
    expect(failed.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const login = await app.call<{ login: { token: string } }>('portal', LOGIN, { input: { tenantSlug: me.tenant.slug, email: me.customer.email, password: PASSWORD } }, address);
    expect(login.errors).toBeUndefined();
    expect((await app.call('portal', 'mutation { logout }', {}, { token: login.data!.login.token })).errors).toBeUndefined();
    // The office moves the job on.
    const moved = await app.call('admin', SET_STATUS, { id: me.job.id, status: 'in_progress' }, { token: me.token });
    expect(moved.errors).toBeUndefined();

    const log = await activity(me.token, me.customer.id);
    expect(log.map((e) => e.action)).toEqual(expect.arrayContaining(['auth.login_failed', 'auth.login', 'auth.logout', 'job.status_changed']));
    const statusChange = log.find((e) => e.action === 'job.status_changed');
    expect(statusChange).toEqual({ action: 'job.status_changed', actorName: me.staff.name, subject: { kind: 'job', id: me.job.id, name: 'Boiler inspection' } });
    expect(log.find((e) => e.action === 'auth.login')).toMatchObject({ actorName: me.customer.name, subject: null });

    const entries = await timeline(me.token, me.customer.id);
    const actions = entries.filter((e) => e.kind === 'activity').map((e) => e.summary);
    expect(actions).toContain('job.status_changed');
    expect(actions.filter((a) => a.startsWith('auth.log'))).toEqual([]);
    expect(entries.find((e) => e.summary === 'job.status_changed')).toMatchObject({ jobId: me.job.id, subject: { kind: 'job', id: me.job.id, name: 'Boiler inspection' } });
  });

  it('asking for a sign-in link is not in the timeline either, and a logged call there has no subject', async () => {
    const me = await business();
    await app.owner.activityLog.createMany({
      data: ['auth.magic_link_requested', 'auth.login_magic_link', 'auth.session_revoked', 'profile.updated'].map((action, i) => ({
        tenantId: me.tenant.id,
        actorType: 'customer' as const,
        actorId: me.customer.id,
        customerId: me.customer.id,
        action,
        createdAt: new Date(Date.UTC(2026, 10, 10, 9, i)),
      })),
    });
    await app.owner.communication.create({
      data: {
        tenantId: me.tenant.id,
        customerId: me.customer.id,
        staffUserId: me.staff.id,
        jobId: me.job.id,
        channel: 'call',
        direction: 'inbound',
        summary: 'Asked about the visit.',
        occurredAt: new Date('2026-11-11T09:00:00Z'),
      },
    });
    const entries = await timeline(me.token, me.customer.id);
    expect(entries.map((e) => [e.kind, e.summary, e.subject])).toEqual([
      ['call', 'Asked about the visit.', null],
      ['activity', 'profile.updated', null],
    ]);
    expect((await activity(me.token, me.customer.id)).map((e) => e.action)).toEqual([
      'profile.updated',
      'auth.session_revoked',
      'auth.login_magic_link',
      'auth.magic_link_requested',
    ]);
  });
});

describe('what an activity entry is about', () => {
  it('names each record by what staff know it as: invoice number, document and job titles, address, item, request, review, logged call', async () => {
    const me = await business();
    const { records } = me;
    const draft = await app.owner.invoice.create({
      data: { tenantId: me.tenant.id, customerId: me.customer.id, status: 'draft', currency: 'USD', subtotalMinor: 0, taxMinor: 0, totalMinor: 0 },
    });
    const type = await makeAssetType(app.owner, me.tenant.id, { en: 'Furnace' });
    const asset = await makeAsset(app.owner, me.tenant.id, me.customer.id, type.id, { name: 'Basement furnace' });
    const gone = await makeAsset(app.owner, me.tenant.id, me.customer.id, type.id, { name: 'Old boiler' });
    const request = await app.owner.serviceRequest.create({
      data: { tenantId: me.tenant.id, customerId: me.customer.id, description: `The heat pump makes a grinding noise ${'every morning '.repeat(8)}`, urgency: 'normal' },
    });
    const review = await makeReview(app.owner, records.job);
    const reviewedJob = await app.owner.job.findUniqueOrThrow({ where: { tenantId_id: { tenantId: me.tenant.id, id: review.jobId } } });
    const call = await app.owner.communication.create({
      data: {
        tenantId: me.tenant.id,
        customerId: me.customer.id,
        staffUserId: me.staff.id,
        channel: 'call',
        direction: 'inbound',
        summary: 'Called about the invoice.',
        occurredAt: new Date('2026-11-01T09:00:00Z'),
      },
    });
    const entries: [string, string][] = [
      ['invoice.paid', records.invoice.id],
      ['invoice.created', draft.id],
      ['document.shared', records.sharedDocument.id],
      ['site.updated', records.site.id],
      ['asset.updated', asset.id],
      ['asset.deleted', gone.id],
      ['request.submitted', request.id],
      ['review.published', review.id],
      ['communication.logged', call.id],
      ['job.notes_updated', records.job.id],
    ];
    await app.owner.activityLog.createMany({
      data: entries.map(([action, subjectId], i) => ({
        tenantId: me.tenant.id,
        actorType: 'staff' as const,
        actorId: me.staff.id,
        customerId: me.customer.id,
        action,
        subjectId,
        createdAt: new Date(Date.UTC(2026, 10, 1, 10, 59 - i)),
      })),
    });
    await app.owner.asset.delete({ where: { tenantId_id: { tenantId: me.tenant.id, id: gone.id } } });

    app.statements.length = 0;
    const subjects = (await activity(me.token, me.customer.id)).map((e) => [e.action, e.subject]);
    expect(subjects).toEqual([
      ['invoice.paid', { kind: 'invoice', id: records.invoice.id, name: records.invoice.number }],
      ['invoice.created', { kind: 'invoice', id: draft.id, name: null }],
      ['document.shared', { kind: 'document', id: records.sharedDocument.id, name: 'Service report' }],
      ['site.updated', { kind: 'site', id: records.site.id, name: 'Home' }],
      ['asset.updated', { kind: 'asset', id: asset.id, name: 'Basement furnace' }],
      // Deleted since: nothing left to name or link to.
      ['asset.deleted', null],
      ['request.submitted', { kind: 'request', id: request.id, name: 'The heat pump makes a grinding noise every morning every morning every morning…' }],
      ['review.published', { kind: 'review', id: review.id, name: reviewedJob.title }],
      ['communication.logged', { kind: 'communication', id: call.id, name: 'Called about the invoice.' }],
      ['job.notes_updated', { kind: 'job', id: records.job.id, name: 'Furnace tune-up' }],
    ]);
    // Named in the page's one statement, however many entries and kinds of record it holds
    // (customers/customer-page.ts).
    expect(pageStatements(app.statements)).toHaveLength(1);
  });

  it('names nothing of another business, even when a log entry points at its record', async () => {
    const me = await business();
    const elsewhere = await business();
    await app.owner.activityLog.create({
      data: { tenantId: me.tenant.id, actorType: 'staff', actorId: me.staff.id, customerId: me.customer.id, action: 'job.status_changed', subjectId: elsewhere.job.id },
    });
    const [entry] = await activity(me.token, me.customer.id);
    expect(entry).toMatchObject({ action: 'job.status_changed', subject: null });
  });

  it('technicians and customers cannot read the log or its subjects', async () => {
    const me = await business();
    const { token: technician } = await signedInStaff(app, me.tenant.id, 'technician');
    const asTechnician = await app.call('admin', ACTIVITY, { id: me.customer.id }, { token: technician });
    expect(asTechnician.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(asTechnician.data?.customer ?? null).toBeNull();
    const { token: customer } = await customerToken(app, { id: me.account!.id, tenantId: me.tenant.id, customerId: me.customer.id });
    const asCustomer = await app.call('admin', ACTIVITY, { id: me.customer.id }, { token: customer });
    expect(asCustomer.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
