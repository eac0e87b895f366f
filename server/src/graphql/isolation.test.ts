// Two tenants with two customers each: nobody reaches another customer's or another tenant's
// rows, by list or by id, and a foreign id is answered exactly like a missing one.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/app.js';
import { customerToken, makeAssetType, makeCustomer, makeCustomerRecords, makeStaff, makeTenant, staffToken } from '../test/factory.js';

let app: TestApp;

interface World {
  tenantId: string;
  customers: { token: string; customerId: string; records: Awaited<ReturnType<typeof makeCustomerRecords>> & DealerRecords & ContractorRecords & { threadId: string } }[];
  staffToken: string;
}

const worlds: World[] = [];

/** An equipment dealer's records of one customer: a copier with a meter, its contract and a supply order. */
interface DealerRecords {
  meterId: string;
  contractId: string;
  supplyOrderId: string;
}

async function makeDealerRecords(tenantId: string, customerId: string, assetTypeId: string): Promise<DealerRecords> {
  const asset = await app.owner.asset.create({ data: { tenantId, customerId, assetTypeId, name: 'Copier', model: 'C250i', serialNumber: randomUUID() } });
  const meter = await app.owner.meter.create({ data: { tenantId, customerId, assetId: asset.id, kind: 'BLACK', label: 'Black pages' } });
  const contract = await app.owner.meterContract.create({
    data: { tenantId, customerId, assetId: asset.id, number: `MC-${randomUUID().slice(0, 8)}`, startsOn: new Date('2026-01-01') },
  });
  const order = await app.owner.supplyOrder.create({
    data: { tenantId, customerId, assetId: asset.id, number: `SO-${randomUUID().slice(0, 8)}`, deliveryName: 'Office', deliveryLine1: '1 Main St', deliveryCity: 'Chicago' },
  });
  return { meterId: meter.id, contractId: contract.id, supplyOrderId: order.id };
}

/** A contractor's records of one customer (issue 20): a project, a quote sent to them, and a document awaiting their signature. */
interface ContractorRecords {
  projectId: string;
  quoteId: string;
  signingRequestId: string;
}

async function makeContractorRecords(tenantId: string, customerId: string, documentId: string): Promise<ContractorRecords> {
  const project = await app.owner.project.create({
    data: { tenantId, customerId, name: 'Kitchen remodel', status: 'in_progress', currency: 'USD', startDate: new Date('2026-11-02'), targetEndDate: new Date('2027-01-29') },
  });
  const sentAt = new Date('2026-11-10T15:00:00Z');
  const quote = await app.owner.quote.create({
    data: { tenantId, customerId, number: `Q-${randomUUID().slice(0, 8)}`, status: 'sent', currency: 'USD', sentVersion: 1, sentAt },
  });
  await app.owner.quoteVersion.create({ data: { tenantId, quoteId: quote.id, version: 1, title: 'New furnace', validUntil: new Date('2026-12-31'), sentAt } });
  const signing = await app.owner.signingRequest.create({
    data: { tenantId, customerId, kind: 'DOCUMENT', subjectId: documentId, documentId, title: 'Service agreement', originalSha256: 'a'.repeat(64) },
  });
  return { projectId: project.id, quoteId: quote.id, signingRequestId: signing.id };
}

async function makeWorld(): Promise<World> {
  const tenant = await makeTenant(app.owner);
  await app.owner.tenant.update({ where: { id: tenant.id }, data: { featureMeters: true, featureSupplies: true, featureProjects: true } });
  const copier = await makeAssetType(app.owner, tenant.id, { en: 'Copier' });
  const customers = [];
  for (let i = 0; i < 2; i++) {
    const { account } = await makeCustomer(app.owner, tenant.id);
    if (!account) throw new Error('account expected');
    const base = await makeCustomerRecords(app.owner, tenant.id, account.customerId);
    const records = {
      ...base,
      ...(await makeDealerRecords(tenant.id, account.customerId, copier.id)),
      ...(await makeContractorRecords(tenant.id, account.customerId, base.sharedDocument.id)),
    };
    // A conversation about the job, with a message.
    const thread = await app.owner.messageThread.create({
      data: { tenantId: tenant.id, customerId: account.customerId, anchorType: 'job', jobId: records.job.id, lastMessageAt: new Date() },
    });
    await app.owner.message.create({ data: { tenantId: tenant.id, threadId: thread.id, authorKind: 'customer', body: 'About my visit' } });
    customers.push({ token: (await customerToken(app, account)).token, customerId: account.customerId, records: { ...records, threadId: thread.id } });
  }
  const owner = await makeStaff(app.owner, tenant.id, 'owner');
  return { tenantId: tenant.id, customers, staffToken: (await staffToken(app, owner)).token };
}

beforeAll(async () => {
  app = await startTestApp();
  worlds.push(await makeWorld(), await makeWorld());
});
afterAll(() => app.close());

const LISTS = '{ invoices { nodes { id } } jobs { nodes { id } } documents { nodes { id } } myThreads { nodes { id } } }';

describe('customers', () => {
  it('a customer lists only their own invoices, jobs, shared documents and conversations', async () => {
    const [me] = worlds[0]!.customers;
    const res = await app.call<{
      invoices: { nodes: { id: string }[] };
      jobs: { nodes: { id: string }[] };
      documents: { nodes: { id: string }[] };
      myThreads: { nodes: { id: string }[] };
    }>('portal', LISTS, {}, { token: me!.token });
    expect(res.errors).toBeUndefined();
    expect(res.data?.invoices.nodes.map((n) => n.id)).toEqual([me!.records.invoice.id]);
    expect(res.data?.jobs.nodes.map((n) => n.id)).toEqual([me!.records.job.id]);
    expect(res.data?.documents.nodes.map((n) => n.id)).toEqual([me!.records.sharedDocument.id]);
    expect(res.data?.myThreads.nodes.map((n) => n.id)).toEqual([me!.records.threadId]);
  });

  const byId = [
    ['invoice', (r: World['customers'][number]['records']) => r.invoice.id],
    ['job', (r: World['customers'][number]['records']) => r.job.id],
    ['document', (r: World['customers'][number]['records']) => r.sharedDocument.id],
    ['messageThread', (r: World['customers'][number]['records']) => r.threadId],
    ['meter', (r: World['customers'][number]['records']) => r.meterId],
    ['supplyOrder', (r: World['customers'][number]['records']) => r.supplyOrderId],
    ['project', (r: World['customers'][number]['records']) => r.projectId],
    ['quote', (r: World['customers'][number]['records']) => r.quoteId],
    ['signingRequest', (r: World['customers'][number]['records']) => r.signingRequestId],
  ] as const;

  for (const [field, idOf] of byId) {
    it(`a customer cannot read another customer's ${field} by id, in the same tenant or another`, async () => {
      const me = worlds[0]!.customers[0]!;
      const neighbour = worlds[0]!.customers[1]!;
      const stranger = worlds[1]!.customers[0]!;
      const ask = (id: string) => app.call('portal', `query($id: ID!) { ${field}(id: $id) { id } }`, { id }, { token: me.token });
      const own = await ask(idOf(me.records));
      expect(own.errors).toBeUndefined();
      const missing = await ask(randomUUID());
      for (const foreign of [await ask(idOf(neighbour.records)), await ask(idOf(stranger.records))]) {
        expect(foreign.data).toBeNull();
        // The same answer as for an id that does not exist.
        expect(foreign.errors).toEqual(missing.errors);
        expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      }
    });
  }

  it('an unshared document of the customer is NOT_FOUND', async () => {
    const me = worlds[0]!.customers[0]!;
    const res = await app.call('portal', 'query($id: ID!) { document(id: $id) { id } }', { id: me.records.privateDocument.id }, { token: me.token });
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('a customer never sees internal notes: the API has no such field', async () => {
    const me = worlds[0]!.customers[0]!;
    const res = await app.call('portal', 'query($id: ID!) { job(id: $id) { id internalNotes } }', { id: me.records.job.id }, { token: me.token });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' });
    expect(JSON.stringify(res)).not.toContain('rude');
  });
});

describe('staff', () => {
  it("a staff member lists only their own tenant's customers and invoices", async () => {
    const [mine, theirs] = worlds;
    const res = await app.call<{ customers: { nodes: { id: string }[] }; invoices: { nodes: { id: string }[] } }>(
      'admin',
      '{ customers(first: 100) { nodes { id } } invoices(first: 100) { nodes { id } } }',
      {},
      { token: mine!.staffToken },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.customers.nodes.map((n) => n.id).sort()).toEqual(mine!.customers.map((c) => c.customerId).sort());
    expect(res.data?.invoices.nodes.map((n) => n.id).sort()).toEqual(mine!.customers.map((c) => c.records.invoice.id).sort());
    const theirIds = theirs!.customers.map((c) => c.customerId);
    expect(res.data?.customers.nodes.some((n) => theirIds.includes(n.id))).toBe(false);
  });

  it("a staff member cannot read another tenant's customer, invoice, conversation, meter contract, supply order, project, quote or signing request by id", async () => {
    const [mine, theirs] = worlds;
    for (const [field, id] of [
      ['customer', theirs!.customers[0]!.customerId],
      ['invoice', theirs!.customers[0]!.records.invoice.id],
      ['teamThread', theirs!.customers[0]!.records.threadId],
      ['meterContract', theirs!.customers[0]!.records.contractId],
      ['supplyOrder', theirs!.customers[0]!.records.supplyOrderId],
      ['project', theirs!.customers[0]!.records.projectId],
      ['quote', theirs!.customers[0]!.records.quoteId],
      ['signingRequest', theirs!.customers[0]!.records.signingRequestId],
    ] as const) {
      const foreign = await app.call('admin', `query($id: ID!) { ${field}(id: $id) { id } }`, { id }, { token: mine!.staffToken });
      const missing = await app.call('admin', `query($id: ID!) { ${field}(id: $id) { id } }`, { id: randomUUID() }, { token: mine!.staffToken });
      expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(foreign.errors).toEqual(missing.errors);
    }
  });

  it("filtering by another tenant's customer id returns nothing", async () => {
    const [mine, theirs] = worlds;
    const res = await app.call<{ invoices: { nodes: unknown[] }; teamThreads: { nodes: unknown[] } }>(
      'admin',
      'query($c: ID) { invoices(customerId: $c) { nodes { id } } teamThreads(customerId: $c) { nodes { id } } }',
      { c: theirs!.customers[0]!.customerId },
      { token: mine!.staffToken },
    );
    expect(res.data?.invoices.nodes).toEqual([]);
    expect(res.data?.teamThreads.nodes).toEqual([]);
  });
});
