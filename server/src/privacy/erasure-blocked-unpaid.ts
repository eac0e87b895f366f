// Erasure waits while the customer owes money: any issued invoice with a balance due blocks it
// (ERASURE_BLOCKED_UNPAID). Drafts are the business's work in progress, void and paid invoices owe
// nothing; the balance is invoices/balance.ts's, the one definition of what is owed.
import { balanceDue, type BalanceRow } from '../invoices/balance.js';

export const ERASURE_BLOCKED_UNPAID = 'ERASURE_BLOCKED_UNPAID';

export function unpaidBalanceBlocksErasure(invoices: readonly BalanceRow[]): boolean {
  return invoices.some((invoice) => balanceDue(invoice) > 0);
}
