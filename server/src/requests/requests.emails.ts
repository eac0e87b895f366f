// Telling a customer what became of their service request (reviewed, converted into a job,
// declined): a requestStatusChanged notification and these emails, in the customer's language,
// then the business's, then English, when they want that kind by email (notifications/notify.ts).
import type { ScopedContext } from '../context/context.js';
import type { Tenant } from '../generated/prisma/client.js';
import type { Language } from '../common/languages.js';
import { formatWhen } from '../common/dates.js';
import { portalLinks } from '../communications/portal-links.js';
import { notifyCustomer } from '../notifications/notify.js';
import { excerptOf } from '../notifications/notification-kinds.js';

export type RequestEmail = 'reviewed' | 'converted' | 'declined';

interface Values {
  business: string;
  name: string;
  when: string | null;
  reason: string | null;
  link: string;
}

type Write = (v: Values) => { subject: string; text: string };

const letters: Record<RequestEmail, Record<Language, Write>> = {
  reviewed: {
    en: (v) => ({
      subject: `${v.business} is looking at your request`,
      text: `Hello ${v.name},\n\n${v.business} has reviewed your service request and will get back to you soon.\n\n${v.link}\n`,
    }),
    fr: (v) => ({
      subject: `${v.business} étudie votre demande`,
      text: `Bonjour ${v.name},\n\n${v.business} a pris connaissance de votre demande d'intervention et vous répondra bientôt.\n\n${v.link}\n`,
    }),
    es: (v) => ({
      subject: `${v.business} está revisando tu solicitud`,
      text: `Hola, ${v.name}:\n\n${v.business} revisó tu solicitud de servicio y te responderá pronto.\n\n${v.link}\n`,
    }),
  },
  converted: {
    en: (v) => ({
      subject: `Your request is scheduled${v.when ? `: ${v.when}` : ''}`,
      text: `Hello ${v.name},\n\n${v.business} has turned your service request into a job${v.when ? `, scheduled for ${v.when}` : ''}.\n\n${v.link}\n`,
    }),
    fr: (v) => ({
      subject: `Votre demande est planifiée${v.when ? ` : ${v.when}` : ''}`,
      text: `Bonjour ${v.name},\n\n${v.business} a planifié une intervention pour votre demande${v.when ? `, le ${v.when}` : ''}.\n\n${v.link}\n`,
    }),
    es: (v) => ({
      subject: `Tu solicitud ya está programada${v.when ? `: ${v.when}` : ''}`,
      text: `Hola, ${v.name}:\n\n${v.business} convirtió tu solicitud de servicio en un trabajo${v.when ? `, programado para el ${v.when}` : ''}.\n\n${v.link}\n`,
    }),
  },
  declined: {
    en: (v) => ({
      subject: `${v.business} cannot take your request`,
      text: `Hello ${v.name},\n\n${v.business} cannot take your service request.\n\nReason: ${v.reason ?? ''}\n\n${v.link}\n`,
    }),
    fr: (v) => ({
      subject: `${v.business} ne peut pas donner suite à votre demande`,
      text: `Bonjour ${v.name},\n\n${v.business} ne peut pas donner suite à votre demande d'intervention.\n\nMotif : ${v.reason ?? ''}\n\n${v.link}\n`,
    }),
    es: (v) => ({
      subject: `${v.business} no puede atender tu solicitud`,
      text: `Hola, ${v.name}:\n\n${v.business} no puede atender tu solicitud de servicio.\n\nMotivo: ${v.reason ?? ''}\n\n${v.link}\n`,
    }),
  },
};

export async function notifyRequestStatus(
  ctx: ScopedContext,
  tenant: Tenant,
  kind: RequestEmail,
  request: { id: string; customerId: string; description: string },
  extra: { when?: Date | null; reason?: string | null } = {},
): Promise<void> {
  const link = portalLinks.requests(ctx.deps.config.portalUrl, tenant);
  await notifyCustomer(ctx, {
    customerId: request.customerId,
    kind: 'requestStatusChanged',
    subject: { type: 'request', id: request.id },
    params: { status: kind, excerpt: excerptOf(request.description), start: extra.when?.toISOString() ?? null },
    letter: (to) =>
      letters[kind][to.language]({
        business: tenant.name,
        name: to.name,
        when: extra.when ? formatWhen(extra.when, tenant.timeZone, to.language) : null,
        reason: extra.reason ?? null,
        link,
      }),
  });
}
