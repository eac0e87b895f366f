// The signature every email ends with: how to reach the business (name, address, phone, email,
// opening hours), in the recipient's language. The mailer appends it, so no letter can forget it.
import type { Tenant } from '../generated/prisma/client.js';
import type { Language } from '../common/languages.js';
import { postalAddressLines } from '../common/postal-address.js';
import { emailLanguage } from '../platform/email-locale.js';
import { hasContactDetails, toBusinessContact } from '../tenants/business-contact.js';

const WORDS: Record<Language, { phone: string; email: string; hours: string }> = {
  en: { phone: 'Phone:', email: 'Email:', hours: 'Opening hours:' },
  fr: { phone: 'Téléphone :', email: 'E-mail :', hours: "Horaires d'ouverture :" },
  es: { phone: 'Teléfono:', email: 'Correo electrónico:', hours: 'Horario de atención:' },
};

/** The footer text (starting with the "-- " signature separator), or '' when the business has given no contact details. */
export function contactFooter(tenant: Tenant, recipientLocale: string | null | undefined): string {
  const contact = toBusinessContact(tenant);
  if (!hasContactDetails(contact)) return '';
  // The letter's own language (platform/email-locale.ts), so a footer never switches language.
  const lang = emailLanguage(recipientLocale, tenant.locale);
  const t = WORDS[lang];
  const lines = [tenant.name, ...postalAddressLines(contact, { locale: lang, homeCountry: contact.country })];
  if (contact.phone) lines.push(`${t.phone} ${contact.phone}`);
  if (contact.email) lines.push(`${t.email} ${contact.email}`);
  if (contact.openingHours) lines.push(t.hours, ...contact.openingHours.split('\n'));
  return `\n-- \n${lines.join('\n')}\n`;
}
