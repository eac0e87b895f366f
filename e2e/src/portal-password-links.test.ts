// The signed-out pages an emailed link opens: asking for a reset link, choosing a new password with
// it (once), and the invitation, reset and email-change pages opened without a token.
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.js';
import { portalUrl, waitForForm } from './flows.js';
import { latestEmailLink } from './outbox.js';

const browser = useBrowser();
const slug = 'northwind-hvac';

describe('portal password links', () => {
  it('resets a password from the emailed link, explains a weak one next to the field, and refuses the link twice', async () => {
    // A customer of this test's own: the demo customers' passwords stay as other files expect them.
    const name = 'Kim Resetter';
    const email = `kim.${Date.now()}@example.com`;
    const newcomer = await browser.page();
    await newcomer.goto(portalUrl(`/${slug}/register`));
    await newcomer.waitForLoadState('networkidle');
    await newcomer.getByLabel('Full name').fill(name);
    await newcomer.getByLabel('Email address').fill(email);
    await newcomer.getByLabel('Password').fill('a-first-password-1');
    await newcomer.getByRole('button', { name: 'Create account' }).click();
    // Registration offers to add a service address first (optional).
    await newcomer.getByRole('link', { name: 'Skip for now' }).click();
    await newcomer.getByRole('heading', { level: 1, name: `Welcome, ${name}` }).waitFor();

    const page = await browser.page({ width: 360 });
    await page.goto(portalUrl(`/${slug}/login`));
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Reset your password' }).waitFor();
    await page.waitForLoadState('networkidle');
    const asked = new Date(Date.now() - 2000);
    await page.getByLabel('Email address').fill(email);
    await page.getByRole('button', { name: 'Send the link' }).click();
    await page.getByRole('status').getByText(`If ${email} has an account, a reset link is on its way.`, { exact: false }).waitFor();
    expect(await page.getByRole('link', { name: 'Back to sign in' }).getAttribute('href')).toMatch(new RegExp(`/${slug}/login$`));

    const link = await latestEmailLink(email, /https?:\/\/\S+\/reset-password\?token=\S+/, asked);
    expect(link.startsWith(portalUrl(`/${slug}/reset-password?token=`))).toBe(true);
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Choose a new password' }).waitFor();
    await waitForForm(page);
    await page.waitForLoadState('networkidle');
    const password = page.getByLabel('New password', { exact: true });
    await password.fill('short');
    await page.getByRole('button', { name: 'Save and sign in' }).click();
    await page.locator('#reset-newPassword-error').waitFor();
    expect(await password.getAttribute('aria-invalid')).toBe('true');
    expect(await password.evaluate((el) => el === document.activeElement)).toBe(true);

    await password.fill('a-second-password-2');
    await page.getByRole('button', { name: 'Save and sign in' }).click();
    await page.getByRole('heading', { level: 1, name: `Welcome, ${name}` }).waitFor();

    // The link is single-use: a second try says so in the form's alert, which takes the focus.
    const again = await browser.page();
    await again.goto(link);
    await again.waitForLoadState('networkidle');
    await again.getByLabel('New password', { exact: true }).fill('a-third-password-3');
    await again.getByRole('button', { name: 'Save and sign in' }).click();
    const alert = again.locator('#reset-alert [role="alert"]');
    await alert.getByText('This reset link has expired or was already used.').waitFor();
    expect(await alert.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await again.getByRole('link', { name: 'Ask for a new reset link' }).getAttribute('href')).toMatch(new RegExp(`/${slug}/forgot-password$`));
  });

  it('says a link without its token is spent, with no form, on the invitation, reset and email-change pages', async () => {
    const page = await browser.page();
    const pages = [
      { path: 'accept-invitation', heading: 'Join Northwind Heating & Plumbing', message: 'This invitation has expired or was already used.' },
      { path: 'reset-password', heading: 'Choose a new password', message: 'This reset link has expired or was already used.' },
      { path: 'confirm-email', heading: 'Confirm your new email address', message: 'This confirmation link has expired or was already used.' },
    ];
    for (const { path, heading, message } of pages) {
      await page.goto(portalUrl(`/${slug}/${path}`));
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.getByText(message, { exact: false }).waitFor();
      expect(await page.locator('main form').count()).toBe(0);
    }
  });
});
