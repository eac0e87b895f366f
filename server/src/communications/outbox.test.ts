import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/app.js';
import { makeTenant, signedInStaff } from '../test/factory.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const OUTBOX =
  'query($first: Int, $after: String) { devOutbox(first: $first, after: $after) { nodes { id to subject text createdAt sentAt } pageInfo { hasNextPage endCursor } } }';

interface Page {
  devOutbox: { nodes: { id: string; to: string; subject: string; text: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

async function emailsOf(tenantId: string, subjects: string[]) {
  for (const [i, subject] of subjects.entries()) {
    await app.owner.outboxEmail.create({
      data: { tenantId, toAddress: `to${i}@example.com`, subject, text: `Open https://example.test/${i}`, createdAt: new Date(Date.UTC(2026, 10, 10 + i, 9)) },
    });
  }
}

describe('dev outbox', () => {
  it("lists the business's own emails newest first, page by page, with their text", async () => {
    const tenant = await makeTenant(app.owner);
    const other = await makeTenant(app.owner);
    await emailsOf(tenant.id, ['first', 'second', 'third']);
    await emailsOf(other.id, ['someone else’s invitation']);
    const { token } = await signedInStaff(app, tenant.id, 'admin');

    const one = await app.call<Page>('admin', OUTBOX, { first: 2 }, { token });
    expect(one.errors).toBeUndefined();
    expect(one.data?.devOutbox.nodes.map((n) => n.subject)).toEqual(['third', 'second']);
    expect(one.data?.devOutbox.nodes[0]).toMatchObject({ to: 'to2@example.com', text: 'Open https://example.test/2' });
    expect(one.data?.devOutbox.pageInfo.hasNextPage).toBe(true);

    const two = await app.call<Page>('admin', OUTBOX, { first: 2, after: one.data?.devOutbox.pageInfo.endCursor }, { token });
    expect(two.data?.devOutbox.nodes.map((n) => n.subject)).toEqual(['first']);
    expect(two.data?.devOutbox.pageInfo.hasNextPage).toBe(false);
  });

  it('is FORBIDDEN to technicians and dispatchers and asks anonymous callers to sign in', async () => {
    const tenant = await makeTenant(app.owner);
    await emailsOf(tenant.id, ['reset link']);
    for (const role of ['technician', 'dispatcher'] as const) {
      const { token } = await signedInStaff(app, tenant.id, role);
      const res = await app.call<Page>('admin', OUTBOX, {}, { token });
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(res.data?.devOutbox).toBeUndefined();
    }
    const anonymous = await app.call<Page>('admin', OUTBOX, {});
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('is refused once a real SMTP server delivers the emails (they hold live sign-in links)', async () => {
    const smtpApp = await startTestApp({ smtpUrl: 'smtp://127.0.0.1:1?ignoreTLS=true' });
    try {
      const tenant = await makeTenant(smtpApp.owner);
      const { token } = await signedInStaff(smtpApp, tenant.id, 'owner');
      const res = await smtpApp.call<Page>('admin', OUTBOX, {}, { token });
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    } finally {
      await smtpApp.close();
    }
  });
});
