import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromNewAddress, startTestApp, TEST_START, type TestApp } from '../test/app.js';
import { customerToken, makeAsset, makeAssetType, makeCustomer, makeTenant } from '../test/factory.js';
import { METER_API_PATH, METER_API_TOKEN_LIMIT } from './meter-readings.routes.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => {
  app.clock.now = new Date(TEST_START);
  return app.close();
});

async function agentWorld() {
  const tenant = await makeTenant(app.owner);
  await app.owner.tenant.update({ where: { id: tenant.id }, data: { featureMeters: true } });
  const type = await makeAssetType(app.owner, tenant.id, { en: 'Copier' });
  const { account } = await makeCustomer(app.owner, tenant.id);
  const customerId = account!.customerId;
  const meters: Record<string, string> = {};
  for (const serial of ['KM-C250-0042', 'KM-C250-0043']) {
    const asset = await makeAsset(app.owner, tenant.id, customerId, type.id, { name: serial });
    await app.owner.asset.update({ where: { tenantId_id: { tenantId: tenant.id, id: asset.id } }, data: { serialNumber: serial } });
    const black = await app.owner.meter.create({ data: { tenantId: tenant.id, customerId, assetId: asset.id, kind: 'BLACK', label: 'Black' } });
    meters[serial] = black.id;
    await app.owner.meterReading.createMany({
      data: [
        { tenantId: tenant.id, customerId, meterId: black.id, value: 10_000, readAt: new Date('2026-10-01T15:00:00Z'), source: 'API' },
        { tenantId: tenant.id, customerId, meterId: black.id, value: 13_000, readAt: new Date('2026-10-31T15:00:00Z'), source: 'API' },
      ],
    });
  }
  const { token: session } = await customerToken(app, account!);
  const created = await app.call<{ createMeterApiToken: { token: string; apiToken: { id: string } } }>(
    'portal',
    'mutation { createMeterApiToken(name: "Agent") { token apiToken { id } } }',
    {},
    { token: session },
  );
  expect(created.errors).toBeUndefined();
  return { tenant, customerId, session, meters, apiToken: created.data!.createMeterApiToken.token, apiTokenId: created.data!.createMeterApiToken.apiToken.id };
}

async function post(token: string | null, body: unknown, headers: Record<string, string> = fromNewAddress().headers ?? {}) {
  const res = await fetch(`${app.url}${METER_API_PATH}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return {
    status: res.status,
    headers: res.headers,
    body: (await res.json()) as Record<string, unknown> & { results?: Record<string, unknown>[]; errors?: { extensions: Record<string, unknown> }[] },
  };
}

describe('POST /api/v1/meter-readings', () => {
  it('takes readings for many devices at once and answers for each: accepted, flagged or refused with a reason', async () => {
    const world = await agentWorld();
    const res = await post(world.apiToken, {
      readings: [
        { serial: 'KM-C250-0042', meter: 'BLACK', value: 15_000 },
        { serial: 'km-c250-0043', meter: 'black', value: 40_000, readAt: '2026-11-20T14:00:00Z' },
        { serial: 'NOPE-1', meter: 'BLACK', value: 1 },
        { serial: 'KM-C250-0042', meter: 'COLOUR', value: 1 },
        { serial: 'KM-C250-0043', meter: 'BLACK', value: 41_000 },
        { serial: 'KM-C250-0042', meter: 'SPARKLES', value: 1 },
        { serial: 'KM-C250-0042', meter: 'BLACK', value: 12, readAt: 'yesterday' },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ accepted: 1, flagged: 1, refused: 5 });
    expect(res.body.results?.map((r) => [r.index, r.status, r.reason ?? null])).toEqual([
      [0, 'accepted', null],
      [1, 'flagged', 'ABOVE_EXPECTED'],
      [2, 'refused', 'UNKNOWN_SERIAL'],
      [3, 'refused', 'UNKNOWN_METER'],
      [4, 'refused', 'DUPLICATE_METER'],
      [5, 'refused', 'INVALID_METER'],
      [6, 'refused', 'INVALID_READ_AT'],
    ]);
    expect(res.body.results?.[0]).toMatchObject({ serial: 'KM-C250-0042', meter: 'BLACK', expectedValue: 15_000 });
    const stored = await app.owner.meterReading.findMany({ where: { customerId: world.customerId, source: 'API', apiTokenId: world.apiTokenId } });
    expect(stored.map((r) => r.value).sort()).toEqual([15_000, 40_000]);
    const token = await app.owner.meterApiToken.findFirst({ where: { id: world.apiTokenId } });
    expect(token?.lastUsedAt).toEqual(TEST_START);
    // A rollback is refused per reading too.
    const lower = await post(world.apiToken, { readings: [{ serial: 'KM-C250-0042', meter: 'BLACK', value: 14_000 }] });
    expect(lower.body.results?.[0]).toMatchObject({ status: 'refused', reason: 'READING_BELOW_PREVIOUS' });
    // The audit log holds the call that took readings, once, as the customer's; the refused call adds nothing.
    const logged = await app.owner.activityLog.findMany({ where: { tenantId: world.tenant.id, action: 'meter.readings_submitted_api' } });
    expect(logged).toEqual([expect.objectContaining({ actorType: 'customer', actorId: world.customerId, customerId: world.customerId, subjectId: world.apiTokenId })]);
  });

  it('answers 401 for a missing, made-up, other or revoked token', async () => {
    const world = await agentWorld();
    const body = { readings: [{ serial: 'KM-C250-0042', meter: 'BLACK', value: 15_000 }] };
    const missing = await post(null, body);
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toContain('Bearer');
    expect((await post('not-a-token', body)).status).toBe(401);
    // Our shape, the right tenant, a secret nobody was given.
    const madeUp = world.apiToken.replace(/_[^_]+$/, `_${'A'.repeat(43)}`);
    const res = await post(madeUp, body);
    expect(res.status).toBe(401);
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_TOKEN' });
    await app.call('portal', 'mutation($id: ID!) { revokeMeterApiToken(id: $id) { id } }', { id: world.apiTokenId }, { token: world.session });
    expect((await post(world.apiToken, body)).status).toBe(401);
    expect(await app.owner.meterReading.count({ where: { customerId: world.customerId, source: 'API', apiTokenId: { not: null } } })).toBe(0);
  });

  it('answers 400 with a reason for a body it cannot read, and 403 when the business has meters off', async () => {
    const world = await agentWorld();
    const malformed = await post(world.apiToken, '{"readings": [');
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MALFORMED_JSON' });
    const shapeless = await post(world.apiToken, { reading: [] });
    expect(shapeless.body.errors?.[0]?.extensions).toMatchObject({ reason: 'READINGS_REQUIRED' });
    const tooMany = await post(world.apiToken, { readings: Array.from({ length: 501 }, () => ({ serial: 'x', meter: 'BLACK', value: 1 })) });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.errors?.[0]?.extensions).toMatchObject({ reason: 'TOO_MANY_READINGS' });
    await app.owner.tenant.update({ where: { id: world.tenant.id }, data: { featureMeters: false } });
    const off = await post(world.apiToken, { readings: [{ serial: 'KM-C250-0042', meter: 'BLACK', value: 15_000 }] });
    expect(off.status).toBe(403);
    expect(off.body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'FEATURE_OFF' });
  });

  it('limits each token, answering 429 with Retry-After, until the window passes', async () => {
    const world = await agentWorld();
    const body = { readings: [{ serial: 'KM-C250-0042', meter: 'BLACK', value: 15_000 }] };
    for (let i = 0; i < METER_API_TOKEN_LIMIT.max; i++) expect((await post(world.apiToken, body)).status).toBe(200);
    const limited = await post(world.apiToken, body);
    expect(limited.status).toBe(429);
    expect(limited.body.errors?.[0]?.extensions.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    app.clock.now = new Date(TEST_START.getTime() + METER_API_TOKEN_LIMIT.windowSeconds * 1000);
    try {
      expect((await post(world.apiToken, body)).status).toBe(200);
    } finally {
      app.clock.now = new Date(TEST_START);
    }
  });
});
