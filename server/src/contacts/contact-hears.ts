// Whether a contact hears from the business at all (the bell, emails, reminders): the primary
// unless deactivated (an invited primary is the customer's own address, as before contacts), the
// others once they have accepted their invitation. The database decides who is told
// (app_contact_hears, migration 20261209000800_contact_hears); this is the same rule for what the
// office is shown beside a contact's choices, and contacts.test.ts holds the two together.
import type { AccountStatus } from '../generated/prisma/enums.js';

export function contactHearsNow(contact: { status: AccountStatus; isPrimary: boolean }): boolean {
  return contact.status === 'active' || (contact.isPrimary && contact.status === 'invited');
}
