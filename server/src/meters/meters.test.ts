import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_START, type TestApp } from '../test/app.js';
import { customerToken, makeAsset, makeAssetType, makeCustomer, makeTenant, signedInStaff } from '../test/factory.js';
import { inTenantScope } from '../platform/scope.js';
import { ensureClosingReadings } from './closing-readings.service.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => {
  app.clock.now = new Date(TEST_START);
  return app.close();
});

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('a counter')]);
const PDF = Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF');

interface Device {
  assetId: string;
  black: string;
  colour: string;
}

async function customerWithDevice(tenantId: string, serial: string) {
  const type = await app.owner.assetType.findFirst({ where: { tenantId } }) ?? (await makeAssetType(app.owner, tenantId, { en: 'Copier' }));
  const { account } = await makeCustomer(app.owner, tenantId);
  const customerId = account!.customerId;
  const asset = await makeAsset(app.owner, tenantId, customerId, type.id, { name: 'Copier' });
  await app.owner.asset.update({ where: { tenantId_id: { tenantId, id: asset.id } }, data: { serialNumber: serial } });
  const black = await app.owner.meter.create({ data: { tenantId, customerId, assetId: asset.id, kind: 'BLACK', label: 'Black pages' } });
  const colour = await app.owner.meter.create({ data: { tenantId, customerId, assetId: asset.id, kind: 'COLOUR', label: 'Colour pages' } });
  // 100 black pages a day through October: 15,000 expected on November 20.
  await app.owner.meterReading.createMany({
    data: [
      { tenantId, customerId, meterId: black.id, value: 10_000, readAt: new Date('2026-10-01T15:00:00Z'), source: 'PORTAL' },
      { tenantId, customerId, meterId: black.id, value: 13_000, readAt: new Date('2026-10-31T15:00:00Z'), source: 'PORTAL' },
      { tenantId, customerId, meterId: colour.id, value: 2_000, readAt: new Date('2026-10-01T15:00:00Z'), source: 'PORTAL' },
      { tenantId, customerId, meterId: colour.id, value: 2_300, readAt: new Date('2026-10-31T15:00:00Z'), source: 'PORTAL' },
    ],
  });
  const { token } = await customerToken(app, account!);
  const device: Device = { assetId: asset.id, black: black.id, colour: colour.id };
  return { customerId, token, device, account: account! };
}

async function meterWorld() {
  const tenant = await makeTenant(app.owner);
  await app.owner.tenant.update({ where: { id: tenant.id }, data: { featureMeters: true } });
  const me = await customerWithDevice(tenant.id, 'KM-C250-0042');
  const other = await customerWithDevice(tenant.id, 'KM-C250-0099');
  const office = await signedInStaff(app, tenant.id, 'dispatcher');
  const technician = await signedInStaff(app, tenant.id, 'technician');
  return { tenant, me, other, office, technician };
}

const READING = 'id value readAt source status estimated flagReason expectedValue photoUrl resetsCounter reviewNote';
const SUBMIT = `mutation($input: SubmitMeterReadingsInput!) { submitMeterReadings(input: $input) { ${READING} } }`;
const ADMIN_READING = `${READING} nextStates reviewedAt reviewerName submittedByName correctedFromValue billed meter { id kind } asset { id serialNumber } customer { id }`;

type Reading = { id: string; value: number; status: string; flagReason: string | null; expectedValue: number | null; estimated: boolean; photoUrl: string | null; source: string };

async function submit(token: string, input: Record<string, unknown>) {
  return app.call<{ submitMeterReadings: Reading[] }>('portal', SUBMIT, { input }, { token });
}

describe('readings in the portal', () => {
  it('accepts a reading within tolerance and flags a jump, saying what was expected', async () => {
    const { me } = await meterWorld();
    const res = await submit(me.token, {
      assetId: me.device.assetId,
      readings: [
        { meterId: me.device.black, value: 15_400 },
        { meterId: me.device.colour, value: 9_000 },
      ],
    });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const [black, colour] = res.data!.submitMeterReadings;
    expect(black).toMatchObject({ value: 15_400, status: 'ACCEPTED', flagReason: null, expectedValue: 15_000, source: 'PORTAL', estimated: false });
    // 10 colour pages a day expected: 2,500; 9,000 is far above.
    expect(colour).toMatchObject({ value: 9_000, status: 'FLAGGED', flagReason: 'ABOVE_EXPECTED', expectedValue: 2_500 });

    const meters = await app.call<{ asset: { meters: { id: string; lastReading: { value: number } | null; readings: { value: number }[] }[] } }>(
      'portal',
      'query($id: ID!) { asset(id: $id) { meters { id kind label lastReading { value } readingDueBy readings(first: 3) { value status } } } }',
      { id: me.device.assetId },
      { token: me.token },
    );
    expect(meters.errors).toBeUndefined();
    const byId = new Map(meters.data!.asset.meters.map((m) => [m.id, m]));
    expect(byId.get(me.device.black)?.lastReading?.value).toBe(15_400);
    // A flagged reading does not count until approved.
    expect(byId.get(me.device.colour)?.lastReading?.value).toBe(2_300);
    expect(byId.get(me.device.colour)?.readings.map((r) => r.value)).toEqual([9_000, 2_300, 2_000]);
  });

  it('refuses a rollback, and then takes none of the readings sent with it', async () => {
    const { me } = await meterWorld();
    const res = await submit(me.token, {
      assetId: me.device.assetId,
      readings: [
        { meterId: me.device.colour, value: 2_500 },
        { meterId: me.device.black, value: 12_999 },
      ],
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'readings.1.value', reason: 'READING_BELOW_PREVIOUS' });
    expect(await app.owner.meterReading.count({ where: { customerId: me.customerId } })).toBe(4);
  });

  it('refuses a reading dated in the future, a negative value and a meter of another device', async () => {
    const { me, other } = await meterWorld();
    const future = await submit(me.token, { assetId: me.device.assetId, readAt: '2026-11-21T15:00:00Z', readings: [{ meterId: me.device.black, value: 15_000 }] });
    expect(future.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'readAt', reason: 'READ_IN_FUTURE' });
    const negative = await submit(me.token, { assetId: me.device.assetId, readings: [{ meterId: me.device.black, value: -1 }] });
    expect(negative.errors?.[0]?.extensions).toMatchObject({ field: 'readings.0.value', reason: 'INVALID_VALUE' });
    const foreign = await submit(me.token, { assetId: me.device.assetId, readings: [{ meterId: other.device.black, value: 15_000 }] });
    expect(foreign.errors?.[0]?.extensions).toMatchObject({ field: 'readings.0.meterId', reason: 'NOT_DEVICE_METER' });
  });

  it('keeps a photo of the counter, shown through a signed link; a PDF is not a photo', async () => {
    const { me } = await meterWorld();
    const reserve = async (name: string, bytes: Buffer) => {
      const res = await app.call<{ createMeterPhotoUpload: { uploadId: string; uploadUrl: string } }>(
        'portal',
        'mutation($name: String!) { createMeterPhotoUpload(fileName: $name) { uploadId uploadUrl } }',
        { name },
        { token: me.token },
      );
      expect(res.errors).toBeUndefined();
      const put = await fetch(`${app.url}${res.data!.createMeterPhotoUpload.uploadUrl}`, { method: 'PUT', body: bytes });
      expect(put.status).toBe(200);
      return res.data!.createMeterPhotoUpload.uploadId;
    };
    const pdf = await submit(me.token, { assetId: me.device.assetId, photoUploadId: await reserve('scan.pdf', PDF), readings: [{ meterId: me.device.black, value: 15_000 }] });
    expect(pdf.errors?.[0]?.extensions).toMatchObject({ field: 'photoUploadId', reason: 'PHOTO_NOT_IMAGE' });
    const photoUploadId = await reserve('counter.png', PNG);
    const res = await submit(me.token, { assetId: me.device.assetId, photoUploadId, readings: [{ meterId: me.device.black, value: 15_000 }] });
    expect(res.errors).toBeUndefined();
    const url = res.data!.submitMeterReadings[0]?.photoUrl ?? '';
    expect(url).toMatch(/^\/files\/v1\/meter-photo\//);
    const file = await fetch(`${app.url}${url}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await file.arrayBuffer())).toEqual(PNG);
    // The upload is used up.
    const again = await submit(me.token, { assetId: me.device.assetId, photoUploadId, readings: [{ meterId: me.device.colour, value: 2_500 }] });
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('readings staff enter and review', () => {
  it('records readings, resets a counter only when marked, corrects, approves and rejects', async () => {
    const { me, office } = await meterWorld();
    const record = (input: Record<string, unknown>) =>
      app.call<{ recordMeterReading: Reading & { nextStates: string[]; submittedByName: string } }>(
        'admin',
        `mutation($input: RecordMeterReadingInput!) { recordMeterReading(input: $input) { ${ADMIN_READING} } }`,
        { input },
        { token: office.token },
      );
    const lower = await record({ meterId: me.device.black, value: 120, readAt: '2026-11-20T10:00:00Z' });
    expect(lower.errors?.[0]?.extensions).toMatchObject({ field: 'value', reason: 'READING_BELOW_PREVIOUS' });
    const reset = await record({ meterId: me.device.black, value: 120, readAt: '2026-11-20T10:00:00Z', resetsCounter: true });
    expect(reset.errors).toBeUndefined();
    expect(reset.data!.recordMeterReading).toMatchObject({ value: 120, status: 'ACCEPTED', resetsCounter: true, source: 'STAFF', submittedByName: 'Staff dispatcher' });

    const flagged = await submit(me.token, { assetId: me.device.assetId, readings: [{ meterId: me.device.colour, value: 9_000 }] });
    const flaggedId = flagged.data!.submitMeterReadings[0]!.id;
    const queue = await app.call<{ meterReadingsForReview: { nodes: { id: string; nextStates: string[]; customer: { id: string } }[] } }>(
      'admin',
      `query { meterReadingsForReview(first: 10) { nodes { ${ADMIN_READING} } pageInfo { hasNextPage } } }`,
      {},
      { token: office.token },
    );
    expect(queue.errors).toBeUndefined();
    expect(queue.data!.meterReadingsForReview.nodes.map((n) => n.id)).toEqual([flaggedId]);
    expect(queue.data!.meterReadingsForReview.nodes[0]).toMatchObject({ nextStates: ['APPROVED', 'REJECTED'], customer: { id: me.customerId } });

    const corrected = await app.call<{ correctMeterReading: { value: number; correctedFromValue: number; status: string; reviewNote: string; reviewerName: string } }>(
      'admin',
      `mutation($id: ID!) { correctMeterReading(id: $id, value: 2600, note: "Misread a digit") { ${ADMIN_READING} } }`,
      { id: flaggedId },
      { token: office.token },
    );
    expect(corrected.errors).toBeUndefined();
    expect(corrected.data!.correctMeterReading).toMatchObject({ value: 2_600, correctedFromValue: 9_000, status: 'APPROVED', reviewNote: 'Misread a digit', reviewerName: 'Staff dispatcher' });
    const approveAgain = await app.call('admin', 'mutation($id: ID!) { approveMeterReading(id: $id) { id } }', { id: flaggedId }, { token: office.token });
    expect(approveAgain.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'STATUS_NOT_ALLOWED' });

    const jump = await submit(me.token, { assetId: me.device.assetId, readAt: '2026-11-20T14:00:00Z', readings: [{ meterId: me.device.black, value: 900_000 }] });
    const jumpId = jump.data!.submitMeterReadings[0]!.id;
    expect(jump.data!.submitMeterReadings[0]).toMatchObject({ status: 'ACCEPTED' }); // a fresh series after the reset: no volume known yet
    const rejected = await app.call<{ rejectMeterReading: { status: string; nextStates: string[] } }>(
      'admin',
      `mutation($id: ID!) { rejectMeterReading(id: $id, note: "Not this device") { ${ADMIN_READING} } }`,
      { id: jumpId },
      { token: office.token },
    );
    expect(rejected.data?.rejectMeterReading).toMatchObject({ status: 'REJECTED', nextStates: [] });
    // Rejected, it no longer blocks a lower reading.
    const after = await submit(me.token, { assetId: me.device.assetId, readings: [{ meterId: me.device.black, value: 150 }] });
    expect(after.errors).toBeUndefined();
  });

  it('adds and retires meters; a retired meter is gone from the portal and takes no readings', async () => {
    const { me, office } = await meterWorld();
    const added = await app.call<{ addMeter: { id: string; kind: string; active: boolean } }>(
      'admin',
      'mutation($assetId: ID!) { addMeter(assetId: $assetId, kind: SCAN, label: "Scans") { id kind label active } }',
      { assetId: me.device.assetId },
      { token: office.token },
    );
    expect(added.data?.addMeter).toMatchObject({ kind: 'SCAN', active: true });
    const twice = await app.call('admin', 'mutation($assetId: ID!) { addMeter(assetId: $assetId, kind: SCAN, label: "Scans") { id } }', { assetId: me.device.assetId }, { token: office.token });
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'METER_KIND_TAKEN' });
    const retired = await app.call<{ updateMeter: { active: boolean } }>(
      'admin',
      'mutation($id: ID!) { updateMeter(id: $id, active: false) { id active } }',
      { id: added.data!.addMeter.id },
      { token: office.token },
    );
    expect(retired.data?.updateMeter.active).toBe(false);
    const portal = await app.call<{ asset: { meters: { id: string }[] } }>('portal', 'query($id: ID!) { asset(id: $id) { meters { id } } }', { id: me.device.assetId }, { token: me.token });
    expect(portal.data?.asset.meters.map((m) => m.id).sort()).toEqual([me.device.black, me.device.colour].sort());
    const admin = await app.call<{ meterReadings: unknown[] }>('admin', 'query($id: ID!) { meterReadings(meterId: $id) { id } }', { id: added.data!.addMeter.id }, { token: office.token });
    expect(admin.data?.meterReadings).toEqual([]);
  });
});

describe('estimates and the true-up', () => {
  it('records an estimate once when the window closed without a reading, and a real reading below it is taken', async () => {
    const { tenant, me } = await meterWorld();
    const contract = await app.owner.meterContract.create({
      data: { tenantId: tenant.id, customerId: me.customerId, assetId: me.device.assetId, number: 'MC-1', startsOn: new Date('2026-09-15'), billingDay: 25 },
    });
    // Nov 20 in Chicago: the window of Nov 25 (5 days before) is open, and no reading came in it.
    const due = await app.call<{ asset: { meters: { readingDueBy: string | null }[] } }>('portal', 'query($id: ID!) { asset(id: $id) { meters { readingDueBy } } }', { id: me.device.assetId }, { token: me.token });
    expect(due.data?.asset.meters.map((m) => m.readingDueBy)).toEqual(['2026-11-25', '2026-11-25']);
    // Before the window closes, billing gets nothing to bill and nothing is estimated.
    const early = await inTenantScope(app.deps, { tenantId: tenant.id, role: 'system' }, (ctx) => ensureClosingReadings(ctx, contract.id, '2026-11-25'));
    expect(early.map((c) => c.reading)).toEqual([null, null]);

    app.clock.now = new Date('2026-11-26T15:00:00Z');
    try {
      const closeTwice = async () => inTenantScope(app.deps, { tenantId: tenant.id, role: 'system' }, (ctx) => ensureClosingReadings(ctx, contract.id, '2026-11-25'), { now: app.clock.now });
      const [first, second] = await Promise.all([closeTwice(), closeTwice()]);
      const estimates = await app.owner.meterReading.findMany({ where: { customerId: me.customerId, source: 'ESTIMATE' }, orderBy: { value: 'desc' } });
      expect(estimates).toHaveLength(2);
      // 100 a day from Oct 31 15:00 to the end of Nov 25 in Chicago (Nov 26 06:00Z): 13,000 + 2,562.5 less a millisecond.
      expect(estimates[0]).toMatchObject({ value: 15_562, status: 'ACCEPTED', expectedValue: 15_562, readAt: new Date('2026-11-26T05:59:59.999Z') });
      expect(first?.map((c) => c.reading?.id).sort()).toEqual(second?.map((c) => c.reading?.id).sort());

      // The real count was a little lower: taken, and it trues the estimate up.
      const { token } = await customerToken(app, me.account);
      const real = await submit(token, { assetId: me.device.assetId, readings: [{ meterId: me.device.black, value: 15_200 }] });
      expect(real.errors, JSON.stringify(real.errors)).toBeUndefined();
      expect(real.data!.submitMeterReadings[0]).toMatchObject({ value: 15_200, status: 'ACCEPTED', estimated: false });
      const history = await app.call<{ asset: { meters: { kind: string; readings: { value: number; estimated: boolean }[] }[] } }>(
        'portal',
        'query($id: ID!) { asset(id: $id) { meters { kind readings(first: 2) { value estimated } } } }',
        { id: me.device.assetId },
        { token },
      );
      expect(history.data?.asset.meters.find((m) => m.kind === 'BLACK')?.readings).toEqual([
        { value: 15_200, estimated: false },
        { value: 15_562, estimated: true },
      ]);
    } finally {
      app.clock.now = new Date(TEST_START);
    }
  });
});

describe('meter settings', () => {
  it('are the business managers\' to change: the feature, the tolerance and the reading window', async () => {
    const { tenant, me } = await meterWorld();
    const owner = await signedInStaff(app, tenant.id, 'owner');
    const update = (input: Record<string, unknown>) =>
      app.call<{ updateTenantSettings: { features: { meters: boolean }; meterTolerancePercent: number; meterReadingWindowDays: number } }>(
        'admin',
        'mutation($input: TenantSettingsInput!) { updateTenantSettings(input: $input) { features { meters } meterTolerancePercent meterReadingWindowDays } }',
        { input },
        { token: owner.token },
      );
    const res = await update({ meterTolerancePercent: 10, meterReadingWindowDays: 3, features: { meters: true } });
    expect(res.errors).toBeUndefined();
    expect(res.data?.updateTenantSettings).toEqual({ features: { meters: true }, meterTolerancePercent: 10, meterReadingWindowDays: 3 });
    expect((await update({ meterTolerancePercent: 0 })).errors?.[0]?.extensions).toMatchObject({ field: 'meterTolerancePercent', reason: 'OUT_OF_RANGE' });
    expect((await update({ meterReadingWindowDays: 28 })).errors?.[0]?.extensions).toMatchObject({ field: 'meterReadingWindowDays', reason: 'OUT_OF_RANGE' });
    // 10 %: 15,400 is now too far above the 15,000 expected.
    const flagged = await submit(me.token, { assetId: me.device.assetId, readings: [{ meterId: me.device.black, value: 15_400 }] });
    expect(flagged.data?.submitMeterReadings[0]).toMatchObject({ status: 'FLAGGED', flagReason: 'ABOVE_EXPECTED' });
  });
});

describe('API tokens in the portal', () => {
  it('are shown once, listed by their last 4 characters, and revoked only by their customer', async () => {
    const { me, other } = await meterWorld();
    const created = await app.call<{ createMeterApiToken: { token: string; apiToken: { id: string; last4: string; name: string } } }>(
      'portal',
      'mutation { createMeterApiToken(name: "FM Audit agent") { token apiToken { id name last4 createdAt lastUsedAt revokedAt } } }',
      {},
      { token: me.token },
    );
    expect(created.errors).toBeUndefined();
    const { token, apiToken } = created.data!.createMeterApiToken;
    expect(token).toMatch(/^pmr_/);
    expect(apiToken.last4).toBe(token.slice(-4));
    const stored = await app.owner.meterApiToken.findFirst({ where: { id: apiToken.id } });
    expect(stored?.tokenHash).not.toContain(token);
    const list = await app.call<{ meterApiTokens: { id: string }[] }>('portal', 'query { meterApiTokens { id name last4 } }', {}, { token: me.token });
    expect(list.data?.meterApiTokens.map((t) => t.id)).toEqual([apiToken.id]);
    const theirs = await app.call<{ meterApiTokens: unknown[] }>('portal', 'query { meterApiTokens { id } }', {}, { token: other.token });
    expect(theirs.data?.meterApiTokens).toEqual([]);
    const stolen = await app.call('portal', 'mutation($id: ID!) { revokeMeterApiToken(id: $id) { id } }', { id: apiToken.id }, { token: other.token });
    expect(stolen.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const revoked = await app.call<{ revokeMeterApiToken: { revokedAt: string | null } }>(
      'portal',
      'mutation($id: ID!) { revokeMeterApiToken(id: $id) { id revokedAt } }',
      { id: apiToken.id },
      { token: me.token },
    );
    expect(revoked.data?.revokeMeterApiToken.revokedAt).toBe(TEST_START.toISOString());
  });
});

describe('who reaches readings', () => {
  it('another customer, another tenant and a technician reach nothing; the feature switched off closes the door', async () => {
    const { tenant, me, other, technician } = await meterWorld();
    const elsewhere = await meterWorld();
    const reading = (await submit(me.token, { assetId: me.device.assetId, readings: [{ meterId: me.device.colour, value: 9_000 }] })).data!.submitMeterReadings[0]!;

    // Another customer of the business: their own device only.
    const foreign = await submit(other.token, { assetId: me.device.assetId, readings: [{ meterId: me.device.black, value: 20_000 }] });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const peek = await app.call('portal', 'query($id: ID!) { asset(id: $id) { meters { id } } }', { id: me.device.assetId }, { token: other.token });
    expect(peek.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    // Another business's office: not found.
    for (const mutation of ['approveMeterReading(id: $id) { id }', 'rejectMeterReading(id: $id) { id }', 'correctMeterReading(id: $id, value: 3000, note: "x") { id }']) {
      const res = await app.call('admin', `mutation($id: ID!) { ${mutation} }`, { id: reading.id }, { token: elsewhere.office.token });
      expect(res.errors?.[0]?.extensions?.code, mutation).toBe('NOT_FOUND');
    }
    const otherMeters = await app.call('admin', 'query($id: ID!) { meterReadings(meterId: $id) { id } }', { id: me.device.black }, { token: elsewhere.office.token });
    expect(otherMeters.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const otherQueue = await app.call<{ meterReadingsForReview: { nodes: unknown[] } }>('admin', 'query { meterReadingsForReview { nodes { id } } }', {}, { token: elsewhere.office.token });
    expect(otherQueue.data?.meterReadingsForReview.nodes).toEqual([]);

    // A technician: none of it.
    const tech = await app.call('admin', 'mutation($id: ID!) { approveMeterReading(id: $id) { id } }', { id: reading.id }, { token: technician.token });
    expect(tech.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const techQueue = await app.call('admin', 'query { meterReadingsForReview { nodes { id } } }', {}, { token: technician.token });
    expect(techQueue.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const techRecord = await app.call(
      'admin',
      'mutation($input: RecordMeterReadingInput!) { recordMeterReading(input: $input) { id } }',
      { input: { meterId: me.device.black, value: 20_000, readAt: '2026-11-20T10:00:00Z' } },
      { token: technician.token },
    );
    expect(techRecord.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // The business switches meters off.
    await app.owner.tenant.update({ where: { id: tenant.id }, data: { featureMeters: false } });
    const off = await submit(me.token, { assetId: me.device.assetId, readings: [{ meterId: me.device.black, value: 20_000 }] });
    expect(off.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'FEATURE_OFF' });
    const offField = await app.call('portal', 'query($id: ID!) { asset(id: $id) { name meters { id } } }', { id: me.device.assetId }, { token: me.token });
    expect(offField.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'FEATURE_OFF' });
  });
});
