// The message keys this package's code looks up: every app's dictionaries must define them.
import type { NotificationMessageKey } from './notifications';
import type { ReasonMessageKey } from './reasons';
import type { Locale } from './translate';

/** What `messageForCode` and `formProblem` (graphql/errors) return. */
export type ErrorMessageKey =
  | 'error.unauthenticated'
  | 'error.invalidCredentials'
  | 'error.forbidden'
  | 'error.notFound'
  | 'error.badInput'
  | 'error.conflict'
  | 'error.rateLimited'
  | 'error.unavailable'
  | 'error.network'
  | 'error.outdated'
  | 'error.unknown';

export type SharedMessageKey =
  | ErrorMessageKey
  | ReasonMessageKey
  | NotificationMessageKey
  | 'app.skipToContent'
  | 'app.loading'
  | 'live.on'
  | 'live.reconnecting'
  | 'locale.label'
  | `locale.name.${Locale}`
  | 'login.email'
  | 'login.password'
  | 'login.submit'
  | 'login.submitting'
  | 'logout.submit'
  | 'logout.submitting'
  | 'errorPage.pageTitle'
  | 'errorPage.notFound.title'
  | 'errorPage.notFound.body'
  | 'errorPage.unavailable.title'
  | 'errorPage.forbidden.title'
  | 'errorPage.generic.title'
  | 'errorPage.status'
  | 'errorPage.retry'
  | 'errorPage.home';
