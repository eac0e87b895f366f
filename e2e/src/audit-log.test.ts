// The audit log (issue 22): after the owner changes a setting, they find it in the audit log
// filtered by person and kind, with a link and where from, and the CSV download holds it.
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, MOBILE, useBrowser } from './browser.js';
import { makeBusiness } from './business-world.js';
import { DEMO_PASSWORD } from './demo.js';
import { adminMenuRows, adminUrl, signInToAdmin } from './flows.js';
import { saveScreenshot } from './screenshots.js';

const browser = useBrowser();
let db: pg.Client;
const SLUG = `audit-${Date.now().toString(36)}`;
const OWNER = { name: 'Priya Auditwell', email: `priya.${SLUG}@example.net` };

beforeAll(async () => {
  db = new pg.Client({ connectionString: inject('databaseUrl') });
  await db.connect();
  await makeBusiness(db, {
    slug: SLUG,
    name: 'Ledger & Sons Heating',
    timeZone: 'America/Toronto',
    primaryColor: '#1d4ed8',
    changes: 'feature_projects = false',
    owner: OWNER,
    customer: { name: 'Rowan Example', email: `rowan.${SLUG}@example.net` },
  });
});

afterAll(async () => {
  await db.end();
});

async function onPhone(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: MOBILE, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(MOBILE);
  await saveScreenshot(page, name);
  await page.setViewportSize({ width: DESKTOP, height: 900 });
}

describe('admin: the audit log', () => {
  it('shows the owner’s change of a setting, filtered by person and kind, and exports it as CSV', async () => {
    const page = await browser.page({ width: DESKTOP });
    await signInToAdmin(page, SLUG, OWNER.email, DEMO_PASSWORD);

    // The action: the owner keeps the audit log for a year.
    await page.goto(adminUrl('/settings'));
    const retention = page.getByLabel('Keep the audit log for (days)');
    await retention.fill('365');
    await page.getByRole('button', { name: 'Save the settings' }).first().click();
    await page.getByText('The settings were saved').first().waitFor();

    // The audit log is in the owner's navigation, under More (with what an owner opens now and then), so
    // that the owner's menu stays on one row on a laptop.
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await adminMenuRows(nav)).toBe(1);
    await nav.getByRole('button', { name: 'More' }).click();
    expect(await nav.getByRole('button', { name: 'More' }).getAttribute('aria-expanded')).toBe('true');
    await nav.getByRole('link', { name: 'Audit log' }).click();
    await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
    // The menu closed on the way, and says the page open is in it.
    expect(await nav.getByRole('button', { name: /^More/ }).getAttribute('aria-expanded')).toBe('false');
    expect(await nav.getByRole('button', { name: 'More (the page open is in here)' }).count()).toBe(1);
    await page.getByLabel('Person').selectOption({ label: OWNER.name });
    await page.getByLabel('Kind of action').selectOption({ label: 'Business settings' });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/\/audit\?.*kind=tenant/);
    const entries = page.getByTestId('audit-entries').getByRole('listitem');
    const entry = entries.filter({ hasText: 'Changed the settings' });
    await entry.first().waitFor();
    expect(await entries.count()).toBe(1);
    const text = await entry.innerText();
    expect(text).toContain(OWNER.name);
    expect(text).toMatch(/From \S+/);
    await saveScreenshot(page, 'admin-audit-log');
    await onPhone(page, 'admin-audit-log');

    // The same filters, as a CSV file.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    const path = await download.path();
    const csv = await readFile(path, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines[0]).toContain('"Time","Time zone","Actor type","Actor"');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`"${OWNER.name}"`);
    expect(lines[1]).toContain('"tenant.settings_updated"');
    expect(lines[1]).toContain('"America/Toronto"');
  });
});
