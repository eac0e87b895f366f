// The audit log (issue 22): every successful mutation of staff and customers recorded once (a failed
// one records nothing), sign-ins and document accesses in it too; owners and admins search, page and
// export it as CSV; nobody of the application changes or removes an entry; retention prunes only
// what is past the business's setting, of that business only; other roles and businesses see nothing.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setScope, type RlsScope } from '../db/rls.js';
import { hashPassword } from '../auth/passwords.js';
import { fromNewAddress, startTestApp, type TestApp } from '../test/app.js';
import { customerToken, makeCustomer, makeDispatchWorld, signedInStaff } from '../test/factory.js';
import { pruneAuditLogs } from './audit-retention.task.js';

let app: TestApp;
let passwordHash: string;
const PASSWORD = 'correct-horse-42';
beforeAll(async () => {
  app = await startTestApp();
  passwordHash = await hashPassword(PASSWORD);
});
afterAll(() => app.close());

const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const from = (ip: string) => ({ headers: { 'x-forwarded-for': ip, 'user-agent': CHROME } });

interface Entry {
  source: string;
  action: string;
  actorType: string;
  actorId: string | null;
  actorName: string | null;
  contactId: string | null;
  contactName: string | null;
  customerId: string | null;
  subjectType: string | null;
  subjectId: string | null;
  subjectLabel: string | null;
  ip: string | null;
  userAgent: string | null;
  at: string;
}
const AUDIT = `query($filter: AuditLogFilter, $first: Int, $after: String) { auditLog(filter: $filter, first: $first, after: $after) {
  nodes { source action actorType actorId actorName contactId contactName customerId subjectType subjectId subjectLabel ip userAgent at }
  pageInfo { hasNextPage endCursor } } }`;
type Page = { auditLog: { nodes: Entry[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

async function audit(token: string, filter: Record<string, unknown> = {}, first = 100, after?: string | null) {
  const res = await app.call<Page>('admin', AUDIT, { filter, first, after }, { token });
  expect(res.errors).toBeUndefined();
  return res.data!.auditLog;
}

/** A business with an owner, admin, dispatcher, technicians and a signed-in customer (and their contact). */
async function business() {
  const w = await makeDispatchWorld(app);
  const owner = await signedInStaff(app, w.tenantId, 'owner');
  const account = await app.owner.portalAccount.findFirstOrThrow({ where: { tenantId: w.tenantId, customerId: w.me.customer.id } });
  return { ...w, owner, account };
}

describe('recording', () => {
  it("a staff mutation a service names is recorded once, under the service's name, about the object it returned", async () => {
    const b = await business();
    const res = await app.call(
      'admin',
      'mutation($id: ID!, $input: UpdateCustomerInput!) { updateCustomer(id: $id, input: $input) { id } }',
      { id: b.me.customer.id, input: { name: 'Ada Lovelace' } },
      { token: b.owner.token, ...from('203.0.113.20') },
    );
    expect(res.errors).toBeUndefined();
    const rows = await app.owner.activityLog.findMany({ where: { tenantId: b.tenantId, actorId: b.owner.staff.id } });
    expect(rows).toEqual([
      expect.objectContaining({
        action: 'customer.updated',
        actorType: 'staff',
        customerId: b.me.customer.id,
        subjectType: 'Customer',
        subjectId: b.me.customer.id,
        subjectLabel: 'Ada Lovelace',
        ip: '203.0.113.20',
        userAgent: CHROME,
      }),
    ]);
  });

  it('a staff mutation no service names is recorded once under its own name, with what it returned', async () => {
    const b = await business();
    const res = await app.call<{ saveCannedReply: { id: string } }>(
      'admin',
      'mutation($input: CannedReplyInput!) { saveCannedReply(input: $input) { id } }',
      { input: { title: 'Running late', bodies: [{ locale: 'en', text: 'We are running a little late.' }] } },
      { token: b.owner.token, ...from('203.0.113.21') },
    );
    expect(res.errors).toBeUndefined();
    const rows = await app.owner.activityLog.findMany({ where: { tenantId: b.tenantId, actorId: b.owner.staff.id } });
    expect(rows).toEqual([
      expect.objectContaining({
        action: 'saveCannedReply',
        actorType: 'staff',
        subjectType: 'CannedReply',
        subjectId: res.data!.saveCannedReply.id,
        subjectLabel: 'Running late',
        ip: '203.0.113.21',
      }),
    ]);
    const log = await audit(b.owner.token, { action: 'saveCannedReply' });
    expect(log.nodes).toEqual([expect.objectContaining({ actorName: b.owner.staff.name, subjectLabel: 'Running late', source: 'ACTIVITY' })]);
  });

  it("a service's named entry about the returned object takes its type and name", async () => {
    const b = await business();
    const res = await app.call<{ createServiceType: { id: string } }>(
      'admin',
      'mutation($input: ServiceTypeInput!) { createServiceType(input: $input) { id } }',
      { input: { name: 'Chimney sweep', durationMinutes: 60, priceMinor: 9900 } },
      { token: b.owner.token },
    );
    expect(res.errors).toBeUndefined();
    const rows = await app.owner.activityLog.findMany({ where: { tenantId: b.tenantId, actorId: b.owner.staff.id } });
    expect(rows).toEqual([
      expect.objectContaining({ action: 'booking.rules_updated', subjectType: 'AdminServiceType', subjectId: res.data!.createServiceType.id, subjectLabel: 'Chimney sweep' }),
    ]);
  });

  it("a customer's mutation is recorded once with the contact who acted", async () => {
    const b = await business();
    const res = await app.call(
      'portal',
      'mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { name } }',
      { input: { phone: '+1 555 0100' } },
      { token: b.me.token, ...from('198.51.100.30') },
    );
    expect(res.errors).toBeUndefined();
    const rows = await app.owner.activityLog.findMany({ where: { tenantId: b.tenantId, actorId: b.me.customer.id } });
    expect(rows).toEqual([
      expect.objectContaining({ action: 'profile.updated', actorType: 'customer', customerId: b.me.customer.id, contactId: b.account.id, ip: '198.51.100.30' }),
    ]);
    const [entry] = (await audit(b.owner.token, { personId: b.account.id })).nodes;
    expect(entry).toMatchObject({ action: 'profile.updated', actorType: 'customer', actorName: b.me.customer.name, contactId: b.account.id, contactName: b.account.name });
  });

  it('a failed mutation records nothing and changes nothing', async () => {
    const b = await business();
    const res = await app.call(
      'admin',
      'mutation($input: TenantSettingsInput!) { updateTenantSettings(input: $input) { auditRetentionDays } }',
      { input: { auditRetentionDays: 29 } },
      { token: b.owner.token },
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'auditRetentionDays', reason: 'OUT_OF_RANGE' });
    expect(await app.owner.activityLog.count({ where: { tenantId: b.tenantId, actorId: b.owner.staff.id } })).toBe(0);
    expect((await app.owner.tenant.findUniqueOrThrow({ where: { id: b.tenantId } })).auditRetentionDays).toBe(1095);
    // The setting itself, in bounds, is saved and recorded once.
    const saved = await app.call<{ updateTenantSettings: { auditRetentionDays: number } }>(
      'admin',
      'mutation($input: TenantSettingsInput!) { updateTenantSettings(input: $input) { auditRetentionDays } }',
      { input: { auditRetentionDays: 90 } },
      { token: b.owner.token },
    );
    expect(saved.data?.updateTenantSettings.auditRetentionDays).toBe(90);
    expect(await app.owner.activityLog.count({ where: { tenantId: b.tenantId, actorId: b.owner.staff.id } })).toBe(1);
  });

  it('sign-ins, failed and successful, are recorded once each', async () => {
    const b = await business();
    const { customer, account } = await makeCustomer(app.owner, b.tenantId, { passwordHash });
    const tenant = await app.owner.tenant.findUniqueOrThrow({ where: { id: b.tenantId } });
    const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { token } }';
    const address = fromNewAddress();
    const failed = await app.call('portal', LOGIN, { input: { tenantSlug: tenant.slug, email: customer.email, password: 'wrong-password-1' } }, address);
    expect(failed.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const ok = await app.call<{ login: { token: string } }>('portal', LOGIN, { input: { tenantSlug: tenant.slug, email: customer.email, password: PASSWORD } }, address);
    expect(ok.errors).toBeUndefined();
    expect((await app.call('portal', 'mutation { logout }', {}, { token: ok.data!.login.token })).errors).toBeUndefined();
    const actions = (await audit(b.owner.token, { personId: customer.id })).nodes.map((e) => e.action);
    expect(actions.sort()).toEqual(['auth.login', 'auth.login_failed', 'auth.logout']);
    // The contact who signed in and out is named too (a wrong password names nobody yet).
    const byContact = (await audit(b.owner.token, { personId: account!.id })).nodes.map((e) => e.action);
    expect(byContact.sort()).toEqual(['auth.login', 'auth.logout']);
  });

  it('document downloads are in the log once: the office’s from the access log, the customer’s from the activity log', async () => {
    const b = await business();
    const upload = await app.call<{ createDocumentUpload: { uploadId: string; uploadUrl: string } }>(
      'admin',
      'mutation { createDocumentUpload(fileName: "warranty.pdf") { uploadId uploadUrl } }',
      {},
      { token: b.owner.token },
    );
    expect((await fetch(`${app.url}${upload.data!.createDocumentUpload.uploadUrl}`, { method: 'PUT', body: Buffer.from('%PDF-1.4\nwarranty\n%%EOF\n') })).status).toBe(200);
    const created = await app.call<{ createDocument: { id: string } }>(
      'admin',
      'mutation($input: CreateDocumentInput!) { createDocument(input: $input) { id } }',
      { input: { uploadId: upload.data!.createDocumentUpload.uploadId, customerId: b.me.customer.id, kind: 'warranty', title: 'Furnace warranty', shared: true } },
      { token: b.owner.token },
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createDocument.id;
    for (const [endpoint, token] of [
      ['admin', b.owner.token],
      ['portal', b.me.token],
    ] as const) {
      const link = await app.call<{ document: { downloadUrl: string } }>(endpoint, 'query($id: ID!) { document(id: $id) { downloadUrl } }', { id }, { token });
      app.clock.now = new Date(app.clock.now.getTime() + 60_000);
      expect((await fetch(`${app.url}${link.data!.document.downloadUrl}`, from('192.0.2.40'))).status).toBe(200);
    }
    const entries = (await audit(b.owner.token, { subjectId: id })).nodes;
    const listed = entries.map((e) => [e.source, e.action, e.actorType]);
    expect(listed.slice(0, 2)).toEqual([
      ['ACTIVITY', 'document.downloaded', 'customer'],
      ['DOCUMENT_ACCESS', 'document.downloaded', 'staff'],
    ]);
    // Filed and shared in one request (the same instant): the upload and the sharing are not listed again from the access log.
    expect(listed.slice(2).sort()).toEqual([
      ['ACTIVITY', 'document.added', 'staff'],
      ['ACTIVITY', 'document.shared', 'staff'],
    ]);
    expect(entries.every((e) => e.subjectType === 'Document' && e.subjectLabel === 'Furnace warranty')).toBe(true);
  });
});

describe('reading', () => {
  /** A business with entries at known times: two staff members, a customer, a few kinds. */
  async function seeded() {
    const b = await business();
    const tenant = await app.owner.tenant.findUniqueOrThrow({ where: { id: b.tenantId } });
    const other = await signedInStaff(app, b.tenantId, 'admin');
    const invoiceId = randomUUID();
    const rows = [
      {
        actorType: 'staff' as const,
        actorId: b.owner.staff.id,
        action: 'invoice.issued',
        subjectType: 'Invoice',
        subjectId: invoiceId,
        subjectLabel: 'INV-0042',
        createdAt: new Date('2026-11-02T10:00:00Z'),
      },
      {
        actorType: 'staff' as const,
        actorId: b.owner.staff.id,
        action: 'invoice.voided',
        subjectType: 'Invoice',
        subjectId: invoiceId,
        subjectLabel: 'INV-0042',
        createdAt: new Date('2026-11-03T10:00:00Z'),
      },
      {
        actorType: 'staff' as const,
        actorId: other.staff.id,
        action: 'updateMeter',
        subjectType: 'Meter',
        subjectId: randomUUID(),
        subjectLabel: '=cmd|calc',
        createdAt: new Date('2026-11-04T10:00:00Z'),
      },
      {
        actorType: 'customer' as const,
        actorId: b.me.customer.id,
        customerId: b.me.customer.id,
        contactId: b.account.id,
        action: 'profile.updated',
        subjectLabel: 'Café, "crème"',
        createdAt: new Date('2026-11-05T10:00:00Z'),
      },
    ];
    await app.owner.activityLog.createMany({ data: rows.map((r) => ({ tenantId: b.tenantId, ip: '203.0.113.9', userAgent: CHROME, ...r })) });
    return { ...b, tenant, other, invoiceId };
  }

  it('filters by person, kind, object type and id, days in the business zone and words of the object, and pages through', async () => {
    const s = await seeded();
    const actions = async (filter: Record<string, unknown>) => (await audit(s.owner.token, filter)).nodes.map((e) => e.action);
    expect(await actions({ personId: s.owner.staff.id })).toEqual(['invoice.voided', 'invoice.issued']);
    expect(await actions({ personId: s.me.customer.id })).toEqual(['profile.updated']);
    expect(await actions({ action: 'invoice.' })).toEqual(['invoice.voided', 'invoice.issued']);
    expect(await actions({ action: 'invoice.issued' })).toEqual(['invoice.issued']);
    expect(await actions({ action: 'invoice' })).toEqual([]);
    expect(await actions({ subjectType: 'Meter' })).toEqual(['updateMeter']);
    expect(await actions({ subjectId: s.invoiceId })).toEqual(['invoice.voided', 'invoice.issued']);
    expect(await actions({ search: 'inv-00' })).toEqual(['invoice.voided', 'invoice.issued']);
    expect(await actions({ search: '%' })).toEqual([]);
    // Days are the business's: 10:00 UTC on the 3rd is the 3rd from UTC−12 to UTC+13.
    expect(await actions({ from: '2026-11-03', to: '2026-11-04' })).toEqual(['updateMeter', 'invoice.voided']);
    const zoned = await app.owner.$queryRaw<{ n: number }[]>`SELECT extract(day FROM ${new Date('2026-11-03T10:00:00Z')}::timestamptz AT TIME ZONE ${s.tenant.timeZone})::int AS n`;
    expect(zoned[0]!.n).toBe(3);
    const bad = await app.call('admin', AUDIT, { filter: { from: '2026-11-05', to: '2026-11-01' } }, { token: s.owner.token });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_RANGE' });

    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await audit(s.owner.token, {}, 2, after);
      seen.push(...page.nodes.map((e) => e.action));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(['profile.updated', 'updateMeter', 'invoice.voided', 'invoice.issued']);
  });

  it('exports the filtered log as CSV: BOM, quoted cells, formulas kept as text, times in the business zone', async () => {
    const s = await seeded();
    const url = await app.call<{ auditLogCsvUrl: string }>(
      'admin',
      'query($filter: AuditLogFilter) { auditLogCsvUrl(filter: $filter) }',
      { filter: { from: '2026-11-04' } },
      { token: s.owner.token },
    );
    expect(url.errors).toBeUndefined();
    const res = await fetch(`${app.url}${url.data!.auditLogCsvUrl}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toContain('attachment');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.subarray(3).toString('utf8'));
    expect(rows[0]).toEqual([
      'Time',
      'Time zone',
      'Actor type',
      'Actor',
      'Actor id',
      'Contact',
      'Action',
      'Object type',
      'Object',
      'Object id',
      'IP address',
      'User agent',
      'Source',
    ]);
    expect(rows.slice(1).map((r) => [r[6], r[8]])).toEqual([
      ['profile.updated', 'Café, "crème"'],
      ['updateMeter', "'=cmd|calc"],
    ]);
    const zoned = new Intl.DateTimeFormat('sv-SE', { timeZone: s.tenant.timeZone, dateStyle: 'short', timeStyle: 'medium' }).format(new Date('2026-11-05T10:00:00Z'));
    expect(rows[1]![0]).toBe(zoned);
    expect(rows[1]![5]).toBe(s.account.name);
    // The link cannot be turned towards another filter: it signs the one it was given.
    const tampered = url.data!.auditLogCsvUrl.replace(/audit-log-csv\/[^?]+/, 'audit-log-csv/e30');
    expect((await fetch(`${app.url}${tampered}`)).status).toBe(404);
  });

  it('technicians, dispatchers, customers and other businesses cannot read it', async () => {
    const s = await seeded();
    for (const token of [s.tokens.dispatcher, s.tokens.tech1]) {
      for (const query of [AUDIT, 'query { auditLogCsvUrl }']) {
        const res = await app.call('admin', query, {}, { token });
        expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        expect(res.data ?? null).toBeNull();
      }
    }
    const asCustomer = await app.call('admin', AUDIT, {}, { token: (await customerToken(app, { id: s.account.id, tenantId: s.tenantId, customerId: s.me.customer.id })).token });
    expect(asCustomer.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const elsewhere = await business();
    expect((await audit(elsewhere.owner.token, { personId: s.owner.staff.id })).nodes).toEqual([]);
    expect((await audit(elsewhere.owner.token)).nodes.filter((e) => e.actorId === s.owner.staff.id || e.subjectId === s.invoiceId)).toEqual([]);
    // The admin role reads it.
    expect((await audit(s.other.token, { action: 'invoice.' })).nodes).toHaveLength(2);
  });
});

describe('immutability and retention', () => {
  it('no role of the application updates or deletes an entry, whatever its scope', async () => {
    const s = await business();
    const [row] = await app.owner.activityLog.createManyAndReturn({
      data: [{ tenantId: s.tenantId, actorType: 'staff', actorId: s.owner.staff.id, action: 'invoice.issued', ip: '203.0.113.1' }],
    });
    const scopes: RlsScope[] = [
      { tenantId: s.tenantId, role: 'staff', staffId: s.owner.staff.id, staffRole: 'owner' },
      { tenantId: s.tenantId, role: 'system' },
      { tenantId: s.tenantId, role: 'customer', customerId: s.me.customer.id, contactRights: '*' },
    ];
    for (const scope of scopes) {
      const attempt = (sql: 'update' | 'delete') =>
        app.db.$transaction(async (tx) => {
          await setScope(tx, scope);
          return sql === 'update'
            ? tx.$executeRaw`UPDATE activity_logs SET ip = '10.0.0.1' WHERE tenant_id = ${s.tenantId}::uuid AND id = ${row!.id}::uuid`
            : tx.$executeRaw`DELETE FROM activity_logs WHERE tenant_id = ${s.tenantId}::uuid AND id = ${row!.id}::uuid`;
        });
      await expect(attempt('update')).rejects.toThrow(/permission denied/);
      await expect(attempt('delete')).rejects.toThrow(/permission denied/);
    }
    // The erasure's one allowed change (where a customer acted from) is background work's only.
    for (const scope of scopes.filter((each) => each.role !== 'system')) {
      const erase = app.db.$transaction(async (tx) => {
        await setScope(tx, scope);
        return tx.$executeRaw`SELECT app_erase_audit_identity(${s.me.customer.id}::uuid)`;
      });
      await expect(erase).rejects.toThrow(/system scope/);
    }
    expect(await app.owner.activityLog.findUniqueOrThrow({ where: { tenantId_id: { tenantId: s.tenantId, id: row!.id } } })).toMatchObject({ ip: '203.0.113.1' });
  });

  it("retention removes only entries past the business's setting, of that business only", async () => {
    const a = await business();
    const b = await business();
    await app.owner.tenant.update({ where: { id: a.tenantId }, data: { auditRetentionDays: 30 } });
    const now = app.clock.now;
    const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);
    for (const t of [a, b]) {
      await app.owner.activityLog.createMany({
        data: [31, 29, 400].map((n) => ({ tenantId: t.tenantId, actorType: 'staff' as const, actorId: t.owner.staff.id, action: `old.${n}`, createdAt: daysAgo(n) })),
      });
    }
    const pruned = await pruneAuditLogs({ ...app.deps, owner: app.owner }, { tenantIds: [a.tenantId, b.tenantId] });
    expect(pruned).toBe(2);
    const left = async (tenantId: string) =>
      (await app.owner.activityLog.findMany({ where: { tenantId, action: { startsWith: 'old.' } }, orderBy: { action: 'asc' } })).map((r) => r.action);
    expect(await left(a.tenantId)).toEqual(['old.29']);
    expect(await left(b.tenantId)).toEqual(['old.29', 'old.31', 'old.400']);
  });
});

/** RFC 4180: quoted cells, doubled quotes, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}
