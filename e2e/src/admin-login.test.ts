// Staff sign in to the admin app with their company account, email and password.
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.js';
import { DEMO_PASSWORD, STAFF } from './demo.js';
import { adminUrl, signInToAdmin, signInToAdminAsTechnician, submitAdminLogin } from './flows.js';

const browser = useBrowser();

describe('admin sign-in', () => {
  for (const person of [STAFF.dana, STAFF.jenna, STAFF.claire]) {
    it(`shows ${person.name} (${person.role}, ${person.tenant.slug}) their name and role`, async () => {
      const page = await browser.page();
      await signInToAdmin(page, person.tenant.slug, person.email, DEMO_PASSWORD);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(`Welcome, ${person.name}`);
      const role = page.locator('dt', { hasText: 'Role' }).locator('xpath=following-sibling::dd[1]');
      expect((await role.innerText()).trim()).toBe(person.role);

      const reloaded = await page.reload();
      expect(reloaded?.status()).toBe(200);
      expect(page.url()).toBe(adminUrl('/'));
      expect(await reloaded?.text()).toContain(`Welcome, ${person.name}`);
    });
  }

  it('lands a technician on their day, also when they open the dashboard address; the banner names them', async () => {
    const { luis } = STAFF;
    const page = await browser.page();
    await signInToAdminAsTechnician(page, luis.tenant.slug, luis.email, DEMO_PASSWORD);
    expect(await page.getByRole('banner').innerText()).toContain(`${luis.name} · ${luis.role}`);
    await page.goto(adminUrl('/'));
    await page.waitForURL(adminUrl('/my-day'));
    await page.getByRole('heading', { level: 1, name: 'My day' }).waitFor();
  });

  it('accepts the company account in capitals and with spaces around it', async () => {
    const { luis } = STAFF;
    const page = await browser.page();
    await signInToAdminAsTechnician(page, `  ${luis.tenant.slug.toUpperCase()} `, luis.email, DEMO_PASSWORD);
  });

  it('refuses staff at another company and says so in plain words', async () => {
    const { dana } = STAFF;
    const page = await browser.page();
    await submitAdminLogin(page, 'pawsome-grooming', dana.email, DEMO_PASSWORD);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect((await alert.innerText()).trim()).toBe('The company account, email address or password is incorrect.');
    expect(await alert.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(page.url()).toBe(adminUrl('/login'));
    expect(await page.getByLabel('Password', { exact: true }).inputValue()).toBe('');
  });

  it('sends a signed-out visitor from the dashboard to sign in', async () => {
    const page = await browser.page();
    await page.goto(adminUrl('/'));
    await page.waitForURL(adminUrl('/login'));
    await page.getByRole('heading', { level: 1, name: 'Staff sign-in' }).waitFor();
  });
});
