// A contact who manages contacts hands out only what they hold themselves (issue 22): otherwise a
// front-desk contact with the contacts right could invite a second address of their own with the
// invoices right, or widen a colleague to every site. The primary contact and staff give anything.
import { BadInput, Forbidden } from '../errors/errors.js';
import type { ContactRight } from '../generated/prisma/enums.js';
import type { ContactRights } from '../context/principal.js';
import { contactHas } from './contact-rights-rule.js';

/** Who is granting: a contact's rights, or null for the office. */
export type Granter = ContactRights | null;

function holds(granter: ContactRights, right: ContactRight): boolean {
  // Sharing only some documents is within seeing them all.
  if (right === 'documents_shared') return contactHas(granter, 'documents');
  return contactHas(granter, right);
}

/**
 * The rights a contact ends up with may differ from those they had only in rights the granter
 * holds: a right the granter lacks is neither given nor taken away (BAD_USER_INPUT on `rights`,
 * reason BEYOND_OWN_RIGHTS).
 */
export function checkGrantedRights(granter: Granter, before: readonly ContactRight[], after: readonly ContactRight[]): void {
  if (!granter || granter.isPrimary) return;
  const changed = [...after.filter((right) => !before.includes(right)), ...before.filter((right) => !after.includes(right))];
  if (changed.some((right) => !holds(granter, right))) {
    throw new BadInput('rights', 'You can only give or take away rights you have yourself.', 'BEYOND_OWN_RIGHTS');
  }
}

function within(granter: ContactRights, siteIds: readonly string[]): boolean {
  if (granter.siteIds.length === 0) return true;
  // Every site (an empty list) is wider than a limited granter's.
  return siteIds.length > 0 && siteIds.every((id) => granter.siteIds.includes(id.toLowerCase()));
}

/** A site-limited granter gives only sites of their own (BAD_USER_INPUT on `siteIds`, reason BEYOND_OWN_RIGHTS). */
export function checkGrantedSites(granter: Granter, siteIds: readonly string[]): void {
  if (!granter || granter.isPrimary) return;
  if (!within(granter, siteIds)) throw new BadInput('siteIds', 'You can only give access to your own sites.', 'BEYOND_OWN_RIGHTS');
}

/** Removing a contact takes all their rights away: only one who holds each of them may (FORBIDDEN, reason BEYOND_OWN_RIGHTS). */
export function checkRemovable(granter: Granter, contact: { rights: readonly ContactRight[]; siteIds: readonly string[] }): void {
  checkManagedContact(granter, contact);
  if (!granter || granter.isPrimary) return;
  if (contact.rights.some((right) => !holds(granter, right))) throw new Forbidden('This contact has rights you do not have yourself.', 'BEYOND_OWN_RIGHTS');
}

/** A site-limited granter changes or removes only contacts whose sites are within theirs (FORBIDDEN, reason BEYOND_OWN_RIGHTS). */
export function checkManagedContact(granter: Granter, contact: { siteIds: readonly string[] }): void {
  if (!granter || granter.isPrimary) return;
  if (!within(granter, contact.siteIds)) throw new Forbidden('This contact has access to sites you do not manage.', 'BEYOND_OWN_RIGHTS');
}
