// Every access to a document, logged (issue 19): a customer opens a shared document in the portal
// (View: shown in the browser, not saved) and it appears in their recent views there and in the
// office's Access history of that document, with the customer's name, on a phone and a desktop.
import { describe, expect, it } from 'vitest';
import { DESKTOP, MOBILE, useBrowser } from './browser.js';
import { CUSTOMERS, DEMO_PASSWORD, STAFF } from './demo.js';
import { adminUrl, portalUrl, signInToAdmin, signInToPortal } from './flows.js';
import { saveScreenshot } from './screenshots.js';

const browser = useBrowser();
const TITLE = 'Rheem water heater warranty registration';

describe('document access history', () => {
  it('a customer’s view of a document is in their recent views and in the office’s access history', async () => {
    const { priya } = CUSTOMERS;
    const portal = await browser.page({ width: MOBILE });
    await signInToPortal(portal, priya.tenant.slug, priya.email, DEMO_PASSWORD);
    await portal.goto(portalUrl(`/${priya.tenant.slug}/portal/documents`));
    const view = portal.getByRole('link', { name: `View ${TITLE} (opens in a new tab)` });
    const [shown] = await Promise.all([portal.context().waitForEvent('page'), view.click()]);
    // The file is shown there (inline; the API's tests check the headers), and the view is logged.
    await shown.close();

    await portal.reload();
    const recent = portal.getByRole('region', { name: 'Your recent views and downloads' });
    await expect.poll(() => recent.getByRole('listitem').first().innerText()).toContain(TITLE);
    expect(await recent.getByRole('listitem').first().innerText()).toContain('Viewed');
    await saveScreenshot(portal, 'portal-document-access');

    const office = await browser.page({ width: DESKTOP });
    await signInToAdmin(office, STAFF.dana.tenant.slug, STAFF.dana.email, DEMO_PASSWORD);
    await office.goto(adminUrl(`/customers?q=${encodeURIComponent(priya.name)}`));
    await office.getByRole('link', { name: priya.name, exact: true }).click();
    await office.getByRole('heading', { level: 1, name: priya.name }).waitFor();
    await office.getByRole('button', { name: `Access history of ${TITLE}` }).click();
    const dialog = office.getByRole('dialog', { name: `Access history: ${TITLE}` });
    const first = dialog.getByRole('listitem').first();
    await expect.poll(() => first.innerText()).toContain('Viewed');
    expect(await first.innerText()).toContain(`${priya.name} (customer)`);
    await saveScreenshot(office, 'admin-document-access');
    await office.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
  });
});
