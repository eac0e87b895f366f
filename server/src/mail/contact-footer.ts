// The signature every email ends with: how to reach the business (name, address, phone, email,
// opening hours), in the recipient's language. The mailer appends it, so no letter can forget it.
import type { Tenant } from '../generated/prisma/client.js';
import { postalAddressLines } from '../common/postal-address.js';
import { hasContactDetails, toBusinessContact } from '../tenants/business-contact.js';

type FooterLocale = 'en' | 'fr' | 'es';

const WORDS: Record<FooterLocale, { phone: string; email: string; hours: string }> = {
  en: { phone: 'Phone:', email: 'Email:', hours: 'Opening hours:' },
  fr: { phone: 'Téléphone :', email: 'E-mail :', hours: "Horaires d'ouverture :" },
  es: { phone: 'Teléfono:', email: 'Correo electrónico:', hours: 'Horario de atención:' },
};

function footerLocale(...candidates: (string | null | undefined)[]): FooterLocale {
  const first = candidates.find((c): c is string => typeof c === 'string' && c.length > 0)?.toLowerCase() ?? 'en';
  return first.startsWith('fr') ? 'fr' : first.startsWith('es') ? 'es' : 'en';
}

/** The footer text (starting with the "-- " signature separator), or '' when the business has given no contact details. */
export function contactFooter(tenant: Tenant, recipientLocale: string | null | undefined): string {
  const contact = toBusinessContact(tenant);
  if (!hasContactDetails(contact)) return '';
  const lang = footerLocale(recipientLocale, tenant.locale);
  const t = WORDS[lang];
  const lines = [tenant.name, ...postalAddressLines(contact, { locale: lang, homeCountry: contact.country })];
  if (contact.phone) lines.push(`${t.phone} ${contact.phone}`);
  if (contact.email) lines.push(`${t.email} ${contact.email}`);
  if (contact.openingHours) lines.push(t.hours, ...contact.openingHours.split('\n'));
  return `\n-- \n${lines.join('\n')}\n`;
}
