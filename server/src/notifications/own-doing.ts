// Nobody is notified in the app of what they did themselves: a contact who books or reschedules
// in their own portal gets the email receipt (if they want that kind by email) but no bell, while
// their colleagues are told; a member of staff who causes a staff notification gets neither. Work
// done in another scope for them (a payment confirmed by the provider, run as the business's back
// office) is news to them.
import type { RlsScope } from '../db/rls.js';

/** A customer's contact (null: the account without a login), or a member of staff. */
export type Recipient = { customerId: string; contactId: string | null } | { staffUserId: string };

export function isOwnDoing(scope: RlsScope | null, recipient: Recipient): boolean {
  if (!scope) return false;
  if ('customerId' in recipient) {
    if (scope.role !== 'customer' || scope.customerId !== recipient.customerId) return false;
    // A scope the server opened for the whole account names no contact: it is all of theirs.
    return !scope.contactId || recipient.contactId === null || scope.contactId === recipient.contactId;
  }
  return scope.role === 'staff' && scope.staffId === recipient.staffUserId;
}
