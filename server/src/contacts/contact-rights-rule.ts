// Which rights and sites a contact may be given (issue 22). A contact sees either every document
// of the account or only those shared with them, not both; the primary contact always has every
// right and every site; sites must be the account's own.
import { BadInput } from '../errors/errors.js';
import type { ContactRight } from '../generated/prisma/enums.js';
import { ALL_CONTACT_RIGHTS } from './contact-rights.js';

/** The rights to store, without repeats, in the order people read them; BAD_USER_INPUT (reason RIGHTS_CONFLICT) for both documents rights. */
export function checkedRights(rights: readonly ContactRight[], field = 'rights'): ContactRight[] {
  const wanted = new Set(rights);
  if (wanted.has('documents_all') && wanted.has('documents_shared')) {
    throw new BadInput(field, 'Choose either every document or only documents shared with them, not both.', 'RIGHTS_CONFLICT');
  }
  return RIGHT_ORDER.filter((right) => wanted.has(right));
}

const RIGHT_ORDER: readonly ContactRight[] = ['invoices', 'appointments', 'requests', 'documents_all', 'documents_shared', 'contacts'];

/** A contact's rights as stored, or all of them for the primary contact. */
export function effectiveRights(contact: { isPrimary: boolean; rights: readonly ContactRight[] }): ContactRight[] {
  return contact.isPrimary ? [...ALL_CONTACT_RIGHTS] : checkedRightsOrEmpty(contact.rights);
}

function checkedRightsOrEmpty(rights: readonly ContactRight[]): ContactRight[] {
  return RIGHT_ORDER.filter((right) => rights.includes(right));
}

/**
 * The site ids to store, without repeats: each must be one of the account's sites (BAD_USER_INPUT,
 * reason SITE_NOT_FOUND, for any other, whoever's it is). Empty means every site.
 */
export function checkedSiteIds(siteIds: readonly string[], accountSiteIds: readonly string[], field = 'siteIds'): string[] {
  const own = new Set(accountSiteIds.map((id) => id.toLowerCase()));
  const wanted = [...new Set(siteIds.map((id) => id.toLowerCase()))];
  if (wanted.some((id) => !own.has(id))) throw new BadInput(field, 'Choose sites of this account.', 'SITE_NOT_FOUND');
  return wanted;
}

/** Whether a contact may act with this right; either documents right answers 'documents'. */
export function contactHas(contact: { isPrimary: boolean; rights: readonly ContactRight[] }, right: ContactRight | 'documents'): boolean {
  if (contact.isPrimary) return true;
  if (right === 'documents') return contact.rights.includes('documents_all') || contact.rights.includes('documents_shared');
  return contact.rights.includes(right);
}
