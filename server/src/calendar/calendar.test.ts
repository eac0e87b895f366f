// Appointments as iCalendar: the signed .ics link and the revocable subscription feed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/app.js';
import { makeBookingCustomer, makeBookingTenant } from '../test/factory.js';
import { escapeText, foldLine, toIcs } from './ics.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

async function bookedWorld() {
  const { tenant, serviceType } = await makeBookingTenant(app.owner);
  const me = await makeBookingCustomer(app, tenant.id);
  const res = await app.call<{ bookAppointment: { id: string; calendarFileUrl: string } }>(
    'portal',
    'mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) { id calendarFileUrl } }',
    { input: { serviceTypeId: serviceType.id, start: '2026-11-23T14:00:00.000Z', siteId: me.site.id, description: 'Noise; rattles, sometimes' } },
    { token: me.token },
  );
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return { tenant, me, job: res.data.bookAppointment };
}

const FEED_PATH = (url: string) => new URL(url).pathname;

describe('ics text', () => {
  it('escapes text and folds long lines at 75 octets without splitting a character', () => {
    expect(escapeText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
    const folded = foldLine(`DESCRIPTION:${'é'.repeat(100)}`);
    for (const line of folded.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(
      folded
        .split('\r\n')
        .map((l, i) => (i === 0 ? l : l.slice(1)))
        .join(''),
    ).toBe(`DESCRIPTION:${'é'.repeat(100)}`);
    const ics = toIcs({ name: 'X', timeZone: 'Europe/Paris', now: new Date('2026-01-01T00:00:00Z'), events: [] });
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics).toContain('X-WR-TIMEZONE:Europe/Paris\r\n');
  });
});

describe('calendar over HTTP', () => {
  it("an appointment's signed link serves its .ics", async () => {
    const { tenant, job } = await bookedWorld();
    const res = await fetch(`${app.url}${job.calendarFileUrl}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const body = await res.text();
    expect(body).toContain(`UID:${job.id}@portico\r\n`);
    expect(body).toContain('DTSTART:20261123T140000Z\r\n');
    expect(body).toContain('DTEND:20261123T150000Z\r\n');
    expect(body).toContain('STATUS:CONFIRMED\r\n');
    expect(body).toContain('DESCRIPTION:Noise\\; rattles\\, sometimes\r\n');
    // Written as the country writes it, country named for the map.
    expect(body).toContain('LOCATION:1 Main St\\, Springfield 12345\\, United States\r\n');
    expect(body).toContain(`X-WR-TIMEZONE:${tenant.timeZone}`);
    const tampered = await fetch(`${app.url}${job.calendarFileUrl.replace(job.id, '00000000-0000-4000-8000-000000000000')}`);
    expect(tampered.status).toBe(404);
  });

  it("keeps the site's state in LOCATION, in the US order (city, state ZIP)", async () => {
    const { me, job } = await bookedWorld();
    await app.owner.site.update({
      where: { tenantId_id: { tenantId: me.site.tenantId, id: me.site.id } },
      data: { addressLine1: '1418 Maple Avenue', city: 'Evanston', postalCode: '60201', region: 'IL' },
    });
    const body = await (await fetch(`${app.url}${job.calendarFileUrl}`)).text();
    expect(body).toContain('LOCATION:1418 Maple Avenue\\, Evanston\\, IL 60201\\, United States\r\n');
  });

  it('a feed URL works until revoked; a new one replaces the old', async () => {
    const { me, job } = await bookedWorld();
    const CREATE = 'mutation { createCalendarFeed { url createdAt } }';
    const first = await app.call<{ createCalendarFeed: { url: string } }>('portal', CREATE, {}, { token: me.token });
    expect(first.errors).toBeUndefined();
    const firstPath = FEED_PATH(first.data!.createCalendarFeed.url);
    expect(firstPath).toMatch(/^\/calendar\/v1\/feeds\/[A-Za-z0-9_-]+\.ics$/);
    const feed = await fetch(`${app.url}${firstPath}`);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(await feed.text()).toContain(`UID:${job.id}@portico`);
    const status = await app.call('portal', '{ calendarFeed { active } }', {}, { token: me.token });
    expect(status.data).toEqual({ calendarFeed: { active: true } });

    const second = await app.call<{ createCalendarFeed: { url: string } }>('portal', CREATE, {}, { token: me.token });
    const secondPath = FEED_PATH(second.data!.createCalendarFeed.url);
    expect((await fetch(`${app.url}${firstPath}`)).status).toBe(404);
    expect((await fetch(`${app.url}${secondPath}`)).status).toBe(200);

    const revoked = await app.call('portal', 'mutation { revokeCalendarFeed { active } }', {}, { token: me.token });
    expect(revoked.data).toEqual({ revokeCalendarFeed: { active: false } });
    expect((await fetch(`${app.url}${secondPath}`)).status).toBe(404);
    expect((await fetch(`${app.url}/calendar/v1/feeds/not-a-real-token-at-all-0000.ics`)).status).toBe(404);
  });

  it("a feed shows only its customer's appointments, and a cancellation as CANCELLED", async () => {
    const { tenant, me, job } = await bookedWorld();
    const neighbour = await makeBookingCustomer(app, tenant.id);
    const theirs = await app.owner.job.create({
      data: {
        tenantId: tenant.id,
        customerId: neighbour.customer.id,
        siteId: neighbour.site.id,
        serviceTypeId: (await app.owner.serviceType.findFirstOrThrow({ where: { tenantId: tenant.id } })).id,
        title: 'Theirs',
        scheduledStart: new Date('2026-11-25T15:00:00Z'),
        scheduledEnd: new Date('2026-11-25T16:00:00Z'),
      },
    });
    await app.call('portal', 'mutation($id: ID!) { cancelAppointment(id: $id) { id } }', { id: job.id }, { token: me.token });
    const url = (await app.call<{ createCalendarFeed: { url: string } }>('portal', 'mutation { createCalendarFeed { url } }', {}, { token: me.token })).data!.createCalendarFeed
      .url;
    const body = await (await fetch(`${app.url}${FEED_PATH(url)}`)).text();
    expect(body).toContain(`UID:${job.id}@portico`);
    expect(body).toContain('STATUS:CANCELLED');
    expect(body).not.toContain(theirs.id);
  });
});
