// Readings by email end to end: a real SMTP client (nodemailer) sends to the API's inbound listener
// at the customer's readings address; readings are taken (photo attached), and the sender is
// answered with what was taken and refused; unknown addresses and senders are refused at SMTP level.
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/app.js';
import { customerToken, makeAsset, makeAssetType, makeCustomer, makeTenant } from '../test/factory.js';
import { readingAddress } from './reading-address.js';

const DOMAIN = 'in.portico.test';
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ inboundEmailDomain: DOMAIN, inboundSmtp: { port: 0, host: '127.0.0.1' } });
});
afterAll(() => app.close());

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

async function world(locale = 'en') {
  const tenant = await makeTenant(app.owner);
  await app.owner.tenant.update({ where: { id: tenant.id }, data: { featureMeters: true } });
  const type = await makeAssetType(app.owner, tenant.id, { en: 'Copier' });
  const { customer, account } = await makeCustomer(app.owner, tenant.id);
  await app.owner.customer.update({ where: { tenantId_id: { tenantId: tenant.id, id: customer.id } }, data: { locale } });
  const asset = await makeAsset(app.owner, tenant.id, customer.id, type.id, { name: 'Copier' });
  await app.owner.asset.update({ where: { tenantId_id: { tenantId: tenant.id, id: asset.id } }, data: { serialNumber: 'KM-C250-0042' } });
  const black = await app.owner.meter.create({ data: { tenantId: tenant.id, customerId: customer.id, assetId: asset.id, kind: 'BLACK', label: 'Black' } });
  const colour = await app.owner.meter.create({ data: { tenantId: tenant.id, customerId: customer.id, assetId: asset.id, kind: 'COLOUR', label: 'Colour' } });
  await app.owner.meterReading.create({ data: { tenantId: tenant.id, customerId: customer.id, meterId: colour.id, value: 20_000, readAt: new Date('2026-10-31T15:00:00Z'), source: 'PORTAL' } });
  return { tenant, customer, account: account!, black: black.id, colour: colour.id, address: readingAddress(app.deps.config, customer.id) ?? '' };
}

function send(message: nodemailer.SendMailOptions) {
  const port = app.inbound?.port;
  if (!port) throw new Error('the inbound listener runs in these tests');
  return nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true }).sendMail({ subject: 'Meter readings', ...message });
}

async function refusal(message: nodemailer.SendMailOptions): Promise<{ responseCode?: number; response?: string }> {
  try {
    await send(message);
  } catch (error) {
    return error as { responseCode?: number; response?: string };
  }
  throw new Error('the message was accepted');
}

const answersTo = (tenantId: string, to: string) => app.owner.outboxEmail.findMany({ where: { tenantId, toAddress: to }, orderBy: { createdAt: 'asc' } });

describe('readings by email', () => {
  it('shows the customer their own address in the portal', async () => {
    const w = await world();
    const { token } = await customerToken(app, w.account);
    const res = await app.call<{ meterReadingEmailAddress: string }>('portal', 'query { meterReadingEmailAddress }', {}, { token });
    expect(res.data?.meterReadingEmailAddress).toBe(w.address);
    expect(w.address).toMatch(new RegExp(`^meters\\+[a-z2-7]+@${DOMAIN.replaceAll('.', '\\.')}$`));
  });

  it('takes the readings of the body with the photo attached, and answers what was taken and refused', async () => {
    const w = await world();
    const info = await send({
      from: w.customer.email,
      to: w.address,
      text: ['Hi,', 'Serial: km-c250-0042', 'Black: 12 345', 'Colour: 10', 'Scans: 5', '', 'Serial: XX-9', 'Black: 7', 'Regards'].join('\n'),
      attachments: [{ filename: 'counter.png', content: PNG, contentType: 'image/png' }],
    });
    expect(info.response).toMatch(/^250 2\.6\.0 1 reading\(s\) taken/);
    const readings = await app.owner.meterReading.findMany({ where: { customerId: w.customer.id, source: 'EMAIL' } });
    expect(readings).toHaveLength(1);
    expect(readings[0]).toMatchObject({ meterId: w.black, value: 12_345, status: 'ACCEPTED', photoContentType: 'image/png' });
    const stored = await app.deps.storage.get(readings[0]?.photoStorageKey ?? '');
    expect(stored?.sizeBytes).toBe(PNG.length);

    const [answer] = await answersTo(w.tenant.id, w.customer.email);
    expect(answer?.subject).toBe('Your meter readings');
    expect(answer?.text).toContain('Taken:\n- km-c250-0042 Black: 12345');
    expect(answer?.text).toContain('Colour: 10 (lower than the previous reading)');
    expect(answer?.text).toContain('Scans: 5 (this device has no meter of this kind)');
    expect(answer?.text).toContain('XX-9 Black: 7 (no device of yours has this serial number)');
  });

  it('answers an email it cannot read in the customer language, explaining how to write one', async () => {
    const w = await world('fr');
    await send({ from: w.customer.email, to: w.address.toUpperCase(), text: 'Bonjour, le compteur affiche beaucoup de pages.' });
    const [answer] = await answersTo(w.tenant.id, w.customer.email);
    expect(answer?.subject).toBe('Vos relevés de compteurs');
    expect(answer?.text).toContain('Nous n’y avons trouvé aucun relevé.');
    expect(answer?.text).toContain('Série : KM-C250-0042');
    expect(await app.owner.meterReading.count({ where: { customerId: w.customer.id, source: 'EMAIL' } })).toBe(0);
  });

  it('refuses at SMTP level an altered address, a sender who is not the customer, and a business with meters off', async () => {
    const w = await world();
    const body = { text: 'Serial: KM-C250-0042\nBlack: 100' };
    const altered = w.address.replace(/meters\+(.)/, (_m, c: string) => `meters+${c === 'a' ? 'b' : 'a'}`);
    expect((await refusal({ from: w.customer.email, to: altered, ...body })).responseCode).toBe(550);
    const stranger = await refusal({ from: 'someone@else.example', to: w.address, ...body });
    expect(stranger.responseCode).toBe(550);
    expect(stranger.response).toContain('5.7.1');
    await app.owner.tenant.update({ where: { id: w.tenant.id }, data: { featureMeters: false } });
    expect((await refusal({ from: w.customer.email, to: w.address, ...body })).responseCode).toBe(550);
    expect(await app.owner.meterReading.count({ where: { customerId: w.customer.id, source: 'EMAIL' } })).toBe(0);
    expect(await answersTo(w.tenant.id, w.customer.email)).toEqual([]);
  });
});
