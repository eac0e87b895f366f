// Each demo business's privacy notice (issue 22), version 1, in the business's language: the portal
// asks every contact to accept it once. Legal retention follows the business's country.
import type { Prisma } from '../../server/src/generated/prisma/client.js';
import type { TenantRows } from './build.js';

const NOTICE: Record<'en' | 'fr', (business: string) => string> = {
  en: (business) =>
    `${business} keeps your name, contact details, service addresses, equipment, appointments, invoices and messages to provide our services and bill them.\n\nWe never sell your data. Invoices are kept as long as the law requires. You can download a copy of your data or ask us to delete it from the Privacy page of your account.`,
  fr: (business) =>
    `${business} conserve vos nom, coordonnées, adresses d'intervention, équipements, rendez-vous, factures et messages pour assurer et facturer nos services.\n\nNous ne vendons jamais vos données. Les factures sont conservées aussi longtemps que la loi l'exige. Vous pouvez télécharger une copie de vos données ou demander leur suppression depuis la page Confidentialité de votre compte.`,
};

/** Retention years by country: France 10, Germany 8, elsewhere 7 (the US). */
const RETENTION: Record<string, number> = { FR: 10, DE: 8 };

export async function seedPrivacyNotice(tx: Prisma.TransactionClient, rows: TenantRows): Promise<void> {
  const { tenant } = rows;
  const language: 'en' | 'fr' = typeof tenant.locale === 'string' && tenant.locale.startsWith('fr') ? 'fr' : 'en';
  const country = typeof tenant.country === 'string' ? tenant.country : 'US';
  await tx.tenant.update({
    where: { id: tenant.id },
    data: { privacyNotice: NOTICE[language](tenant.name), privacyNoticeVersion: 1, legalRetentionYears: RETENTION[country] ?? 7 },
  });
}
