import { sameAsParent } from '../platform/door.js';
import type { EndpointModule } from '../platform/door.js';
import { QuotePortalResolver } from './quotes.portal.resolver.js';
import { QuoteAdminResolver } from './quotes.admin.resolver.js';
import './quote-signatures.wiring.js';

// Who may call each operation is on its resolver method (@Allow): customers their own sent
// quotes, the office the business's. These are the types' rules.
const rules = {
  QuoteItem: sameAsParent,
  QuoteOption: sameAsParent,
  QuoteTotals: sameAsParent,
  QuoteDepositRule: sameAsParent,
  QuoteSelection: sameAsParent,
};

export const portal: EndpointModule = {
  resolvers: [QuotePortalResolver],
  rules: { ...rules, Quote: sameAsParent, QuoteConnection: sameAsParent },
};

export const admin: EndpointModule = {
  resolvers: [QuoteAdminResolver],
  // A network retry must not create a second quote.
  idempotent: ['createQuote'],
  rules: { ...rules, AdminQuote: sameAsParent, AdminQuoteConnection: sameAsParent, QuoteVersion: sameAsParent },
};
