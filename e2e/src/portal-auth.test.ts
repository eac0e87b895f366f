// Signing in without a password (a magic link from the dev outbox), and a signed-out visitor
// sent to sign in and brought back to the page they asked for.
import { describe, expect, it } from 'vitest';
import { DESKTOP, MOBILE, useBrowser } from './browser.js';
import { CUSTOMERS, DEMO_PASSWORD } from './demo.js';
import { portalUrl, waitForForm } from './flows.js';
import { latestEmailLink, outboxNow } from './outbox.js';
import { saveScreenshot } from './screenshots.js';

const browser = useBrowser();

describe('portal sign-in without a password, and coming back', () => {
  it('signs in from an emailed link, once', async () => {
    const { camille } = CUSTOMERS;
    const slug = camille.tenant.slug;
    const page = await browser.page();
    await page.goto(portalUrl(`/${slug}/login`));
    await page.getByRole('link', { name: 'Email me a sign-in link instead' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in with an email link' }).waitFor();
    await waitForForm(page);
    const asked = new Date(Date.now() - 2000);
    await page.getByLabel('Email address').fill(camille.email);
    await page.getByRole('button', { name: 'Email me a link' }).click();
    await page.getByText(`If ${camille.email} has an account, a sign-in link is on its way.`).waitFor();

    const link = await latestEmailLink(camille.email, /https?:\/\/\S+\/login\/magic\?token=[^\s]+/, asked);
    expect(link.startsWith(portalUrl(`/${slug}/login/magic?token=`))).toBe(true);
    await page.goto(link);
    await waitForForm(page);
    await saveScreenshot(page, 'portal-magic-link');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(portalUrl(`/${slug}/portal`));
    // Camille's own language is French: the portal speaks it (she has not picked one with the switcher).
    await page.getByRole('heading', { level: 1, name: `Bienvenue, ${camille.name}` }).waitFor();
    // A grooming salon's customer has animals, not equipment.
    await page.getByRole('navigation', { name: 'Portail' }).getByRole('link', { name: 'Mes animaux' }).waitFor();
    await saveScreenshot(page, 'portal-dashboard-fr');
    // From now on the server renders her pages in French from the first byte (no English before
    // hydration), though this browser asks for English: the raw HTML, before any script runs.
    const raw = await (await page.request.get(portalUrl(`/${slug}/portal/documents`))).text();
    expect(raw).toContain('<html lang="fr">');
    expect(raw).toContain('Aller au contenu principal');
    expect(raw).not.toContain('Skip to main content');

    // A salon that confirms each booking: the customer sends a request for a free slot, for one of her animals.
    await page.getByRole('link', { name: 'Réserver' }).click();
    await page.getByRole('heading', { level: 1, name: 'Demander un rendez-vous' }).waitFor();
    await page.locator('.services input[type="radio"]').first().check();
    const firstTime = page.locator('.times input[type="radio"]').first();
    const none = page.getByText('Aucun créneau libre cette semaine.');
    await firstTime.or(none).first().waitFor();
    if (await none.isVisible()) {
      await page.getByRole('button', { name: 'Semaine suivante' }).click();
      await firstTime.waitFor();
    }
    await firstTime.check();
    await page.getByLabel('Animal').selectOption({ index: 1 });
    await page.getByLabel('De quoi avez-vous besoin ?').fill('Coupe aux ciseaux, merci (test e2e).');
    await page.getByRole('button', { name: 'Envoyer la demande' }).click();
    await page.getByRole('heading', { name: 'Votre demande a été envoyée' }).waitFor();
    await page.getByText('Demandé', { exact: true }).waitFor();

    // The link works once: in a fresh browser it is refused.
    const other = await browser.page();
    await other.goto(link);
    await waitForForm(other);
    await other.getByRole('button', { name: 'Sign in' }).click();
    await other.getByRole('alert').getByText('This sign-in link has expired or was already used.').waitFor();
    expect(other.url()).toBe(link);
  });

  it('offers to email a new link where a used one is opened again, and the new one signs in', async () => {
    const { alex } = CUSTOMERS;
    const slug = alex.tenant.slug;
    const magicLink = /https?:\/\/\S+\/login\/magic\?token=[^\s]+/;
    const page = await browser.page();
    await page.goto(portalUrl(`/${slug}/login/magic`));
    await waitForForm(page);
    const asked = await outboxNow();
    await page.getByLabel('Email address').fill(alex.email);
    await page.getByRole('button', { name: 'Email me a link' }).click();
    await page.getByRole('status').getByText(`If ${alex.email} has an account, a sign-in link is on its way.`, { exact: false }).waitFor();
    const used = await latestEmailLink(alex.email, magicLink, asked);
    await page.goto(used);
    await waitForForm(page);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(portalUrl(`/${slug}/portal`));

    // Opened again on a phone: the API refuses the token, and the page offers what can still work.
    const phone = await browser.page({ width: MOBILE });
    await phone.goto(used);
    await waitForForm(phone);
    await phone.getByRole('button', { name: 'Sign in' }).click();
    const alert = phone.locator('#magic-alert [role="alert"]');
    await alert.getByText('This sign-in link has expired or was already used.').waitFor();
    expect(await alert.evaluate((el) => el === document.activeElement)).toBe(true);
    const again = phone.getByRole('button', { name: 'Email me a new link' });
    await again.waitFor();
    expect(await phone.getByRole('button', { name: 'Sign in' }).count()).toBe(0);
    await saveScreenshot(phone, 'portal-magic-link-used');
    await phone.setViewportSize({ width: DESKTOP, height: 800 });
    await saveScreenshot(phone, 'portal-magic-link-used');

    const askedAgain = await outboxNow();
    await phone.getByLabel('Email address').fill(alex.email);
    await again.click();
    await phone.getByRole('status').getByText(`If ${alex.email} has an account, a sign-in link is on its way.`, { exact: false }).waitFor();
    const fresh = await latestEmailLink(alex.email, magicLink, askedAgain);
    expect(fresh).not.toBe(used);
    await phone.goto(fresh);
    await waitForForm(phone);
    await phone.getByRole('button', { name: 'Sign in' }).click();
    await phone.waitForURL(portalUrl(`/${slug}/portal`));
  });

  it('sends a signed-out visitor to sign in, then back to the page they asked for', async () => {
    const { alex } = CUSTOMERS;
    const slug = alex.tenant.slug;
    const page = await browser.page();
    await page.goto(portalUrl(`/${slug}/portal/jobs?when=past`));
    await page.waitForURL(portalUrl(`/${slug}/login?next=${encodeURIComponent(`/${slug}/portal/jobs?when=past`)}`));
    await page.getByText('Sign in to continue where you were.').waitFor();
    await waitForForm(page);
    await page.getByLabel('Email address', { exact: true }).fill(alex.email);
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(portalUrl(`/${slug}/portal/jobs?when=past`));
    await page.getByRole('heading', { level: 1, name: 'Appointments' }).waitFor();

    // The session ends (signed out elsewhere, expired): the next page asks to sign in again, and comes back.
    await page.context().clearCookies();
    await page.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: 'Settings' }).click();
    await page.waitForURL(portalUrl(`/${slug}/login?next=${encodeURIComponent(`/${slug}/portal/settings`)}`));
    await waitForForm(page);
    await page.getByLabel('Email address', { exact: true }).fill(alex.email);
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(portalUrl(`/${slug}/portal/settings`));
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
  });

  it('never follows a "next" address outside the portal', async () => {
    const { alex } = CUSTOMERS;
    const slug = alex.tenant.slug;
    const page = await browser.page();
    await page.goto(portalUrl(`/${slug}/login?next=${encodeURIComponent('//evil.example/steal')}`));
    await waitForForm(page);
    await page.getByLabel('Email address', { exact: true }).fill(alex.email);
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(portalUrl(`/${slug}/portal`));
  });

  it("registers a new customer, with the API's complaint next to the password, and shows empty sections", async () => {
    const slug = 'northwind-hvac';
    const page = await browser.page({ width: 390 });
    await page.goto(portalUrl(`/${slug}/login`));
    await page.getByRole('link', { name: 'New here? Create an account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Create your account' }).waitFor();
    await waitForForm(page);
    await page.getByLabel('Full name').fill('Robin Newcomer');
    await page.getByLabel('Email address').fill(`robin.${Date.now()}@example.com`);
    const password = page.getByLabel('Password');
    await password.fill('short');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.locator('#register-password-error').waitFor();
    expect(await password.getAttribute('aria-invalid')).toBe('true');
    expect(await password.evaluate((el) => el === document.activeElement)).toBe(true);
    await saveScreenshot(page, 'portal-register-error');

    await password.fill('a-good-password-42');
    await page.getByRole('button', { name: 'Create account' }).click();
    // An optional step asks for a service address (portal-self-service.test.ts adds one).
    await page.getByRole('heading', { level: 1, name: 'Where should we come?' }).waitFor();
    await page.getByRole('link', { name: 'Skip for now' }).click();
    await page.getByRole('heading', { level: 1, name: 'Welcome, Robin Newcomer' }).waitFor();
    await page.getByText('No upcoming appointments.').waitFor();
    await page.getByText('You are all paid up.').waitFor();
  });
});
