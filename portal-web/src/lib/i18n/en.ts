// English: the reference dictionary. Its keys are the MessageKey type every other locale must fill.
export const en = {
	'app.name': 'Portico',
	'app.skipToContent': 'Skip to main content',
	'app.loading': 'Loading…',
	'locale.label': 'Language',
	'locale.name.en': 'English',
	'locale.name.fr': 'Français',

	'home.pageTitle': 'Customer portal',
	'home.heading': 'Customer portal',
	'home.body': 'To sign in, open the portal link your service provider sent you.',

	'login.pageTitle': 'Sign in · {tenant}',
	'login.heading': 'Sign in to your account',
	'login.email': 'Email address',
	'login.password': 'Password',
	'login.submit': 'Sign in',
	'login.submitting': 'Signing in…',

	'portal.pageTitle': 'Your account · {tenant}',
	'portal.welcome': 'Welcome, {name}',
	'portal.signedInAs': 'Signed in as {email}',
	'portal.empty': 'Your appointments, invoices and documents will appear here.',
	'logout.submit': 'Sign out',
	'logout.submitting': 'Signing out…',

	'errorPage.pageTitle': '{title} · Portico',
	'errorPage.notFound.title': 'Page not found',
	'errorPage.notFound.body': 'This page does not exist. Check the address and try again.',
	'errorPage.tenantNotFound.title': 'Portal not found',
	'errorPage.tenantNotFound.body':
		'There is no customer portal at this address. Check the link your service provider sent you.',
	'errorPage.unavailable.title': 'Service unavailable',
	'errorPage.forbidden.title': 'Access denied',
	'errorPage.generic.title': 'Something went wrong',
	'errorPage.status': 'Error {status}',
	'errorPage.retry': 'Try again',
	'errorPage.home': 'Go to the home page',

	'error.unauthenticated': 'Your session has ended. Please sign in again.',
	'error.invalidCredentials': 'The email address or password is incorrect.',
	'error.forbidden': 'You do not have access to this.',
	'error.notFound': 'We could not find what you were looking for.',
	'error.badInput': 'Please correct the highlighted fields.',
	'error.conflict': 'Someone else changed this in the meantime. Reload the page and try again.',
	'error.rateLimited': 'Too many attempts. Please wait a minute and try again.',
	'error.unavailable': 'The service is unavailable right now. Please try again in a moment.',
	'error.network': 'We could not reach the server. Check your connection and try again.',
	'error.outdated': 'This page is out of date. Please reload it.',
	'error.unknown': 'Something went wrong. Please try again.'
} as const;

export type MessageKey = keyof typeof en;
