// What a contact may do within their customer account (issue 22). The primary contact has every
// right; others have those the primary contact or staff gave them. Row-level security enforces
// the same rights (app_contact_may), so the API's doors and the database agree.
import type { ContactRight } from '../generated/prisma/enums.js';

/** Every right, in the order people read them. documents_shared is the lesser documents right. */
export const ALL_CONTACT_RIGHTS: readonly ContactRight[] = ['invoices', 'appointments', 'requests', 'documents_all', 'contacts'];

/** A new account's first contact: the primary, with every right. */
export function primaryContact(name: string): { isPrimary: true; name: string; rights: ContactRight[] } {
  return { isPrimary: true, name, rights: [...ALL_CONTACT_RIGHTS] };
}

/** The primary contact among an account's contacts, as Prisma selects it (`portalAccounts: PRIMARY_ONLY`). */
export const PRIMARY_ONLY = { where: { isPrimary: true }, take: 1 } as const;
