// An owner uploads the business logo in the admin settings; it shows, really loaded, in the
// settings' preview and in the portal's header: at the portal's address and at the business's own
// domain (both forward /public/v1/* to the API). Pawsome's owner, so the other files'
// Northwind pages are left alone; the logo is removed again at the end. (The browser asks for
// English: the admin speaks it.)
import { deflateSync } from 'node:zlib';
import type { Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { setVerifiedCustomDomain } from './custom-domains.js';
import { DESKTOP, MOBILE, useBrowser } from './browser.js';
import { DEMO_PASSWORD, STAFF, TENANTS } from './demo.js';
import { adminUrl, portalUrl, signInToAdmin } from './flows.js';
import { saveScreenshot } from './screenshots.js';

const DOMAIN = 'portal.pawsome.example';
const browser = useBrowser({ args: [`--host-resolver-rules=MAP ${DOMAIN} 127.0.0.1`] });
const onDomain = (path: string) => `http://${DOMAIN}:${new URL(inject('portalUrl')).port}${path}`;
const { slug } = TENANTS.pawsome;
const POLL = { timeout: 10_000 };

// ---- A real PNG, made here: a 96×96 paw-pink square with a darker disc ----

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function logoPng(size = 96): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(2, 9); // truecolour RGB
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y += 1) {
    const row = Buffer.alloc(1 + size * 3); // filter byte 0, then RGB
    for (let x = 0; x < size; x += 1) {
      const inDisc = (x - size / 2) ** 2 + (y - size / 2) ** 2 < (size / 3) ** 2;
      row.set(inDisc ? [157, 23, 77] : [251, 207, 232], 1 + x * 3);
    }
    rows.push(row);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

// ---- Helpers ----

/** The image's intrinsic width once the browser has decoded it: 0 for a broken image. */
async function loadedWidth(img: Locator): Promise<number> {
  await img.waitFor();
  await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).complete), POLL).toBe(true);
  return img.evaluate((el) => (el as HTMLImageElement).naturalWidth);
}

const portalLogo = (page: Page) => page.locator('header.tenant-header img');

// Pawsome's own domain only for the few seconds this file needs it: while it is set, every email
// link of Pawsome points there, and other files (run alongside) follow Pawsome's emailed links.
afterAll(() => setVerifiedCustomDomain(slug, null));

describe('the business logo', () => {
  // Five pages, three addresses and two widths: more than the default 30 s when the whole suite runs alongside.
  it('uploaded in the settings, shows in the preview and in the portal header, on the portal address and the business’s own domain', { timeout: 90_000 }, async () => {
    const claire = STAFF.claire;
    const admin = await browser.page({ width: DESKTOP });
    await signInToAdmin(admin, claire.tenant.slug, claire.email, DEMO_PASSWORD);
    await admin.goto(adminUrl('/settings'));
    await admin.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();

    const png = logoPng();
    await admin.getByLabel('Logo', { exact: true }).setInputFiles({ name: 'pawsome-logo.png', mimeType: 'image/png', buffer: png });
    await admin.getByText('The new logo is live.').waitFor(POLL);

    // The settings show the logo beside the upload field and in the portal header's preview, loaded.
    const current = admin.getByRole('img', { name: 'Current logo' });
    expect(await loadedWidth(current)).toBe(96);
    const preview = admin.locator('figure', { has: admin.getByText('Portal header preview') }).locator('img');
    expect(await loadedWidth(preview)).toBe(96);
    const src = await preview.getAttribute('src');
    // Served through the admin's own address, which forwards it to the API.
    expect(src).toMatch(new RegExp(`^/public/v1/tenants/${slug}/logo/\\d+\\.png$`));
    const served = await admin.request.get(adminUrl(src ?? ''));
    expect(served.status()).toBe(200);
    expect(served.headers()['content-type']).toBe('image/png');
    expect(served.headers()['cache-control']).toContain('immutable');
    expect(Buffer.from(await served.body()).equals(png)).toBe(true);
    await preview.scrollIntoViewIfNeeded();
    await saveScreenshot(admin, 'admin-settings-logo');
    await admin.setViewportSize({ width: MOBILE, height: 844 });
    await preview.scrollIntoViewIfNeeded();
    expect(await loadedWidth(preview)).toBe(96);
    await saveScreenshot(admin, 'admin-settings-logo');
    await admin.setViewportSize({ width: DESKTOP, height: 800 });

    // The portal's header, for anyone (its sign-in page), at both widths.
    for (const width of [MOBILE, DESKTOP]) {
      const portal = await browser.page({ width });
      await portal.goto(portalUrl(`/${slug}/login`));
      await portal.getByRole('banner').getByText(TENANTS.pawsome.name, { exact: true }).waitFor();
      expect(await portalLogo(portal).getAttribute('src')).toBe(src);
      expect(await loadedWidth(portalLogo(portal))).toBe(96);
      await saveScreenshot(portal, 'portal-header-logo');
    }

    // At the business's own domain, the same relative address loads through that domain.
    await setVerifiedCustomDomain(slug, DOMAIN);
    try {
      const own = await browser.page({ width: MOBILE });
      await own.goto(onDomain('/login'));
      await own.getByRole('banner').getByText(TENANTS.pawsome.name, { exact: true }).waitFor();
      expect(await loadedWidth(portalLogo(own))).toBe(96);
      await saveScreenshot(own, 'portal-custom-domain-logo');
    } finally {
      await setVerifiedCustomDomain(slug, null);
    }

    // Removed again: the demo's portal goes back to its name alone.
    await admin.getByRole('button', { name: 'Remove the logo' }).click();
    await admin.getByText('The logo was removed.').waitFor(POLL);
    // The notice comes first, then the page's data again.
    await expect.poll(() => admin.getByRole('img', { name: 'Current logo' }).count(), POLL).toBe(0);
    const after = await browser.page({ width: DESKTOP });
    await after.goto(portalUrl(`/${slug}/login`));
    await after.getByRole('banner').getByText(TENANTS.pawsome.name, { exact: true }).waitFor();
    expect(await portalLogo(after).count()).toBe(0);
  });
});
