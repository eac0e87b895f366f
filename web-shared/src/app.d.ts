// App.Error and App.Locals of both web apps (https://svelte.dev/docs/kit/types#app.d.ts): the shared
// hooks fill them and the shared error page reads them. An app's own src/app.d.ts imports this file.
import type { Locale } from './i18n/translate';

declare global {
  namespace App {
    interface Error {
      message: string;
      /** An API `extensions.code`, or one of ours (`TENANT_NOT_FOUND`, `INTERNAL`): the error page picks its text from it. */
      code?: string;
      /** The API's `extensions.reason`, when it gave one (`NO_CONTACT_RIGHT`): an app's error page may say more from it. */
      reason?: string;
      /** The part of the portal a contact has no right for (`invoices`), with `NO_CONTACT_RIGHT`. */
      area?: string;
    }
    interface Locals {
      locale: Locale;
    }
  }
}

export {};
