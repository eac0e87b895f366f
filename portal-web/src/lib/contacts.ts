// Accounts with several contacts (issue 22): what the signed-in contact may do, and what a page
// they have no right for says instead of an error. The API refuses such operations with
// FORBIDDEN and `reason: NO_CONTACT_RIGHT`; pages ask before querying, so that a bookmarked
// invoice link shows a friendly page instead of a refusal.
import { error } from '@sveltejs/kit';
import { graphql, useFragment, type FragmentType } from '$lib/gql';
import type { ContactRight } from '$lib/gql/graphql';
import type { ContactsMessageKey } from '$lib/i18n/contacts';

export const NO_CONTACT_RIGHT = 'NO_CONTACT_RIGHT';

/** What a page of the portal needs; documents need either kind of document right. Quotes go with invoices (the API's doors say so). */
export type PortalArea = 'invoices' | 'appointments' | 'requests' | 'documents' | 'contacts';

export const ALL_AREAS: readonly PortalArea[] = ['invoices', 'appointments', 'requests', 'documents', 'contacts'];

/** The rights (fields of `me.contact`) the checks read. */
export interface ContactRights {
  rights: readonly ContactRight[];
}

export function can(contact: ContactRights | null | undefined, area: PortalArea): boolean {
  // Before the contacts API answered (an older server): everything, as before.
  if (!contact) return true;
  if (area === 'documents') return contact.rights.includes('documents_all') || contact.rights.includes('documents_shared');
  return contact.rights.includes(area);
}

/** A person's name, sign-in email, phone and language, as the Settings page shows and edits them. */
export interface OwnDetails {
  name: string;
  email: string;
  phone: string | null;
  locale: string;
}

/** The account (`me`) and the contact signed in for it, as far as ownDetails reads them: the Settings page loads them, the profile form's save answers them. */
export const PortalOwnDetails = graphql(`
  fragment PortalOwnDetails on CustomerProfile {
    name
    email
    phone
    locale
    contact {
      id
      name
      email
      phone
      locale
      isPrimary
    }
  }
`);

/**
 * What is the signed-in person's own: the primary contact's details are the account's (as before
 * contacts); another contact has their own name, sign-in email, phone and language, none meaning
 * the account's. `updateProfile` writes these, and the server lets only the primary change an email.
 */
export function ownDetails(signedIn: FragmentType<typeof PortalOwnDetails>): OwnDetails {
  const me = useFragment(PortalOwnDetails, signedIn);
  const contact = me.contact;
  const own = contact.isPrimary ? me : contact;
  return { name: own.name, email: own.email, phone: own.phone ?? null, locale: ownLocale(me) };
}

/** The language the portal speaks to the signed-in person until they pick one: their own (see ownDetails). */
export function ownLocale(me: { locale: string; contact?: { isPrimary: boolean; locale?: string | null } | null }): string {
  return me.contact && !me.contact.isPrimary ? (me.contact.locale ?? me.locale) : me.locale;
}

/** In a page's load: without the right, the portal's error page shows the "no access" state. */
export function requireRight(contact: ContactRights | null | undefined, area: PortalArea): void {
  if (!can(contact, area)) error(403, { message: NO_CONTACT_RIGHT, code: NO_CONTACT_RIGHT, area });
}

/** The area a portal path belongs to (for an API refusal on a page that did not say). */
export function areaOfPath(pathname: string): PortalArea | undefined {
  const match = /\/portal\/([^/]+)/.exec(pathname);
  switch (match?.[1]) {
    case 'invoices':
    case 'quotes':
      return 'invoices';
    case 'book':
    case 'jobs':
      return 'appointments';
    case 'requests':
      return 'requests';
    case 'documents':
      return 'documents';
    case 'contacts':
      return 'contacts';
    default:
      return undefined;
  }
}

/** The rights as the invite and edit forms hold them: four checkboxes and a documents choice. */
export type DocumentsChoice = 'none' | 'documents_shared' | 'documents_all';
export const CHECKBOX_RIGHTS = ['invoices', 'appointments', 'requests', 'contacts'] as const satisfies readonly ContactRight[];
export type CheckboxRight = (typeof CHECKBOX_RIGHTS)[number];

export interface RightsChoice {
  checked: Record<CheckboxRight, boolean>;
  documents: DocumentsChoice;
}

export function choiceOf(rights: readonly ContactRight[]): RightsChoice {
  return {
    checked: { invoices: rights.includes('invoices'), appointments: rights.includes('appointments'), requests: rights.includes('requests'), contacts: rights.includes('contacts') },
    documents: rights.includes('documents_all') ? 'documents_all' : rights.includes('documents_shared') ? 'documents_shared' : 'none',
  };
}

export function rightsOf(choice: RightsChoice): ContactRight[] {
  const rights: ContactRight[] = CHECKBOX_RIGHTS.filter((right) => choice.checked[right]);
  if (choice.documents !== 'none') rights.push(choice.documents);
  return rights;
}

/** The order rights are read in, whatever order the API gave them. */
const ORDER: readonly ContactRight[] = ['invoices', 'appointments', 'requests', 'documents_all', 'documents_shared', 'contacts'];
export function sortedRights(rights: readonly ContactRight[]): ContactRight[] {
  return [...rights].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
}

/** The contacts API's refusals, in the portal's words (forms' `messages`). */
export const CONTACT_REASONS: Partial<Record<string, ContactsMessageKey>> = {
  OWN_RIGHTS: 'contacts.reason.OWN_RIGHTS',
  RIGHTS_CONFLICT: 'contacts.reason.RIGHTS_CONFLICT',
  SITE_NOT_FOUND: 'contacts.reason.SITE_NOT_FOUND',
  PRIMARY_CONTACT: 'contacts.reason.PRIMARY_CONTACT',
  NO_CONTACT_RIGHT: 'contacts.reason.NO_CONTACT_RIGHT',
  EMAIL_TAKEN: 'contacts.reason.EMAIL_TAKEN',
};

/** What the contacts page depends on: a change there reads it again. */
export const CONTACTS = 'portal:contacts';
