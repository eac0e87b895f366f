// How the portal's forms behave (the shared kit, @portico/web-shared/forms): an ended session goes
// to sign in and comes back; in another language than English a rejected field shows our own hint
// when the API gave no reason we translate; the API's English never shows to customers.
import type { Client } from '@urql/core';
import { page } from '$app/state';
import type { FormsSetup } from '@portico/web-shared/forms';
import { apiErrorCode, endedForInactivity } from '@portico/web-shared/graphql/errors';
import type { MessageKey } from '$lib/i18n';
import { needsSignIn, signInPath } from '$lib/paths';

/** API input names (the last segment of `extensions.field`) → the hint that states that field's rules. */
const hintByField: Partial<Record<string, MessageKey>> = {
  name: 'fieldError.name',
  phone: 'fieldError.phone',
  locale: 'fieldError.locale',
  email: 'fieldError.email',
  newEmail: 'fieldError.newEmail',
  password: 'fieldError.password',
  newPassword: 'fieldError.password',
  currentPassword: 'fieldError.currentPassword',
  start: 'fieldError.start',
  reason: 'fieldError.reason',
  description: 'fieldError.description',
  comment: 'fieldError.comment',
  rating: 'fieldError.rating',
  preferredAt: 'fieldError.preferredAt',
  cardNumber: 'fieldError.cardNumber',
  expiry: 'fieldError.expiry',
  cvc: 'fieldError.cvc',
  postalCode: 'fieldError.postalCode',
  amountMinor: 'fieldError.amountMinor',
  label: 'fieldError.label',
  addressLine1: 'fieldError.addressLine1',
  addressLine2: 'fieldError.addressLine2',
  city: 'fieldError.city',
  region: 'fieldError.region',
  country: 'fieldError.country',
  accessInstructions: 'fieldError.accessInstructions',
};

/** For the root layout's `provideForms`. */
export function portalForms(client: Client): FormsSetup {
  return {
    client,
    signInPath(error) {
      const tenant = page.params.tenant;
      if (apiErrorCode(error) !== 'UNAUTHENTICATED' || !tenant || !needsSignIn(page.url.pathname)) return null;
      return signInPath(tenant, page.url.pathname + page.url.search, page.url, endedForInactivity(error));
    },
    untranslated: 'hide',
    fieldHint: (field) => hintByField[field],
    fieldFallback: 'fieldError.generic',
  };
}
