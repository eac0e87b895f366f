// A customer's activity log on the admin customer page names what each entry is about and links
// to it; signing in shows there, not among the communications.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, MOBILE, useBrowser } from './browser.js';
import { DEMO_PASSWORD, STAFF } from './demo.js';
import { adminUrl, signInToAdmin } from './flows.js';
import { saveScreenshot } from './screenshots.js';

const browser = useBrowser();

// Demo data (prisma/seed/northwind.ts): Luis completed Greta's drain job; Alex signed in lately.
const GRETA = 'Greta Olsen';
const GRETA_JOB = 'Basement floor drain backing up';
const ALEX = 'Alex Morgan';

async function openCustomer(page: Page, name: string): Promise<void> {
  await page.goto(adminUrl(`/customers?q=${encodeURIComponent(name)}`));
  await page.getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

describe('admin: a customer’s activity', () => {
  it('names the job whose status changed and links to it; sign-ins are in the activity log, not the communications', async () => {
    const page = await browser.page({ width: DESKTOP });
    await signInToAdmin(page, STAFF.dana.tenant.slug, STAFF.dana.email, DEMO_PASSWORD);

    await openCustomer(page, GRETA);
    const activity = page.getByRole('region', { name: 'Portal activity' });
    const entry = activity.getByRole('listitem').filter({ hasText: 'Changed a job’s status' });
    await entry.waitFor();
    const link = entry.getByRole('link', { name: GRETA_JOB });
    expect(await entry.innerText()).toContain(`Changed a job’s status · ${GRETA_JOB}`);
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/jobs\/[0-9a-f-]{36}$/);
    // The same job as in her list of jobs.
    const jobs = page.getByRole('region', { name: 'Jobs' });
    expect(await jobs.getByRole('link', { name: GRETA_JOB }).getAttribute('href')).toBe(href);
    await saveScreenshot(page, 'admin-customer-activity');
    await page.setViewportSize({ width: MOBILE, height: 844 });
    await entry.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'admin-customer-activity');
    await page.setViewportSize({ width: DESKTOP, height: 800 });

    await link.click();
    await page.getByRole('heading', { level: 1, name: GRETA_JOB }).waitFor();
    expect(new URL(page.url()).pathname).toBe(href);

    // Alex's sign-in: in his activity log, not among his communications.
    await openCustomer(page, ALEX);
    const alexActivity = page.getByRole('region', { name: 'Portal activity' });
    await alexActivity.getByRole('listitem').filter({ hasText: 'Signed in' }).first().waitFor();
    const communications = page.getByRole('region', { name: 'Communications' });
    await communications.getByRole('listitem').first().waitFor();
    expect(await communications.getByRole('listitem').filter({ hasText: 'Signed in' }).count()).toBe(0);
  });
});
