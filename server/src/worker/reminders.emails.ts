// The reminder emails, in the customer's language, then the business's, then English.
import { INTL_LOCALE, writtenLanguage, type Language } from '../common/languages.js';
import { portalHome, portalLinks } from '../communications/portal-links.js';
import { formatWhen } from '../booking/booking.emails.js';
import { formatMinor } from '../common/money.js';

interface Letter {
  subject: string;
  text: string;
}

interface Recipient {
  name: string;
  locale: string | null;
}
interface Business {
  name: string;
  slug: string;
  customDomain: string | null;
  locale: string;
  timeZone: string;
}

type AppointmentValues = { business: string; name: string; title: string; when: string; link: string };
type OverdueValues = { business: string; name: string; number: string; due: string; amount: string; days: number; link: string };

const appointment: Record<Language, (v: AppointmentValues) => Letter> = {
  en: (v) => ({
    subject: `Reminder: ${v.title} tomorrow, ${v.when}`,
    text: `Hello ${v.name},\n\nA reminder of your appointment with ${v.business} tomorrow: ${v.title}, ${v.when}.\n\nSee or change it here: ${v.link}\n`,
  }),
  fr: (v) => ({
    subject: `Rappel : ${v.title} demain, ${v.when}`,
    text: `Bonjour ${v.name},\n\nPetit rappel de votre rendez-vous avec ${v.business} demain : ${v.title}, ${v.when}.\n\nPour le consulter ou le modifier : ${v.link}\n`,
  }),
  es: (v) => ({
    subject: `Recordatorio: ${v.title} mañana, ${v.when}`,
    text: `Hola, ${v.name}:\n\nTe recordamos tu cita con ${v.business} mañana: ${v.title}, ${v.when}.\n\nPara verla o cambiarla: ${v.link}\n`,
  }),
};

const overdue: Record<Language, (v: OverdueValues) => Letter> = {
  en: (v) => ({
    subject: `Invoice ${v.number} is overdue`,
    text: `Hello ${v.name},\n\nInvoice ${v.number} from ${v.business} was due on ${v.due} (${v.days} ${v.days === 1 ? 'day' : 'days'} ago). ${v.amount} is still to pay.\n\nSee and pay it here: ${v.link}\n\nIf you have paid it in the meantime, thank you, and please ignore this email.\n`,
  }),
  fr: (v) => ({
    subject: `La facture ${v.number} est en retard`,
    text: `Bonjour ${v.name},\n\nLa facture ${v.number} de ${v.business} était à régler le ${v.due} (il y a ${v.days} ${v.days === 1 ? 'jour' : 'jours'}). Il reste ${v.amount} à payer.\n\nPour la consulter et la régler : ${v.link}\n\nSi vous l'avez réglée entre-temps, merci, et ignorez simplement ce message.\n`,
  }),
  es: (v) => ({
    subject: `La factura ${v.number} está vencida`,
    text: `Hola, ${v.name}:\n\nLa factura ${v.number} de ${v.business} vencía el ${v.due} (hace ${v.days} ${v.days === 1 ? 'día' : 'días'}). Quedan ${v.amount} por pagar.\n\nPara verla y pagarla: ${v.link}\n\nSi ya la pagaste, gracias, y puedes ignorar este correo.\n`,
  }),
};

type CardValues = { business: string; name: string; card: string; agreement: string; month: string; link: string };

const cardExpiry: Record<Language, (v: CardValues) => Letter> = {
  en: (v) => ({
    subject: `Your card ${v.card} expires at the end of ${v.month}`,
    text: `Hello ${v.name},\n\nThe card ${v.card} that pays ${v.agreement} with ${v.business} automatically expires at the end of ${v.month}. To keep autopay going, save your new card and choose it for the agreement here: ${v.link}\n`,
  }),
  fr: (v) => ({
    subject: `Votre carte ${v.card} expire fin ${v.month}`,
    text: `Bonjour ${v.name},\n\nLa carte ${v.card} qui règle automatiquement ${v.agreement} auprès de ${v.business} expire fin ${v.month}. Pour que le prélèvement continue, enregistrez votre nouvelle carte et choisissez-la pour le contrat ici : ${v.link}\n`,
  }),
  es: (v) => ({
    subject: `Tu tarjeta ${v.card} vence a finales de ${v.month}`,
    text: `Hola, ${v.name}:\n\nLa tarjeta ${v.card} con la que pagas automáticamente ${v.agreement} a ${v.business} vence a finales de ${v.month}. Para que el pago automático continúe, guarda tu nueva tarjeta y elígela para el contrato aquí: ${v.link}\n`,
  }),
};

function localeOf(customer: Recipient, tenant: Business): Language {
  return writtenLanguage(customer.locale, tenant.locale);
}

export function appointmentReminder(portalUrl: string, tenant: Business, customer: Recipient, job: { id: string; title: string; scheduledStart: Date }): Letter {
  const locale = localeOf(customer, tenant);
  return appointment[locale]({
    business: tenant.name,
    name: customer.name,
    title: job.title,
    when: formatWhen(job.scheduledStart, tenant.timeZone, locale),
    link: portalLinks.appointment(portalUrl, tenant, job.id),
  });
}

export function overdueInvoiceReminder(
  portalUrl: string,
  tenant: Business,
  customer: Recipient,
  invoice: { id: string; number: string; dueDate: Date; currency: string; dueMinor: number; daysOverdue: number },
): Letter {
  const locale = localeOf(customer, tenant);
  const intl = INTL_LOCALE[locale];
  // Money is formatted only at the edges; an email is one. Due dates are calendar dates (UTC midnight).
  const amount = formatMinor(intl, invoice.currency, invoice.dueMinor);
  const due = new Intl.DateTimeFormat(intl, { dateStyle: 'long', timeZone: 'UTC' }).format(invoice.dueDate);
  return overdue[locale]({
    business: tenant.name,
    name: customer.name,
    number: invoice.number,
    due,
    amount,
    days: invoice.daysOverdue,
    link: portalLinks.invoice(portalUrl, tenant, invoice.id),
  });
}

export function cardExpiryReminder(
  portalUrl: string,
  tenant: Business,
  customer: Recipient,
  card: { brand: string | null; last4: string; expYear: number; expMonth: number; agreement: string },
): Letter {
  const locale = localeOf(customer, tenant);
  const intl = INTL_LOCALE[locale];
  const month = new Intl.DateTimeFormat(intl, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(card.expYear, card.expMonth - 1, 1));
  return cardExpiry[locale]({
    business: tenant.name,
    name: customer.name,
    card: `${card.brand ? `${card.brand} ` : ''}•••• ${card.last4}`,
    agreement: card.agreement,
    month,
    link: `${portalHome(portalUrl, tenant)}/portal/settings`,
  });
}
