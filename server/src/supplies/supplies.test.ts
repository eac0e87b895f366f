// Supplies through the real endpoints on the real database: the catalogue offers a device only
// what fits it and the API refuses the rest; each line is covered by the device's contract within
// its allowance or billed, decided at order time (two orders at once never share the last covered
// unit); the office approves, ships and delivers, each move telling the customer, and shipping
// invoices the billable lines; the excess-usage warning; and who may see what (another customer,
// a technician, another business). The test clock starts on Friday 20 Nov 2026, 15:00Z.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { startTestApp, TEST_START, type TestApp } from '../test/app.js';
import { customerToken, makeAssetType, makeCustomer, makeSite, makeStaff, makeTenant, staffToken } from '../test/factory.js';
import { subscribeLive } from '../test/live.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());
afterEach(() => {
  app.clock.now = new Date(TEST_START);
});

const MODEL = 'imageRUNNER C3226i';

const LINE = 'itemId name sku category quantity coveredQuantity billableQuantity unitPriceMinor taxRateBp totalMinor taxMinor';
const ORDER = `id number status nextStates lines { ${LINE} } deliveryAddress { name line1 line2 city postalCode region country } siteId notes statusReason
  carrier trackingNumber contractNumber subtotalMinor taxMinor totalMinor currency invoiceId submittedAt approvedAt shippedAt deliveredAt cancelledAt asset { id name }`;
const CATALOGUE = `query($assetId: ID!) { supplyCatalogue(assetId: $assetId) { id sku name category yieldPages priceMinor taxRateBp currency } }`;
const PRICE = `query($input: SupplyOrderInput!) { priceSupplyOrder(input: $input) { lines { item { id sku } ${LINE} } subtotalMinor taxMinor totalMinor currency contractNumber excessUsage } }`;
const PLACE = `mutation($input: SupplyOrderInput!) { placeSupplyOrder(input: $input) { ${ORDER} } }`;
const MY_ORDER = `query($id: ID!) { supplyOrder(id: $id) { ${ORDER} invoice { id number totalMinor } } }`;
const MY_ORDERS = `query($status: SupplyOrderStatus) { supplyOrders(status: $status) { nodes { id status } } }`;
const CANCEL_MINE = `mutation($id: ID!) { cancelSupplyOrder(id: $id) { ${ORDER} } }`;
const ADMIN_ORDER_FIELDS = `${ORDER} customer { id } excessUsageWarning { days pagesOrdered pagesPrinted ratio }`;
const ADMIN_ORDER = `query($id: ID!) { supplyOrder(id: $id) { ${ADMIN_ORDER_FIELDS} invoice { id number status totalMinor } } }`;
const ADMIN_ORDERS = `query($status: SupplyOrderStatus, $customerId: ID) { supplyOrders(status: $status, customerId: $customerId) { nodes { id status } } }`;
const APPROVE = `mutation($id: ID!) { approveSupplyOrder(id: $id) { ${ADMIN_ORDER_FIELDS} } }`;
const SHIP = `mutation($id: ID!, $carrier: String!, $tracking: String!) { shipSupplyOrder(id: $id, carrier: $carrier, trackingNumber: $tracking) { ${ADMIN_ORDER_FIELDS} } }`;
const DELIVER = `mutation($id: ID!) { deliverSupplyOrder(id: $id) { ${ADMIN_ORDER_FIELDS} } }`;
const REJECT = `mutation($id: ID!, $reason: String!) { rejectSupplyOrder(id: $id, reason: $reason) { ${ADMIN_ORDER_FIELDS} } }`;
const CANCEL = `mutation($id: ID!, $reason: String!) { cancelSupplyOrder(id: $id, reason: $reason) { ${ADMIN_ORDER_FIELDS} } }`;
const ITEM = 'id sku name description category yieldPages priceMinor taxRateBp currency active models';
const ITEMS = `query($search: String, $category: SupplyCategory, $includeInactive: Boolean) { supplyItems(search: $search, category: $category, includeInactive: $includeInactive) { nodes { id sku active } } }`;
const CREATE_ITEM = `mutation($input: SupplyItemInput!) { createSupplyItem(input: $input) { ${ITEM} } }`;
const UPDATE_ITEM = `mutation($id: ID!, $input: SupplyItemInput!) { updateSupplyItem(id: $id, input: $input) { ${ITEM} } }`;

interface Line {
  itemId: string;
  quantity: number;
  coveredQuantity: number;
  billableQuantity: number;
  unitPriceMinor: number;
  totalMinor: number;
  taxMinor: number;
}
interface Order {
  id: string;
  number: string;
  status: string;
  nextStates: string[];
  lines: Line[];
  deliveryAddress: { name: string; line1: string; city: string; country: string | null };
  siteId: string | null;
  statusReason: string | null;
  carrier: string | null;
  trackingNumber: string | null;
  contractNumber: string | null;
  subtotalMinor: number;
  taxMinor: number;
  totalMinor: number;
  invoiceId: string | null;
  invoice?: { id: string; number: string; status?: string; totalMinor: number } | null;
  excessUsageWarning?: { days: number; pagesOrdered: number; pagesPrinted: number; ratio: number | null } | null;
}
interface Preview {
  lines: (Line & { item: { id: string } })[];
  subtotalMinor: number;
  taxMinor: number;
  totalMinor: number;
  contractNumber: string | null;
  excessUsage: boolean;
}

type Result = { errors?: { message: string; extensions?: Record<string, unknown> }[] };
const codeOf = (res: Result) => res.errors?.[0]?.extensions;

async function call<T>(endpoint: 'portal' | 'admin', query: string, variables: Record<string, unknown>, token: string): Promise<T> {
  const res = await app.call<T>(endpoint, query, variables, { token });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
}

async function world(options: { anyAddress?: boolean } = {}) {
  const tenant = await makeTenant(app.owner);
  await app.owner.tenant.update({ where: { id: tenant.id }, data: { featureSupplies: true, suppliesAnyAddress: options.anyAddress ?? false } });
  const tenantId = tenant.id;
  const signIn = async (tid: string, role: 'owner' | 'dispatcher' | 'technician') => {
    const staff = await makeStaff(app.owner, tid, role);
    return { staff, token: (await staffToken(app, staff)).token };
  };
  const assetType = await makeAssetType(app.owner, tenantId, { en: 'Copier' });
  const customer = async (tid = tenantId, typeId = assetType.id) => {
    const { customer: row, account } = await makeCustomer(app.owner, tid);
    if (!account) throw new Error('account expected');
    const site = await makeSite(app.owner, tid, row.id, 'Office');
    const asset = await app.owner.asset.create({
      data: { tenantId: tid, customerId: row.id, siteId: site.id, assetTypeId: typeId, name: 'Copier 2F', model: 'ImageRunner  c3226I' },
    });
    return { customer: row, account, site, asset, token: (await customerToken(app, account)).token };
  };
  const item = (tid: string, data: { sku: string; category: string; models: string[]; yieldPages?: number; priceMinor?: number; active?: boolean }) =>
    app.owner.supplyItem.create({
      data: {
        tenantId: tid,
        sku: data.sku,
        name: `Item ${data.sku}`,
        category: data.category,
        yieldPages: data.yieldPages ?? null,
        priceMinor: data.priceMinor ?? 8_900,
        taxRateBp: 825,
        active: data.active ?? true,
        models: { createMany: { data: data.models.map((model) => ({ model })) } },
      },
    });
  const owner = await signIn(tenantId, 'owner');
  const dispatcher = await signIn(tenantId, 'dispatcher');
  const tech = await signIn(tenantId, 'technician');
  const me = await customer();
  const neighbour = await customer();
  const toner = await item(tenantId, { sku: 'TK-1', category: 'TONER', models: [MODEL], yieldPages: 10_000 });
  const drum = await item(tenantId, { sku: 'DR-1', category: 'DRUM', models: [MODEL, 'C3326i'], priceMinor: 20_000 });
  const other = await item(tenantId, { sku: 'TK-9', category: 'TONER', models: ['MX-3071'] });
  const retired = await item(tenantId, { sku: 'TK-0', category: 'TONER', models: [MODEL], active: false });
  // The device's contract: monthly from 1 January, billing day 1, two toners a period.
  const contract = await app.owner.meterContract.create({
    data: {
      tenantId,
      customerId: me.customer.id,
      assetId: me.asset.id,
      number: `MC-${randomUUID().slice(0, 6)}`,
      startsOn: new Date('2026-01-01'),
      periodMonths: 1,
      billingDay: 1,
    },
  });
  await app.owner.supplyAllowance.create({ data: { tenantId, contractId: contract.id, category: 'TONER', unitsPerPeriod: 2 } });
  const next = await makeTenant(app.owner);
  await app.owner.tenant.update({ where: { id: next.id }, data: { featureSupplies: true } });
  const nextOwner = await signIn(next.id, 'owner');
  const stranger = await customer(next.id, (await makeAssetType(app.owner, next.id, { en: 'Copier' })).id);
  const foreign = await item(next.id, { sku: 'TK-1', category: 'TONER', models: [MODEL] });
  return { tenant, tenantId, owner, dispatcher, tech, me, neighbour, toner, drum, other, retired, contract, next, nextOwner, stranger, foreign };
}
type World = Awaited<ReturnType<typeof world>>;

const orderOf = (w: World, lines: { itemId: string; quantity: number }[], extra: Record<string, unknown> = {}) => ({
  input: { assetId: w.me.asset.id, siteId: w.me.site.id, lines, ...extra },
});
const place = async (w: World, lines: { itemId: string; quantity: number }[], token = w.me.token) =>
  (await call<{ placeSupplyOrder: Order }>('portal', PLACE, orderOf(w, lines), token)).placeSupplyOrder;
const price = async (w: World, lines: { itemId: string; quantity: number }[]) =>
  (await call<{ priceSupplyOrder: Preview }>('portal', PRICE, orderOf(w, lines), w.me.token)).priceSupplyOrder;

describe('the catalogue', () => {
  it('offers a device only the active items fitting its model (case and spaces ignored)', async () => {
    const w = await world();
    const { supplyCatalogue } = await call<{ supplyCatalogue: { sku: string; currency: string }[] }>('portal', CATALOGUE, { assetId: w.me.asset.id }, w.me.token);
    expect(supplyCatalogue.map((i) => i.sku)).toEqual(['DR-1', 'TK-1']);
    expect(supplyCatalogue[0]?.currency).toBe('USD');
  });

  it("is NOT_FOUND for another customer's device, in the same business or another", async () => {
    const w = await world();
    const missing = await app.call('portal', CATALOGUE, { assetId: randomUUID() }, { token: w.me.token });
    for (const assetId of [w.neighbour.asset.id, w.stranger.asset.id]) {
      const res = await app.call('portal', CATALOGUE, { assetId }, { token: w.me.token });
      expect(res.data).toBeNull();
      expect(res.errors).toEqual(missing.errors);
      expect(codeOf(res)?.code).toBe('NOT_FOUND');
    }
  });

  it('the office keeps it: create, SKU taken, models replaced, inactive items hidden unless asked for, search by model', async () => {
    const w = await world();
    const created = (
      await call<{ createSupplyItem: { id: string; models: string[]; active: boolean; taxRateBp: number } }>(
        'admin',
        CREATE_ITEM,
        { input: { sku: 'ST-1', name: 'Staples', category: 'STAPLES', priceMinor: 1_500, models: ['C3226i', ' c 3226i ', 'MX-3071'] } },
        w.dispatcher.token,
      )
    ).createSupplyItem;
    // One spelling per model as compared.
    expect(created).toMatchObject({ models: ['C3226i', 'MX-3071'], active: true, taxRateBp: 0 });
    const taken = await app.call('admin', CREATE_ITEM, { input: { sku: 'TK-1', name: 'Again', category: 'TONER', priceMinor: 1 } }, { token: w.owner.token });
    expect(codeOf(taken)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sku', reason: 'SKU_TAKEN' });
    const missing = await app.call('admin', CREATE_ITEM, { input: { sku: 'X-1', name: 'No price', category: 'TONER' } }, { token: w.owner.token });
    expect(codeOf(missing)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'priceMinor', reason: 'REQUIRED' });
    const updated = (
      await call<{ updateSupplyItem: { models: string[]; active: boolean } }>('admin', UPDATE_ITEM, { id: created.id, input: { models: ['X 100'], active: false } }, w.owner.token)
    ).updateSupplyItem;
    expect(updated).toMatchObject({ models: ['X 100'], active: false });
    const list = async (variables: Record<string, unknown>) =>
      (await call<{ supplyItems: { nodes: { sku: string }[] } }>('admin', ITEMS, variables, w.owner.token)).supplyItems.nodes.map((n) => n.sku);
    expect(await list({})).toEqual(['DR-1', 'TK-1', 'TK-9']);
    expect(await list({ includeInactive: true })).toEqual(['DR-1', 'ST-1', 'TK-0', 'TK-1', 'TK-9']);
    expect(await list({ search: 'mx-30' })).toEqual(['TK-9']);
    expect(await list({ category: 'DRUM' })).toEqual(['DR-1']);
    // Another business's staff see none of it.
    expect((await call<{ supplyItems: { nodes: { sku: string }[] } }>('admin', ITEMS, { includeInactive: true }, w.nextOwner.token)).supplyItems.nodes.map((n) => n.sku)).toEqual([
      'TK-1',
    ]);
    const foreign = await app.call('admin', UPDATE_ITEM, { id: created.id, input: { name: 'Mine now' } }, { token: w.nextOwner.token });
    expect(codeOf(foreign)?.code).toBe('NOT_FOUND');
  });
});

describe('compatibility and what may be ordered, refused at the API', () => {
  it('an item that does not fit the device is SUPPLY_NOT_COMPATIBLE on its line, for the preview and the order', async () => {
    const w = await world();
    for (const query of [PRICE, PLACE]) {
      const res = await app.call(
        'portal',
        query,
        orderOf(w, [
          { itemId: w.toner.id, quantity: 1 },
          { itemId: w.other.id, quantity: 1 },
        ]),
        { token: w.me.token },
      );
      expect(codeOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lines.1.itemId', reason: 'SUPPLY_NOT_COMPATIBLE' });
    }
    expect(await app.owner.supplyOrder.count({ where: { tenantId: w.tenantId } })).toBe(0);
  });

  it("an inactive item, another business's item or an unknown id is SUPPLY_NOT_OFFERED; an item twice is DUPLICATE_ITEM", async () => {
    const w = await world();
    for (const itemId of [w.retired.id, w.foreign.id, randomUUID()]) {
      const res = await app.call('portal', PLACE, orderOf(w, [{ itemId, quantity: 1 }]), { token: w.me.token });
      expect(codeOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lines.0.itemId', reason: 'SUPPLY_NOT_OFFERED' });
    }
    const twice = await app.call(
      'portal',
      PLACE,
      orderOf(w, [
        { itemId: w.toner.id, quantity: 1 },
        { itemId: w.toner.id, quantity: 1 },
      ]),
      { token: w.me.token },
    );
    expect(codeOf(twice)).toMatchObject({ field: 'lines.1.itemId', reason: 'DUPLICATE_ITEM' });
  });

  it("the device and the site must be the customer's own; a typed address only when the business allows it", async () => {
    const w = await world();
    const lines = [{ itemId: w.toner.id, quantity: 1 }];
    const notMine = await app.call('portal', PLACE, { input: { assetId: w.neighbour.asset.id, siteId: w.me.site.id, lines } }, { token: w.me.token });
    expect(codeOf(notMine)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'assetId', reason: 'NOT_CUSTOMER_ASSET' });
    const theirSite = await app.call('portal', PLACE, orderOf(w, lines, { siteId: w.neighbour.site.id }), { token: w.me.token });
    expect(codeOf(theirSite)).toMatchObject({ field: 'siteId', reason: 'NOT_CUSTOMER_SITE' });
    const nowhere = await app.call('portal', PLACE, orderOf(w, lines, { siteId: null }), { token: w.me.token });
    expect(codeOf(nowhere)).toMatchObject({ field: 'siteId', reason: 'REQUIRED' });
    const address = { name: 'Reception', line1: '9 Elm St', city: 'Springfield', postalCode: '12345', country: 'US' };
    const typed = await app.call('portal', PLACE, orderOf(w, lines, { siteId: null, address }), { token: w.me.token });
    expect(codeOf(typed)).toMatchObject({ field: 'address', reason: 'ADDRESS_NOT_ALLOWED' });

    const open = await world({ anyAddress: true });
    const both = await app.call('portal', PLACE, orderOf(open, [{ itemId: open.toner.id, quantity: 1 }], { address }), { token: open.me.token });
    expect(codeOf(both)).toMatchObject({ field: 'address', reason: 'SITE_OR_ADDRESS' });
    const badCountry = await app.call('portal', PLACE, orderOf(open, [{ itemId: open.toner.id, quantity: 1 }], { siteId: null, address: { ...address, country: 'USA' } }), {
      token: open.me.token,
    });
    expect(codeOf(badCountry)).toMatchObject({ field: 'address.country', reason: 'INVALID_COUNTRY' });
    const placed = (await call<{ placeSupplyOrder: Order }>('portal', PLACE, orderOf(open, [{ itemId: open.toner.id, quantity: 1 }], { siteId: null, address }), open.me.token))
      .placeSupplyOrder;
    expect(placed).toMatchObject({ siteId: null, deliveryAddress: { name: 'Reception', line1: '9 Elm St', city: 'Springfield', country: 'US' } });
  });
});

describe('coverage by the contract', () => {
  it('across the allowance boundary: 2 a period, 1 used, 3 ordered → 1 covered and 2 billed at the catalogue price', async () => {
    const w = await world();
    const first = await place(w, [{ itemId: w.toner.id, quantity: 1 }]);
    expect(first.lines[0]).toMatchObject({ coveredQuantity: 1, billableQuantity: 0, totalMinor: 0 });
    expect(first).toMatchObject({ status: 'SUBMITTED', nextStates: ['CANCELLED'], contractNumber: w.contract.number, totalMinor: 0, deliveryAddress: { name: 'Office' } });
    expect(first.number).toMatch(/^SO-2026-\d{4}$/);

    const preview = await price(w, [
      { itemId: w.toner.id, quantity: 3 },
      { itemId: w.drum.id, quantity: 1 },
    ]);
    // Toner: 1 covered, 2 × 89.00 billed; the drum has no allowance: 200.00 billed. Tax 8.25 %.
    expect(preview.lines.map((l) => [l.item.id, l.coveredQuantity, l.billableQuantity, l.totalMinor, l.taxMinor])).toEqual([
      [w.toner.id, 1, 2, 17_800, 1_469],
      [w.drum.id, 0, 1, 20_000, 1_650],
    ]);
    expect(preview).toMatchObject({ subtotalMinor: 37_800, taxMinor: 3_119, totalMinor: 40_919, contractNumber: w.contract.number, excessUsage: false });

    const second = await place(w, [
      { itemId: w.toner.id, quantity: 3 },
      { itemId: w.drum.id, quantity: 1 },
    ]);
    expect(second.lines.map((l) => [l.coveredQuantity, l.billableQuantity])).toEqual([
      [1, 2],
      [0, 1],
    ]);
    expect(second.totalMinor).toBe(40_919);
    // The allowance is used up; cancelling the first order gives its unit back.
    expect((await price(w, [{ itemId: w.toner.id, quantity: 1 }])).lines[0]?.coveredQuantity).toBe(0);
    await call('portal', CANCEL_MINE, { id: first.id }, w.me.token);
    expect((await price(w, [{ itemId: w.toner.id, quantity: 1 }])).lines[0]?.coveredQuantity).toBe(1);
  });

  it('a new contract period starts a new allowance; a device without a contract bills everything', async () => {
    const w = await world();
    await place(w, [{ itemId: w.toner.id, quantity: 2 }]);
    expect((await price(w, [{ itemId: w.toner.id, quantity: 1 }])).lines[0]?.coveredQuantity).toBe(0);
    // The period ends on its billing day (1 December) inclusive: on the 2nd, 06:00 in Chicago, the next one starts.
    app.clock.now = new Date('2026-12-01T12:00:00Z');
    w.me.token = (await customerToken(app, w.me.account)).token;
    expect((await price(w, [{ itemId: w.toner.id, quantity: 1 }])).lines[0]?.coveredQuantity).toBe(0);
    app.clock.now = new Date('2026-12-02T12:00:00Z');
    w.me.token = (await customerToken(app, w.me.account)).token;
    expect((await price(w, [{ itemId: w.toner.id, quantity: 1 }])).lines[0]?.coveredQuantity).toBe(1);
    await app.owner.meterContract.update({ where: { tenantId_id: { tenantId: w.tenantId, id: w.contract.id } }, data: { active: false } });
    const uncovered = await price(w, [{ itemId: w.toner.id, quantity: 1 }]);
    expect(uncovered).toMatchObject({ contractNumber: null, totalMinor: 9_634 });
  });

  it('two orders at once never both take the last covered unit', async () => {
    const w = await world();
    await place(w, [{ itemId: w.toner.id, quantity: 1 }]);
    const results = await Promise.all(
      [1, 2, 3].map(() => app.call<{ placeSupplyOrder: Order }>('portal', PLACE, orderOf(w, [{ itemId: w.toner.id, quantity: 1 }]), { token: w.me.token })),
    );
    for (const res of results) expect(res.errors).toBeUndefined();
    const covered = results.map((r) => r.data?.placeSupplyOrder.lines[0]?.coveredQuantity);
    expect(covered.filter((c) => c === 1)).toHaveLength(1);
    expect(covered.filter((c) => c === 0)).toHaveLength(2);
    const numbers = new Set(results.map((r) => r.data?.placeSupplyOrder.number));
    expect(numbers.size).toBe(3);
  });

  it('a retry with the same Idempotency-Key places the order once', async () => {
    const w = await world();
    const key = randomUUID();
    const options = { token: w.me.token, headers: { 'idempotency-key': key } };
    const a = await app.call<{ placeSupplyOrder: Order }>('portal', PLACE, orderOf(w, [{ itemId: w.toner.id, quantity: 1 }]), options);
    const b = await app.call<{ placeSupplyOrder: Order }>('portal', PLACE, orderOf(w, [{ itemId: w.toner.id, quantity: 1 }]), options);
    expect(b.data?.placeSupplyOrder.id).toBe(a.data?.placeSupplyOrder.id);
    expect(await app.owner.supplyOrder.count({ where: { tenantId: w.tenantId } })).toBe(1);
  });
});

describe('the order lifecycle', () => {
  it('placed (the office alerted), approved, shipped (billable lines invoiced), delivered: the customer told of each move, by bell and email', async () => {
    const w = await world();
    const order = await place(w, [
      { itemId: w.toner.id, quantity: 3 },
      { itemId: w.drum.id, quantity: 1 },
    ]);
    const alerts = await app.owner.notification.findMany({ where: { tenantId: w.tenantId, kind: 'supplyOrderPlaced', subjectId: order.id } });
    // The office: owner and dispatcher; never the technician.
    expect(alerts.map((a) => a.staffUserId).sort()).toEqual([w.owner.staff.id, w.dispatcher.staff.id].sort());
    expect(await app.owner.outboxEmail.count({ where: { tenantId: w.tenantId, subject: { startsWith: `New supply order ${order.number}` } } })).toBe(2);

    const ship = (id: string) => app.call('admin', SHIP, { id, carrier: 'UPS', tracking: '1Z999' }, { token: w.owner.token });
    expect(codeOf(await ship(order.id))).toMatchObject({ code: 'CONFLICT', reason: 'STATUS_NOT_ALLOWED' });

    const approved = (await call<{ approveSupplyOrder: Order }>('admin', APPROVE, { id: order.id }, w.dispatcher.token)).approveSupplyOrder;
    expect(approved).toMatchObject({ status: 'APPROVED', nextStates: ['SHIPPED', 'CANCELLED'] });
    const tooLate = await app.call('portal', CANCEL_MINE, { id: order.id }, { token: w.me.token });
    expect(codeOf(tooLate)).toMatchObject({ code: 'CONFLICT', reason: 'STATUS_NOT_ALLOWED' });
    expect((await call<{ supplyOrder: Order }>('portal', MY_ORDER, { id: order.id }, w.me.token)).supplyOrder.nextStates).toEqual([]);

    const blank = await app.call('admin', SHIP, { id: order.id, carrier: ' ', tracking: '1Z999' }, { token: w.owner.token });
    expect(codeOf(blank)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'carrier', reason: 'REQUIRED' });
    const shipped = (await call<{ shipSupplyOrder: Order }>('admin', SHIP, { id: order.id, carrier: 'UPS', tracking: '1Z999' }, w.owner.token)).shipSupplyOrder;
    expect(shipped).toMatchObject({ status: 'SHIPPED', carrier: 'UPS', trackingNumber: '1Z999', nextStates: ['DELIVERED'] });
    expect(shipped.invoiceId).not.toBeNull();
    const invoice = await app.owner.invoice.findFirstOrThrow({ where: { tenantId: w.tenantId, id: shipped.invoiceId! }, include: { lines: { orderBy: { position: 'asc' } } } });
    // Only what bills: 1 toner (2 covered) and the drum; issued, numbered, the order's total.
    expect(invoice).toMatchObject({ status: 'issued', customerId: w.me.customer.id, totalMinor: 31_284, notes: `Supply order ${order.number}` });
    expect(shipped.totalMinor).toBe(31_284);
    expect(invoice.lines.map((l) => [l.description, l.quantity, l.unitPriceMinor])).toEqual([
      ['Item TK-1 (TK-1)', 1, 8_900],
      ['Item DR-1 (DR-1)', 1, 20_000],
    ]);
    const mine = (await call<{ supplyOrder: Order }>('portal', MY_ORDER, { id: order.id }, w.me.token)).supplyOrder;
    expect(mine.invoice).toMatchObject({ id: invoice.id, number: invoice.number, totalMinor: 31_284 });

    const delivered = (await call<{ deliverSupplyOrder: Order }>('admin', DELIVER, { id: order.id }, w.owner.token)).deliverSupplyOrder;
    expect(delivered).toMatchObject({ status: 'DELIVERED', nextStates: [] });

    const told = await app.owner.notification.findMany({
      where: { tenantId: w.tenantId, customerId: w.me.customer.id, kind: 'supplyOrderUpdated' },
      orderBy: { createdAt: 'asc' },
    });
    expect(told.map((n) => (n.params as { status: string }).status).sort()).toEqual(['APPROVED', 'DELIVERED', 'SHIPPED']);
    expect(told.every((n) => n.subjectType === 'supply_order' && n.subjectId === order.id)).toBe(true);
    const emails = await app.owner.outboxEmail.findMany({
      where: { tenantId: w.tenantId, toAddress: w.me.customer.email, subject: { startsWith: `Supply order ${order.number}` } },
    });
    expect(emails.map((e) => e.subject).sort()).toEqual([
      `Supply order ${order.number}: approved`,
      `Supply order ${order.number}: delivered`,
      `Supply order ${order.number}: on its way`,
    ]);
    expect(emails[0]?.text ?? '').toContain(`/portal/supplies/orders/${order.id}`);
    // The invoice was sent as any other.
    expect(await app.owner.notification.count({ where: { tenantId: w.tenantId, customerId: w.me.customer.id, kind: 'invoiceIssued', subjectId: invoice.id } })).toBe(1);
  });

  it('an order the contract covers entirely ships without an invoice', async () => {
    const w = await world();
    const order = await place(w, [{ itemId: w.toner.id, quantity: 2 }]);
    await call('admin', APPROVE, { id: order.id }, w.owner.token);
    const shipped = (await call<{ shipSupplyOrder: Order }>('admin', SHIP, { id: order.id, carrier: 'DHL', tracking: 'JD0001' }, w.owner.token)).shipSupplyOrder;
    expect(shipped).toMatchObject({ status: 'SHIPPED', invoiceId: null, totalMinor: 0 });
  });

  it('the office rejects or cancels with a reason, told to the customer; the customer cancels while submitted', async () => {
    const w = await world();
    // Told in their own language.
    await app.owner.customer.updateMany({ where: { id: w.me.customer.id }, data: { locale: 'fr' } });
    const a = await place(w, [{ itemId: w.toner.id, quantity: 1 }]);
    const noReason = await app.call('admin', REJECT, { id: a.id, reason: '  ' }, { token: w.owner.token });
    expect(codeOf(noReason)).toMatchObject({ field: 'reason', reason: 'REQUIRED' });
    const rejected = (await call<{ rejectSupplyOrder: Order }>('admin', REJECT, { id: a.id, reason: 'Ordered twice' }, w.owner.token)).rejectSupplyOrder;
    expect(rejected).toMatchObject({ status: 'REJECTED', statusReason: 'Ordered twice', nextStates: [] });
    expect((await call<{ supplyOrder: Order }>('portal', MY_ORDER, { id: a.id }, w.me.token)).supplyOrder.statusReason).toBe('Ordered twice');
    const letter = await app.owner.outboxEmail.findFirstOrThrow({ where: { tenantId: w.tenantId, toAddress: w.me.customer.email } });
    expect(letter.subject).toBe(`Commande de fournitures ${a.number} : refusée`);

    const b = await place(w, [{ itemId: w.toner.id, quantity: 1 }]);
    await call('admin', APPROVE, { id: b.id }, w.owner.token);
    const cancelled = (await call<{ cancelSupplyOrder: Order }>('admin', CANCEL, { id: b.id, reason: 'Out of stock' }, w.owner.token)).cancelSupplyOrder;
    expect(cancelled).toMatchObject({ status: 'CANCELLED', statusReason: 'Out of stock' });

    const c = await place(w, [{ itemId: w.toner.id, quantity: 1 }]);
    const mine = (await call<{ cancelSupplyOrder: Order }>('portal', CANCEL_MINE, { id: c.id }, w.me.token)).cancelSupplyOrder;
    expect(mine).toMatchObject({ status: 'CANCELLED', nextStates: [] });
    const statuses = (await app.owner.notification.findMany({ where: { tenantId: w.tenantId, customerId: w.me.customer.id, kind: 'supplyOrderUpdated' } })).map((n) => [
      (n.params as { status: string }).status,
      n.subjectId,
    ]);
    // Told of the office's moves (approve, reject, cancel), not of their own cancellation.
    expect(statuses.sort()).toEqual(
      [
        ['APPROVED', b.id],
        ['CANCELLED', b.id],
        ['REJECTED', a.id],
      ].sort(),
    );
    const listed = (await call<{ supplyOrders: { nodes: { id: string }[] } }>('admin', ADMIN_ORDERS, { status: 'CANCELLED' }, w.owner.token)).supplyOrders.nodes.map((n) => n.id);
    expect(listed.sort()).toEqual([b.id, c.id].sort());
  });
});

describe('live', () => {
  it("an order's changes reach its customer's and the office's open pages, nobody else's", async () => {
    const w = await world();
    const order = await place(w, [{ itemId: w.toner.id, quantity: 1 }]);
    const me = await subscribeLive(app, 'portal', { token: w.me.token });
    const neighbour = await subscribeLive(app, 'portal', { token: w.neighbour.token });
    const office = await subscribeLive(app, 'admin', { token: w.dispatcher.token });
    const tech = await subscribeLive(app, 'admin', { token: w.tech.token });
    try {
      await call('admin', APPROVE, { id: order.id }, w.owner.token);
      const isOrder = (e: { subject: string | null; subjectId: string | null }) => e.subject === 'SUPPLY_ORDER' && e.subjectId === order.id;
      expect((await me.until(isOrder)).change).toBe('CHANGED');
      await office.until(isOrder);
      // A later write both of them see: by then the order's event would have reached them too.
      const later = (
        await call<{ placeSupplyOrder: Order }>(
          'portal',
          PLACE,
          { input: { assetId: w.neighbour.asset.id, siteId: w.neighbour.site.id, lines: [{ itemId: w.drum.id, quantity: 1 }] } },
          w.neighbour.token,
        )
      ).placeSupplyOrder;
      await neighbour.until((e) => e.subjectId === later.id);
      await office.until((e) => e.subjectId === later.id);
      expect(me.events.filter((e) => e.subjectId === later.id)).toEqual([]);
      expect(neighbour.events.filter((e) => e.subjectId === order.id)).toEqual([]);
      expect(tech.events.filter((e) => e.subject === 'SUPPLY_ORDER')).toEqual([]);
    } finally {
      await Promise.all([me, neighbour, office, tech].map((s) => s.dispose()));
    }
  });
});

describe('excess usage', () => {
  it('warns the office (not the customer) when the toner ordered far exceeds what the meters counted', async () => {
    const w = await world();
    const meter = await app.owner.meter.create({ data: { tenantId: w.tenantId, customerId: w.me.customer.id, assetId: w.me.asset.id, kind: 'BLACK', label: 'Black' } });
    const read = (value: number, at: string) =>
      app.owner.meterReading.create({ data: { tenantId: w.tenantId, customerId: w.me.customer.id, meterId: meter.id, value, readAt: new Date(at), source: 'STAFF' } });
    // The baseline is the last reading before the 90 days (22 August), not an older one.
    await read(90_000, '2026-07-01T12:00:00Z');
    await read(100_000, '2026-08-01T12:00:00Z');
    await read(104_000, '2026-10-01T12:00:00Z');
    await read(108_000, '2026-11-01T12:00:00Z');
    // 8 000 pages printed; one toner (10 000 pages) is within 1.5 ×, two are not.
    expect((await price(w, [{ itemId: w.toner.id, quantity: 1 }])).excessUsage).toBe(false);
    expect((await price(w, [{ itemId: w.toner.id, quantity: 2 }])).excessUsage).toBe(true);
    const calm = await place(w, [{ itemId: w.toner.id, quantity: 1 }]);
    // The earlier order counts too: now 20 000 pages in the window.
    const heavy = await place(w, [{ itemId: w.toner.id, quantity: 1 }]);
    const staffView = async (id: string) => (await call<{ supplyOrder: Order }>('admin', ADMIN_ORDER, { id }, w.owner.token)).supplyOrder;
    expect((await staffView(calm.id)).excessUsageWarning).toBeNull();
    expect((await staffView(heavy.id)).excessUsageWarning).toEqual({ days: 90, pagesOrdered: 20_000, pagesPrinted: 8_000, ratio: 2.5 });
    const asCustomer = await app.call('portal', `query($id: ID!) { supplyOrder(id: $id) { id excessUsageWarning } }`, { id: heavy.id }, { token: w.me.token });
    expect(codeOf(asCustomer)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' });
  });
});

describe('who may see and do what', () => {
  it("another customer, in the same business or another, cannot read or cancel an order: NOT_FOUND as for a missing id; lists are one's own", async () => {
    const w = await world();
    const order = await place(w, [{ itemId: w.toner.id, quantity: 1 }]);
    const missing = await app.call('portal', MY_ORDER, { id: randomUUID() }, { token: w.neighbour.token });
    for (const token of [w.neighbour.token, w.stranger.token]) {
      for (const query of [MY_ORDER, CANCEL_MINE]) {
        const res = await app.call('portal', query, { id: order.id }, { token });
        expect(res.data).toBeNull();
        expect(res.errors?.[0]?.extensions).toEqual(missing.errors?.[0]?.extensions);
        expect(res.errors?.[0]?.message).toEqual(missing.errors?.[0]?.message);
      }
      expect((await call<{ supplyOrders: { nodes: unknown[] } }>('portal', MY_ORDERS, {}, token)).supplyOrders.nodes).toEqual([]);
    }
    expect((await call<{ supplyOrders: { nodes: { id: string }[] } }>('portal', MY_ORDERS, {}, w.me.token)).supplyOrders.nodes.map((n) => n.id)).toEqual([order.id]);
    expect(await app.owner.supplyOrder.findFirst({ where: { tenantId: w.tenantId, id: order.id }, select: { status: true } })).toEqual({ status: 'SUBMITTED' });
  });

  it("another business's office cannot read or move an order; a technician reaches nothing of supplies", async () => {
    const w = await world();
    const order = await place(w, [{ itemId: w.toner.id, quantity: 1 }]);
    for (const query of [ADMIN_ORDER, APPROVE]) {
      const res = await app.call('admin', query, { id: order.id }, { token: w.nextOwner.token });
      expect(codeOf(res)?.code).toBe('NOT_FOUND');
    }
    expect((await call<{ supplyOrders: { nodes: unknown[] } }>('admin', ADMIN_ORDERS, {}, w.nextOwner.token)).supplyOrders.nodes).toEqual([]);
    for (const [query, variables] of [
      [ADMIN_ORDER, { id: order.id }],
      [ADMIN_ORDERS, {}],
      [APPROVE, { id: order.id }],
      [ITEMS, {}],
      [CREATE_ITEM, { input: { sku: 'T-1', name: 'x', category: 'TONER', priceMinor: 1 } }],
    ] as const) {
      const res = await app.call('admin', query, variables, { token: w.tech.token });
      expect(codeOf(res)?.code).toBe('FORBIDDEN');
    }
    expect(await app.owner.supplyOrder.findFirst({ where: { tenantId: w.tenantId, id: order.id }, select: { status: true } })).toEqual({ status: 'SUBMITTED' });
  });

  it('with supply ordering switched off, both sides are refused naming the feature', async () => {
    const w = await world();
    await app.owner.tenant.update({ where: { id: w.tenantId }, data: { featureSupplies: false } });
    const portal = await app.call('portal', CATALOGUE, { assetId: w.me.asset.id }, { token: w.me.token });
    expect(codeOf(portal)).toMatchObject({ code: 'FORBIDDEN', reason: 'FEATURE_OFF' });
    const admin = await app.call('admin', ITEMS, {}, { token: w.owner.token });
    expect(codeOf(admin)).toMatchObject({ code: 'FORBIDDEN', reason: 'FEATURE_OFF' });
  });
});
