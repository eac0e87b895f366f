// The privacy emails, in the recipient's language: an export is ready (a link to the portal's
// Privacy page, or the customer's page in the admin app for staff, where the signed download link
// is), and an automatic erasure that could not happen (with the reason in words).
import type { ScopedContext } from '../context/context.js';
import type { Tenant } from '../generated/prisma/client.js';
import type { Language } from '../common/languages.js';
import { emailLanguage } from '../platform/email-locale.js';
import { portalLinks } from '../communications/portal-links.js';
import { ERASURE_BLOCKED_CONTRACT } from './erasure-blocked-contract.js';
import { ERASURE_BLOCKED_UNPAID } from './erasure-blocked-unpaid.js';

type Letter = { subject: string; text: string };

const EXPORT_READY: Record<Language, (w: { business: string; link: string; until: string }) => Letter> = {
  en: (w) => ({
    subject: `Your data export from ${w.business} is ready`,
    text: `The copy of your data you asked for is ready. Download it from your Privacy page until ${w.until}:\n\n${w.link}`,
  }),
  fr: (w) => ({
    subject: `Votre export de données ${w.business} est prêt`,
    text: `La copie de vos données que vous avez demandée est prête. Téléchargez-la depuis votre page Confidentialité jusqu'au ${w.until} :\n\n${w.link}`,
  }),
  es: (w) => ({
    subject: `Tu exportación de datos de ${w.business} está lista`,
    text: `La copia de tus datos que pediste está lista. Descárgala desde tu página de Privacidad hasta el ${w.until}:\n\n${w.link}`,
  }),
};

const REASON_WORDS: Record<Language, Record<string, string>> = {
  en: { [ERASURE_BLOCKED_UNPAID]: 'an invoice still has a balance due', [ERASURE_BLOCKED_CONTRACT]: 'a service agreement, contract, project or appointment is still running' },
  fr: { [ERASURE_BLOCKED_UNPAID]: 'une facture reste à payer', [ERASURE_BLOCKED_CONTRACT]: 'un contrat, un projet ou un rendez-vous est encore en cours' },
  es: { [ERASURE_BLOCKED_UNPAID]: 'una factura tiene saldo pendiente', [ERASURE_BLOCKED_CONTRACT]: 'un contrato, proyecto o cita sigue en curso' },
};

const ERASURE_REFUSED: Record<Language, (w: { business: string; reason: string; link: string }) => Letter> = {
  en: (w) => ({
    subject: `Your account at ${w.business} could not be deleted yet`,
    text: `We could not delete your data yet: ${w.reason}. Once that is settled you can ask again from your Privacy page:\n\n${w.link}`,
  }),
  fr: (w) => ({
    subject: `Votre compte ${w.business} n'a pas encore pu être supprimé`,
    text: `Nous n'avons pas encore pu supprimer vos données : ${w.reason}. Une fois ce point réglé, vous pourrez refaire la demande depuis votre page Confidentialité :\n\n${w.link}`,
  }),
  es: (w) => ({
    subject: `Tu cuenta en ${w.business} aún no se pudo eliminar`,
    text: `Aún no pudimos eliminar tus datos: ${w.reason}. Cuando eso se resuelva puedes volver a pedirlo desde tu página de Privacidad:\n\n${w.link}`,
  }),
};

function privacyPage(ctx: ScopedContext, tenant: Tenant): string {
  return portalLinks.privacy(ctx.deps.config.portalUrl, tenant);
}

export async function emailExportReady(
  ctx: ScopedContext,
  tenant: Tenant,
  to: { email: string; locale: string | null; customerId: string | null; staff: boolean; forCustomerId: string },
  expiresAt: Date,
): Promise<void> {
  const language = emailLanguage(to.locale, tenant.locale);
  const link = to.staff ? `${ctx.deps.config.adminUrl}/customers/${encodeURIComponent(to.forCustomerId)}` : privacyPage(ctx, tenant);
  const until = expiresAt.toISOString().slice(0, 10);
  const letter = EXPORT_READY[language]({ business: tenant.name, link, until });
  await ctx.deps.mailer.send(ctx, { tenantId: tenant.id, ...(to.customerId ? { customerId: to.customerId } : {}), to: to.email, ...letter });
}

export async function emailErasureRefused(ctx: ScopedContext, tenant: Tenant, to: { email: string; locale: string | null; customerId: string }, reason: string): Promise<void> {
  const language = emailLanguage(to.locale, tenant.locale);
  const letter = ERASURE_REFUSED[language]({ business: tenant.name, reason: REASON_WORDS[language][reason] ?? reason, link: privacyPage(ctx, tenant) });
  await ctx.deps.mailer.send(ctx, { tenantId: tenant.id, customerId: to.customerId, to: to.email, ...letter });
}
