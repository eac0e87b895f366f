// "On my way" in both apps: Alex sees Luis on the way on the dashboard and the job page; Luis, on
// his phone, picks a new arrival time from the quick choices and says he has arrived; Alex's open
// page then says "Arrived" by itself. Screenshots of the technician's picker and the customer's page at both widths.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, MOBILE, useBrowser } from './browser.js';
import { CUSTOMERS, DEMO_PASSWORD, STAFF } from './demo.js';
import { adminUrl, portalUrl, queryFromPage, signInToAdmin, signInToAdminAsTechnician, signInToPortal } from './flows.js';
import { saveScreenshot } from './screenshots.js';

const browser = useBrowser();
const { alex } = CUSTOMERS;
const { luis, dana } = STAFF;

// Demo data (prisma/seed/northwind.ts): Alex's visit starting soon, Luis already on his way to it;
// Greta's job of today, which nobody is on the way to.
const ALEX_JOB = 'Furnace short-cycling';
const GRETA_JOB = 'Camera inspection of the floor drain line';

async function expectNoHorizontalScroll(page: Page, width: number, what: string): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth), what).toBeLessThanOrEqual(width);
}

async function alexJobId(page: Page): Promise<string> {
  const { jobs } = await queryFromPage<{ jobs: { nodes: { id: string; title: string }[] } }>(page, 'portal', '{ jobs(when: UPCOMING, first: 50) { nodes { id title } } }');
  const job = jobs.nodes.find((j) => j.title === ALEX_JOB);
  if (!job) throw new Error(`${ALEX_JOB} is not among Alex's upcoming jobs`);
  return job.id;
}

describe('on my way', () => {
  it('the customer sees the technician on the way, he changes the time and arrives, and the customer sees it', async () => {
    // Alex, on the dashboard and the job page: on the way, with the time and Luis's name.
    const customer = await browser.page({ width: DESKTOP });
    await signInToPortal(customer, alex.tenant.slug, alex.email, DEMO_PASSWORD);
    const next = customer.getByRole('listitem').filter({ has: customer.getByRole('link', { name: ALEX_JOB }) });
    await next.getByText(/^On the way$/).waitFor();
    expect(await next.innerText()).toMatch(new RegExp(`arriving around \\d{1,2}:\\d\\d\\s[AP]M \\(${luis.name}\\)`));
    await saveScreenshot(customer, 'on-my-way-portal-dashboard');

    const jobId = await alexJobId(customer);
    await customer.goto(portalUrl(`/${alex.tenant.slug}/portal/jobs/${jobId}`));
    await customer.getByRole('heading', { level: 1, name: ALEX_JOB }).waitFor();
    const banner = customer.locator('main .visit');
    await banner.getByText('On the way', { exact: true }).waitFor();
    expect(await banner.innerText()).toContain(`(${luis.name})`);
    await saveScreenshot(customer, 'on-my-way-portal-job');
    await customer.setViewportSize({ width: MOBILE, height: 844 });
    await expectNoHorizontalScroll(customer, MOBILE, 'portal job page');
    await saveScreenshot(customer, 'on-my-way-portal-job');

    // Luis, on his phone: the card says he is on the way; a new time from the quick choices, then arrived.
    const tech = await browser.page({ width: MOBILE });
    await signInToAdminAsTechnician(tech, luis.tenant.slug, luis.email, DEMO_PASSWORD);
    const card = tech.getByRole('article', { name: ALEX_JOB });
    await card.getByText('On the way', { exact: true }).waitFor();
    await card.getByRole('button', { name: 'Change the arrival time' }).click();
    const picker = card.getByRole('group', { name: 'When will you arrive?' });
    await picker.waitFor();
    // The picker takes the focus: the first quick choice.
    expect(await tech.evaluate(() => document.activeElement?.textContent.trim())).toBe('15 min');
    await expectNoHorizontalScroll(tech, MOBILE, 'my day picker');
    await saveScreenshot(tech, 'on-my-way-admin-picker');
    await tech.setViewportSize({ width: DESKTOP, height: 900 });
    await saveScreenshot(tech, 'on-my-way-admin-picker');
    await tech.setViewportSize({ width: MOBILE, height: 844 });

    await picker.getByRole('button', { name: '45 min' }).click();
    await tech.getByText(/^The customer was told: arriving around /).waitFor();
    await card.getByRole('button', { name: 'I have arrived' }).click();
    await tech.getByText(`Marked as arrived at “${ALEX_JOB}”.`).waitFor();
    await card.getByText(/^Arrived at /).waitFor();
    expect(await card.getByRole('button', { name: 'I have arrived' }).count()).toBe(0);
    await card.getByRole('button', { name: 'Start the job' }).waitFor();
    await saveScreenshot(tech, 'on-my-way-admin-arrived');

    // Alex's open page says he has arrived, without a reload (the live layer's job event).
    await banner.getByText('Arrived', { exact: true }).waitFor({ timeout: 10_000 });
    expect(await banner.innerText()).toContain(`(${luis.name})`);
    await saveScreenshot(customer, 'on-my-way-portal-arrived');
  }, 120_000);

  it('the office opens the choice of arrival times on a job’s page with the keyboard, and closes it without sending', async () => {
    const page = await browser.page({ width: DESKTOP });
    await signInToAdmin(page, dana.tenant.slug, dana.email, DEMO_PASSWORD);
    const { adminJobs } = await queryFromPage<{ adminJobs: { nodes: { id: string; title: string }[] } }>(page, 'admin', '{ adminJobs(first: 100) { nodes { id title } } }');
    const greta = adminJobs.nodes.find((j) => j.title === GRETA_JOB);
    if (!greta) throw new Error(`${GRETA_JOB} is not among the jobs`);
    await page.goto(adminUrl(`/jobs/${greta.id}`));
    await page.getByRole('heading', { level: 1, name: GRETA_JOB }).waitFor();

    const open = page.getByRole('button', { name: 'Technician on the way' });
    await open.focus();
    await page.keyboard.press('Enter');
    const picker = page.getByRole('group', { name: 'When will the technician arrive?' });
    await picker.waitFor();
    await picker.getByLabel('Or at').waitFor();
    await saveScreenshot(page, 'on-my-way-admin-office');
    await page.setViewportSize({ width: MOBILE, height: 844 });
    await expectNoHorizontalScroll(page, MOBILE, 'admin job page picker');
    await saveScreenshot(page, 'on-my-way-admin-office');

    await picker.getByRole('button', { name: 'Not now' }).click();
    await expect.poll(() => picker.count()).toBe(0);
    // The focus is back on the button that opened it; nothing was sent.
    expect(await page.evaluate(() => document.activeElement?.textContent.trim())).toBe('Technician on the way');
    const { adminJob } = await queryFromPage<{ adminJob: { visitStage: string } }>(page, 'admin', 'query($id: ID!) { adminJob(id: $id) { visitStage } }', { id: greta.id });
    expect(adminJob.visitStage).toBe('not_started');
  }, 60_000);
});
