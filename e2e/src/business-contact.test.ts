// How customers reach the business: the portal's footer on every tenant page (a tap-to-call tel:
// link, the address as its country writes it), the contact links beside "please call us", and the
// owner's contact details form in the admin settings (demo data: prisma/seed).
import { describe, expect, it } from 'vitest';
import { DESKTOP, MOBILE, WIDTHS, useBrowser } from './browser.js';
import { CUSTOMERS, DEMO_PASSWORD, STAFF, TENANTS } from './demo.js';
import { adminUrl, portalUrl, signInToAdmin, signInToPortal } from './flows.js';
import { saveScreenshot } from './screenshots.js';

const browser = useBrowser();

describe('portal: the business can be reached', () => {
  for (const width of WIDTHS) {
    it(`shows Northwind's phone (tel: link), email, address and hours in the footer at ${width} px`, async () => {
      const page = await browser.page({ width });
      await page.goto(portalUrl(`/${TENANTS.northwind.slug}/login`));
      const footer = page.getByRole('region', { name: `Contact ${TENANTS.northwind.name}` });
      await footer.getByRole('heading', { name: `Contact ${TENANTS.northwind.name}` }).waitFor();
      const call = footer.getByRole('link', { name: 'Call +1 312-555-0100' });
      expect(await call.getAttribute('href')).toBe('tel:+13125550100');
      expect(await footer.getByRole('link', { name: 'Email office@northwind-hvac.example.com' }).getAttribute('href')).toBe('mailto:office@northwind-hvac.example.com');
      // US order, state kept: "Chicago, IL 60612", no country (the business's own).
      expect(await footer.locator('address').innerText()).toBe('2250 W Fulton Street\nUnit 4\nChicago, IL 60612');
      expect(await footer.innerText()).toContain('Sat 8:00 am – 12:00 pm');
      // A thumb-sized target, inside the screen.
      const box = await call.boundingBox();
      expect(box?.height).toBeGreaterThanOrEqual(44);
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(width);
      await footer.scrollIntoViewIfNeeded();
      await saveScreenshot(page, 'portal-contact-footer');
    });
  }

  it("a signed-in customer sees the job's address in the US format and the footer on portal pages", async () => {
    const { alex } = CUSTOMERS;
    const page = await browser.page({ width: MOBILE });
    await signInToPortal(page, alex.tenant.slug, alex.email, DEMO_PASSWORD);
    await page.goto(portalUrl(`/${alex.tenant.slug}/portal/jobs`));
    await page.getByRole('main').getByRole('link').filter({ hasText: /./ }).first().waitFor();
    const jobLink = page.locator('main a[href*="/portal/jobs/"]').first();
    await jobLink.click();
    await page.waitForURL(/\/portal\/jobs\/[0-9a-f-]{36}$/);
    const where = page.locator('dd', { hasText: 'Evanston' });
    expect(await where.innerText()).toContain('Evanston, IL 60201');
    expect(await where.innerText()).not.toContain('60201 Evanston');
    expect(
      await page
        .getByRole('region', { name: `Contact ${TENANTS.northwind.name}` })
        .getByRole('link', { name: 'Call +1 312-555-0100' })
        .getAttribute('href'),
    ).toBe('tel:+13125550100');
  });
});

describe('admin: contact details', () => {
  it("shows Pawsome's contact details and SIRET, refuses a bad phone next to the field, and saves", async () => {
    const { claire } = STAFF;
    const page = await browser.page({ width: DESKTOP });
    await signInToAdmin(page, claire.tenant.slug, claire.email, DEMO_PASSWORD);
    await page.goto(adminUrl('/settings'));
    const form = page.getByRole('form', { name: 'Contact details' });
    const phone = form.getByLabel('Phone', { exact: true });
    await phone.waitFor();
    expect(await phone.inputValue()).toBe('+33 1 42 00 17 35');
    expect(await form.getByLabel('Registration number (SIRET)').inputValue()).toBe('852 345 677 00011');
    expect(await form.getByLabel('VAT / tax number').inputValue()).toBe('FR61852345677');
    // The address as it prints: French order, postal code first.
    expect(await form.locator('.preview').innerText()).toContain('27 rue de Lévis\n75017 Paris');

    await phone.fill('call us');
    await form.getByRole('button', { name: 'Save contact details' }).click();
    await expect.poll(() => phone.getAttribute('aria-invalid')).toBe('true');
    expect(await form.innerText()).toContain('Enter a phone number of 6 to 20 digits');
    await saveScreenshot(page, 'admin-contact-details');
    await page.setViewportSize({ width: MOBILE, height: 844 });
    await form.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'admin-contact-details');
    await page.setViewportSize({ width: DESKTOP, height: 800 });

    // Put the demo's number back: saved, and the notice says so.
    await phone.fill('+33 1 42 00 17 35');
    await form.getByRole('button', { name: 'Save contact details' }).click();
    await page.getByText('Contact details saved.').waitFor();
    expect(await page.getByRole('form', { name: 'Contact details' }).getByLabel('Phone', { exact: true }).inputValue()).toBe('+33 1 42 00 17 35');
  });
});
