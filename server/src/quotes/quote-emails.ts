// The quotes' emails. Sent: the customer is told through the notifications (kind quoteSent, bell
// and/or email per their preferences, in their language), linking to the quote's portal page
// (/portal/quotes/<id>), where its PDF is. Approved: every active member of the office (owner,
// admin, dispatcher) gets an email in their own language, linking to the quote in the admin app.
import type { ScopedContext } from '../context/context.js';
import type { Tenant } from '../generated/prisma/client.js';
import { INTL_LOCALE, type Language } from '../common/languages.js';
import { formatMinor } from '../common/money.js';
import { emailLanguage } from '../platform/email-locale.js';
import { notifyCustomer } from '../notifications/notify.js';
import type { QuoteWithVersions } from './quotes.service.js';

function titleOf(quote: QuoteWithVersions, version: number | null): string {
  return quote.versions.find((v) => v.version === version)?.title ?? quote.number;
}

export async function notifyQuoteSent(ctx: ScopedContext, _tenant: Tenant, quote: QuoteWithVersions): Promise<void> {
  await notifyCustomer(ctx, {
    customerId: quote.customerId,
    kind: 'quoteSent',
    subject: { type: 'quote', id: quote.id },
    params: { number: quote.number, title: titleOf(quote, quote.sentVersion) },
  });
}

const APPROVED: Record<Language, (w: { number: string; title: string; customer: string; total: string; link: string }) => { subject: string; text: string }> = {
  en: (w) => ({
    subject: `Quote ${w.number} approved by ${w.customer}`,
    text: `${w.customer} signed and approved quote ${w.number} (${w.title}) for ${w.total}.\n\n${w.link}`,
  }),
  fr: (w) => ({
    subject: `Devis ${w.number} accepté par ${w.customer}`,
    text: `${w.customer} a signé et accepté le devis ${w.number} (${w.title}) pour ${w.total}.\n\n${w.link}`,
  }),
  es: (w) => ({
    subject: `Presupuesto ${w.number} aprobado por ${w.customer}`,
    text: `${w.customer} firmó y aprobó el presupuesto ${w.number} (${w.title}) por ${w.total}.\n\n${w.link}`,
  }),
};

export async function notifyQuoteApproved(ctx: ScopedContext, tenant: Tenant, quote: QuoteWithVersions, totalMinor: number): Promise<void> {
  const { tx } = ctx;
  const customer = await tx.customer.findFirst({ where: { id: quote.customerId }, select: { name: true } });
  const office = await tx.staffUser.findMany({
    where: { status: 'active', role: { in: ['owner', 'admin', 'dispatcher'] } },
    select: { email: true, locale: true },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  const link = `${ctx.deps.config.adminUrl}/quotes/${encodeURIComponent(quote.id)}`;
  for (const member of office) {
    const language = emailLanguage(member.locale, tenant.locale);
    const letter = APPROVED[language]({
      number: quote.number,
      title: titleOf(quote, quote.signedVersion ?? quote.sentVersion),
      customer: customer?.name ?? '',
      total: formatMinor(INTL_LOCALE[language], quote.currency, totalMinor),
      link,
    });
    await ctx.deps.mailer.send(ctx, { tenantId: tenant.id, to: member.email, ...letter });
  }
}
