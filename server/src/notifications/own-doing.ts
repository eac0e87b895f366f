// Nobody is notified in the app of what they did themselves: a customer who books or reschedules
// in their own portal gets the email receipt (if they want that kind by email) but no bell; a
// member of staff who causes a staff notification gets neither. Work done in another scope for
// them (a payment confirmed by the provider, run as the business's back office) is news to them.
import type { RlsScope } from '../db/rls.js';

export type Recipient = { customerId: string } | { staffUserId: string };

export function isOwnDoing(scope: RlsScope | null, recipient: Recipient): boolean {
  if (!scope) return false;
  if ('customerId' in recipient) return scope.role === 'customer' && scope.customerId === recipient.customerId;
  return scope.role === 'staff' && scope.staffId === recipient.staffUserId;
}
