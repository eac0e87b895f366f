// A customer signs in with email and password, stays signed in across reloads, and signs out.
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.js';
import { CUSTOMERS, DEMO_PASSWORD } from './demo.js';
import { portalUrl, signInToPortal, submitPortalLogin } from './flows.js';

const browser = useBrowser();
const SESSION_COOKIE = 'portico_portal_session';

describe('portal sign-in', () => {
  it('signs a customer in, keeps them signed in on reload, and signs them out', async () => {
    const { alex } = CUSTOMERS;
    const slug = alex.tenant.slug;
    const page = await browser.page();

    await signInToPortal(page, slug, alex.email, DEMO_PASSWORD);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(`Welcome, ${alex.name}`);
    await page.getByText(`Signed in as ${alex.email}`).waitFor();

    // The session is an HttpOnly cookie: scripts on the page cannot read it.
    const session = (await page.context().cookies()).find((c) => c.name === SESSION_COOKIE);
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(await page.evaluate(() => document.cookie)).not.toContain(SESSION_COOKIE);

    // A reload is rendered on the server with the cookie: the name is in the HTML itself.
    const reloaded = await page.reload();
    expect(reloaded?.status()).toBe(200);
    expect(page.url()).toBe(portalUrl(`/${slug}/portal`));
    expect(await reloaded?.text()).toContain(`Welcome, ${alex.name}`);
    await page.getByRole('heading', { level: 1, name: `Welcome, ${alex.name}` }).waitFor();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(portalUrl(`/${slug}/login`));
    expect((await page.context().cookies()).some((c) => c.name === SESSION_COOKIE)).toBe(false);

    // Signed out: the portal sends them back to sign in.
    await page.goto(portalUrl(`/${slug}/portal`));
    await page.waitForURL(portalUrl(`/${slug}/login`));
    await page.getByRole('heading', { level: 1, name: 'Sign in to your account' }).waitFor();

    // The session itself has ended, not only the cookie: a browser that kept a copy is refused too.
    const other = await browser.page();
    if (!session) throw new Error('no session cookie');
    await other.context().addCookies([session]);
    await other.goto(portalUrl(`/${slug}/portal`));
    await other.waitForURL(portalUrl(`/${slug}/login`));
  });

  it('explains a wrong password, focuses the message and keeps the email', async () => {
    const { sofia } = CUSTOMERS;
    const page = await browser.page();

    await submitPortalLogin(page, sofia.tenant.slug, sofia.email, 'not-the-password-1');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect((await alert.innerText()).trim()).toBe('The email address or password is incorrect.');

    // Screen readers hear it (role=alert) and keyboard users land on it.
    expect(await alert.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(page.url()).toBe(portalUrl(`/${sofia.tenant.slug}/login`));
    const email = page.getByLabel('Email address', { exact: true });
    const password = page.getByLabel('Password', { exact: true });
    expect(await email.inputValue()).toBe(sofia.email);
    expect(await password.inputValue()).toBe('');
    // Which of the two was wrong is not said, so no field is marked invalid.
    expect(await email.getAttribute('aria-invalid')).toBeNull();
    expect(await password.getAttribute('aria-invalid')).toBeNull();
    expect(await page.locator('form').getAttribute('aria-busy')).toBe('false');
    await page.locator('form button[type="submit"]:not([disabled])').waitFor();
    expect(await page.getByRole('button', { name: 'Sign in' }).getAttribute('aria-disabled')).toBe('false');
    expect((await page.context().cookies()).some((c) => c.name === SESSION_COOKIE)).toBe(false);

    // Correcting the password signs them in.
    await password.fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(portalUrl(`/${sofia.tenant.slug}/portal`));
    // Sofía's own language is Spanish: the portal greets her in it.
    await page.getByRole('heading', { level: 1, name: `Hola, ${sofia.name}` }).waitFor();
  });

  it("sends a customer signed in at one business to another business's sign-in", async () => {
    const { alex } = CUSTOMERS;
    const page = await browser.page();
    await signInToPortal(page, alex.tenant.slug, alex.email, DEMO_PASSWORD);

    // Alex also has a (separate) Pawsome account; the Northwind session is not it.
    await page.goto(portalUrl('/pawsome-grooming/portal'));
    await page.waitForURL(portalUrl('/pawsome-grooming/login'));
    await page.getByRole('banner').getByText('Pawsome Grooming Salon', { exact: true }).waitFor();
    expect(await page.locator('body').innerText()).not.toContain('Welcome');

    await signInToPortal(page, 'pawsome-grooming', alex.email, DEMO_PASSWORD);
    await page.getByRole('banner').getByText('Pawsome Grooming Salon', { exact: true }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(`Welcome, ${alex.name}`);
  });

  it('keeps accounts of different businesses apart', async () => {
    // Camille is a Pawsome customer: Northwind's portal does not know her.
    const { camille } = CUSTOMERS;
    const page = await browser.page();
    await submitPortalLogin(page, 'northwind-hvac', camille.email, DEMO_PASSWORD);
    await page.getByRole('alert').waitFor();
    expect((await page.getByRole('alert').innerText()).trim()).toBe('The email address or password is incorrect.');
    expect(page.url()).toBe(portalUrl('/northwind-hvac/login'));
  });
});
