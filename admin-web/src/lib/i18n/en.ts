// English: the reference dictionary. Its keys are the MessageKey type every other locale must fill.
import { messagingMessages, notificationMessages, reasonMessages } from '@portico/web-shared/i18n';
import { staffEn } from './staff.en';
import { alertsEn } from './alerts.en';
import { phoneEn } from './phone.en';
import { visitEn } from './visit.en';
import { documentAccessEn } from './document-access.en';
import { auditEn } from './audit.en';
import { messagingEn } from './messaging.en';
import { docgenEn } from './docgen.en';
import { projectsEn } from './projects.en';
import { quotesEn } from './quotes.en';
import { signaturesEn } from './signatures.en';
import { contactsEn } from './contacts.en';
import { dealerEn } from './dealer.en';
import { privacyEn } from './privacy.en';
import { equipmentEn } from './equipment.en';

export const en = {
  ...reasonMessages.en,
  ...notificationMessages.en,
  ...messagingMessages.en,
  'app.name': 'Portico Admin',
  'app.skipToContent': 'Skip to main content',
  'app.loading': 'Loading…',
  'live.on': 'Live updates on',
  'live.reconnecting': 'Reconnecting…',
  'locale.label': 'Language',
  'locale.name.en': 'English',
  'locale.name.fr': 'Français',
  'locale.name.es': 'Español',

  'login.pageTitle': 'Sign in · Portico Admin',
  'login.heading': 'Staff sign-in',
  'login.tenantSlug': 'Company account',
  'login.tenantSlugHint': 'The short name in your customer portal address, for example northwind-hvac.',
  'login.email': 'Email address',
  'login.password': 'Password',
  'login.submit': 'Sign in',
  'login.submitting': 'Signing in…',
  'login.signedOutInactive': 'You were signed out after a while without activity. Sign in again to continue.',

  'home.pageTitle': 'Dashboard · Portico Admin',
  'home.welcome': 'Welcome, {name}',
  'home.role': 'Role',
  'home.email': 'Email',
  'home.empty': 'Jobs, customers and invoices will appear here.',
  'role.owner': 'Owner',
  'role.admin': 'Administrator',
  'role.dispatcher': 'Dispatcher',
  'role.technician': 'Technician',
  'logout.submit': 'Sign out',
  'logout.submitting': 'Signing out…',

  'errorPage.pageTitle': '{title} · Portico Admin',
  'errorPage.notFound.title': 'Page not found',
  'errorPage.notFound.body': 'This page does not exist. Check the address and try again.',
  'errorPage.unavailable.title': 'Service unavailable',
  'errorPage.forbidden.title': 'Access denied',
  'errorPage.generic.title': 'Something went wrong',
  'errorPage.status': 'Error {status}',
  'errorPage.retry': 'Try again',
  'errorPage.home': 'Go to the dashboard',

  'error.unauthenticated': 'Your session has ended. Please sign in again.',
  'error.invalidCredentials': 'The company account, email address or password is incorrect.',
  'error.forbidden': 'You do not have access to this.',
  'error.notFound': 'We could not find what you were looking for.',
  'error.badInput': 'Please correct the highlighted fields.',
  'error.conflict': 'Someone else changed this in the meantime. Reload the page and try again.',
  'error.rateLimited': 'Too many attempts. Please wait a minute and try again.',
  'error.unavailable': 'The service is unavailable right now. Please try again in a moment.',
  'error.network': 'We could not reach the server. Check your connection and try again.',
  'error.outdated': 'This page is out of date. Please reload it.',
  'error.unknown': 'Something went wrong. Please try again.',
  ...staffEn,
  ...alertsEn,
  ...phoneEn,
  ...visitEn,
  ...documentAccessEn,
  ...auditEn,
  ...messagingEn,
  ...docgenEn,
  ...projectsEn,
  ...quotesEn,
  ...signaturesEn,
  ...dealerEn,
  ...privacyEn,
  ...contactsEn,
  ...equipmentEn,
} as const;

export type MessageKey = keyof typeof en;
