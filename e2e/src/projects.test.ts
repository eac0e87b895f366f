// A building contractor's customer follows their projects on a phone: the kitchen's progress, its
// weather delay and the new end date, the photo gallery in the full-screen viewer (by keyboard),
// and the completion certificate of the finished bathroom. Then the office reports another delay
// and the customer's open page shows it, and says it, without a reload. The contractor, its
// customer and the projects are this file's own (projects-world.ts), so no other test interferes.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser.js';
import { DEMO_PASSWORD } from './demo.js';
import { portalUrl, queryFromPage, signInToAdmin, signInToPortal } from './flows.js';
import { makeContractor, makeProjects, type ContractorWorld, type ProjectsWorld } from './projects-world.js';
import { ARTIFACTS_DIR, saveScreenshot } from './screenshots.js';

const browser = useBrowser();
/** Live means well within two seconds; the wait allows for a slow machine, never a reload. */
const LIVE = { timeout: 2_000 };

let db: pg.Client;
let world: ContractorWorld;
let projects: ProjectsWorld;
let office: Page;

beforeAll(async () => {
  db = new pg.Client({ connectionString: inject('databaseUrl') });
  await db.connect();
  world = await makeContractor(db);
  office = await browser.page({ width: 1280, keepForFile: true });
  await signInToAdmin(office, world.slug, world.staffEmail, DEMO_PASSWORD);
  projects = await makeProjects(office, world);
});

afterAll(async () => {
  await db.end();
});

async function liveOn(page: Page): Promise<void> {
  await page.locator('[data-testid="live-status"][data-state="live"]').waitFor();
}

describe('a customer follows their construction project', () => {
  it('shows progress, a delay and the gallery on a phone, downloads the certificate, and shows a new delay live', { timeout: 90_000 }, async () => {
    const customer = await browser.page({ width: 390, height: 844 });
    await signInToPortal(customer, world.slug, world.customerEmail, DEMO_PASSWORD);

    // The dashboard has the project under way; the menu leads to the projects.
    const card = customer.getByRole('region', { name: 'Your project' });
    await card.getByRole('link', { name: 'Kitchen remodel', exact: true }).waitFor();
    await customer.getByRole('button', { name: /^Menu/ }).click();
    await customer.getByRole('link', { name: 'Projects', exact: true }).click();
    await customer.getByRole('heading', { level: 1, name: 'Your projects' }).waitFor();
    await customer.getByRole('link', { name: projects.kitchen.name, exact: true }).click();
    await customer.getByRole('heading', { level: 1, name: projects.kitchen.name }).waitFor();

    // Progress, as a bar a screen reader reads, and in words.
    const bar = customer.getByRole('progressbar', { name: 'Progress of the project' });
    expect(await bar.getAttribute('aria-valuenow')).toBe(String(projects.kitchen.progressPercent));
    await customer.getByText(`${projects.kitchen.progressPercent}% complete`).first().waitFor();
    expect(projects.kitchen.progressPercent).toBeGreaterThan(0);

    // The weather delay and the end date it moved.
    const delays = customer.getByTestId('project-delays');
    await delays.getByText('Weather', { exact: true }).waitFor();
    await delays.getByText('3 days', { exact: true }).waitFor();
    await delays.getByText(/spring snowstorm/).waitFor();
    await delays.getByText('Now expected:').waitFor();
    await delays.getByText(/^3 days later than the contract date/).waitFor();
    await saveScreenshot(customer, 'portal-project');

    // The gallery: the "before" filter, then every photo in the viewer, by keyboard.
    const gallery = customer.getByRole('region', { name: 'Photos' });
    await gallery.getByRole('button', { name: /^Before/ }).click();
    expect(await gallery.getByRole('listitem').count()).toBe(1);
    await gallery.getByRole('button', { name: /^All/ }).click();
    expect(await gallery.getByRole('listitem').count()).toBe(projects.photoCaptions.length);
    const first = gallery.getByRole('button', { name: /^Open photo 1 of 3/ });
    await first.click();
    const viewer = customer.getByRole('dialog', { name: '1 of 3' });
    await viewer.waitFor();
    await viewer.getByText(projects.photoCaptions[0] ?? '', { exact: true }).waitFor();
    await customer.keyboard.press('ArrowRight');
    await customer
      .getByRole('dialog', { name: '2 of 3' })
      .getByText(projects.photoCaptions[1] ?? '', { exact: true })
      .waitFor();
    await customer.keyboard.press('ArrowRight');
    await customer.getByRole('dialog', { name: '3 of 3' }).waitFor();
    await customer
      .getByRole('dialog')
      .getByText(/Drywall · taken /)
      .waitFor();
    await customer
      .getByRole('dialog')
      .locator('img')
      .evaluate((img: HTMLImageElement) => img.decode());
    // The viewer fills the screen: what the phone shows, not the whole page behind it.
    await customer.screenshot({ path: path.join(ARTIFACTS_DIR, 'portal-project-viewer-390.png') });
    await customer.keyboard.press('ArrowRight');
    await customer.getByRole('dialog', { name: '1 of 3' }).waitFor();
    await customer.keyboard.press('Escape');
    await customer.getByRole('dialog').waitFor({ state: 'hidden' });
    // Focus goes back to the photo that opened it.
    expect(await first.evaluate((el) => el === document.activeElement)).toBe(true);

    // The finished bathroom: its certificate downloads.
    await customer.goto(portalUrl(`/${world.slug}/portal/projects/${projects.bathroom.id}`));
    await customer.getByRole('heading', { level: 1, name: projects.bathroom.name }).waitFor();
    // Generated in the background when the project was completed: the page shows it once written.
    const certificate = customer.getByRole('link', { name: `Download ${projects.bathroom.certificateTitle}` });
    await certificate.waitFor({ timeout: 30_000 });
    await customer.getByRole('heading', { level: 3, name: 'Certificates' }).waitFor();
    const [download] = await Promise.all([customer.waitForEvent('download'), certificate.click()]);
    expect(download.suggestedFilename()).toBe(`${projects.bathroom.certificateTitle}.pdf`);
    const saved = await download.path();
    expect((await readFile(saved)).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // Back on the kitchen, the office reports a delay: the open page shows it and says so.
    await customer.goto(portalUrl(`/${world.slug}/portal/projects/${projects.kitchen.id}`));
    await customer.getByRole('heading', { level: 1, name: projects.kitchen.name }).waitFor();
    await liveOn(customer);
    const { reportProjectDelay } = await queryFromPage<{ reportProjectDelay: { forecastEndDate: string } }>(
      office,
      'admin',
      'mutation($id: ID!, $input: ProjectDelayInput!) { reportProjectDelay(projectId: $id, input: $input) { forecastEndDate } }',
      { id: projects.kitchen.id, input: { cause: 'materials', days: 5, note: 'The quartz slab arrived cracked; the supplier is cutting a new one.' } },
    );
    expect(reportProjectDelay.forecastEndDate > projects.kitchen.forecastEndDate).toBe(true);
    await delays.getByText('Materials', { exact: true }).waitFor(LIVE);
    await delays.getByText(/quartz slab arrived cracked/).waitFor(LIVE);
    await delays.getByText(/^8 days later than the contract date/).waitFor(LIVE);
    await expect.poll(() => customer.getByTestId('project-announcement').innerText(), LIVE).toBe('New delay reported: Materials, 5 days.');
    await saveScreenshot(customer, 'portal-project-delayed');

    // The same page on a computer.
    const desktop = await browser.page({ width: 1280 });
    await signInToPortal(desktop, world.slug, world.customerEmail, DEMO_PASSWORD);
    await desktop.goto(portalUrl(`/${world.slug}/portal/projects/${projects.kitchen.id}`));
    await desktop.getByRole('heading', { level: 1, name: projects.kitchen.name }).waitFor();
    await saveScreenshot(desktop, 'portal-project');
  });
});
