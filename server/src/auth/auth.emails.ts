// The emails of the sign-in flows (magic link, password reset, invitations), in the recipient's
// language (common/languages), and the links they carry.
import type { RequestContext, ScopedContext } from '../context/context.js';
import type { StaffRole } from '../generated/prisma/enums.js';
import type { OutgoingEmail } from '../mail/mailer.js';
import type { Tenant } from '../generated/prisma/client.js';
import { portalLinks } from '../communications/portal-links.js';
import type { Language } from '../common/languages.js';
import { emailLanguage } from '../platform/email-locale.js';
import { inOwnTransaction } from '../platform/scope.js';
import { TOKEN_LIFETIME_MINUTES, issueToken, retireTokens } from './one-time-tokens.js';

interface Letter {
  subject: string;
  text: string;
}

const MAGIC_MINUTES = TOKEN_LIFETIME_MINUTES.magic_link;
const RESET_MINUTES = TOKEN_LIFETIME_MINUTES.password_reset;
const INVITATION_DAYS = TOKEN_LIFETIME_MINUTES.invitation / (24 * 60);

const ROLE_NAMES: Record<Language, Record<StaffRole, string>> = {
  en: { owner: 'owner', admin: 'administrator', dispatcher: 'dispatcher', technician: 'technician' },
  fr: { owner: 'propriétaire', admin: 'administrateur', dispatcher: 'répartiteur', technician: 'technicien' },
  es: { owner: 'propietario', admin: 'administrador', dispatcher: 'coordinador', technician: 'técnico' },
};

type Write<V> = (v: V) => Letter;
type Links = { business: string; name: string; link: string };

const letters: {
  magicLink: Record<Language, Write<Links>>;
  passwordReset: Record<Language, Write<Links>>;
  customerInvitation: Record<Language, Write<Links>>;
  staffInvitation: Record<Language, Write<Links & { inviter: string; role: StaffRole }>>;
} = {
  magicLink: {
    en: (v) => ({
      subject: `Your sign-in link for ${v.business}`,
      text: `Hello ${v.name},\n\nHere is your link to sign in to the ${v.business} customer portal:\n\n${v.link}\n\nIt works once and expires in ${MAGIC_MINUTES} minutes. If you did not ask for it, you can ignore this email.\n`,
    }),
    fr: (v) => ({
      subject: `Votre lien de connexion à ${v.business}`,
      text: `Bonjour ${v.name},\n\nVoici votre lien pour vous connecter à l'espace client de ${v.business} :\n\n${v.link}\n\nIl ne fonctionne qu'une fois et expire dans ${MAGIC_MINUTES} minutes. Si vous ne l'avez pas demandé, ignorez simplement ce message.\n`,
    }),
    es: (v) => ({
      subject: `Tu enlace de acceso a ${v.business}`,
      text: `Hola, ${v.name}:\n\nAquí tienes tu enlace para entrar al portal de clientes de ${v.business}:\n\n${v.link}\n\nSolo funciona una vez y vence en ${MAGIC_MINUTES} minutos. Si no lo pediste, puedes ignorar este correo.\n`,
    }),
  },
  passwordReset: {
    en: (v) => ({
      subject: `Reset your ${v.business} password`,
      text: `Hello ${v.name},\n\nSomeone, hopefully you, asked to reset the password of your ${v.business} account. Choose a new password here:\n\n${v.link}\n\nThe link works once and expires in ${RESET_MINUTES} minutes. If you did not ask for it, ignore this email: your password stays the same.\n`,
    }),
    fr: (v) => ({
      subject: `Réinitialisez votre mot de passe ${v.business}`,
      text: `Bonjour ${v.name},\n\nQuelqu'un, vous sans doute, a demandé à réinitialiser le mot de passe de votre compte ${v.business}. Choisissez un nouveau mot de passe ici :\n\n${v.link}\n\nLe lien ne fonctionne qu'une fois et expire dans ${RESET_MINUTES} minutes. Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe reste inchangé.\n`,
    }),
    es: (v) => ({
      subject: `Restablece tu contraseña de ${v.business}`,
      text: `Hola, ${v.name}:\n\nAlguien (seguramente tú) pidió restablecer la contraseña de tu cuenta de ${v.business}. Elige una contraseña nueva aquí:\n\n${v.link}\n\nEl enlace solo funciona una vez y vence en ${RESET_MINUTES} minutos. Si no lo pediste, ignora este correo: tu contraseña no cambia.\n`,
    }),
  },
  customerInvitation: {
    en: (v) => ({
      subject: `${v.business} invites you to its customer portal`,
      text: `Hello ${v.name},\n\n${v.business} invites you to its customer portal, where you can follow your appointments, invoices and documents. Choose your password to get started:\n\n${v.link}\n\nThe invitation expires in ${INVITATION_DAYS} days.\n`,
    }),
    fr: (v) => ({
      subject: `${v.business} vous invite sur son espace client`,
      text: `Bonjour ${v.name},\n\n${v.business} vous invite sur son espace client, où vous retrouverez vos rendez-vous, factures et documents. Choisissez votre mot de passe pour commencer :\n\n${v.link}\n\nL'invitation expire dans ${INVITATION_DAYS} jours.\n`,
    }),
    es: (v) => ({
      subject: `${v.business} te invita a su portal de clientes`,
      text: `Hola, ${v.name}:\n\n${v.business} te invita a su portal de clientes, donde puedes consultar tus citas, facturas y documentos. Elige tu contraseña para empezar:\n\n${v.link}\n\nLa invitación vence en ${INVITATION_DAYS} días.\n`,
    }),
  },
  staffInvitation: {
    en: (v) => ({
      subject: `Join ${v.business} on Portico`,
      text: `Hello ${v.name},\n\n${v.inviter} invites you to join ${v.business} on Portico as ${ROLE_NAMES.en[v.role]}. Choose your password to get started:\n\n${v.link}\n\nThe invitation expires in ${INVITATION_DAYS} days.\n`,
    }),
    fr: (v) => ({
      subject: `Rejoignez ${v.business} sur Portico`,
      text: `Bonjour ${v.name},\n\n${v.inviter} vous invite à rejoindre ${v.business} sur Portico en tant que ${ROLE_NAMES.fr[v.role]}. Choisissez votre mot de passe pour commencer :\n\n${v.link}\n\nL'invitation expire dans ${INVITATION_DAYS} jours.\n`,
    }),
    es: (v) => ({
      subject: `Únete a ${v.business} en Portico`,
      text: `Hola, ${v.name}:\n\n${v.inviter} te invita a unirte a ${v.business} en Portico como ${ROLE_NAMES.es[v.role]}. Elige tu contraseña para empezar:\n\n${v.link}\n\nLa invitación vence en ${INVITATION_DAYS} días.\n`,
    }),
  },
};

export type LetterKind = keyof typeof letters;

export function letter<K extends LetterKind>(kind: K, locale: Language, values: Parameters<(typeof letters)[K]['en']>[0]): Letter {
  const write = letters[kind][locale] as (v: typeof values) => Letter;
  return write(values);
}

/** Where staff emails point: the admin app carries the tenant in the query (portal links: communications/portal-links). */
export const adminLinks = {
  passwordReset: (ctx: RequestContext, slug: string, token: string) =>
    `${ctx.deps.config.adminUrl}/reset-password?tenant=${encodeURIComponent(slug)}&token=${encodeURIComponent(token)}`,
  invitation: (ctx: RequestContext, slug: string, token: string) =>
    `${ctx.deps.config.adminUrl}/accept-invitation?tenant=${encodeURIComponent(slug)}&token=${encodeURIComponent(token)}`,
};

/**
 * Queues an email of an anonymous sign-in flow, once that flow's transaction has committed, in
 * a transaction of its own with role 'system' that does nothing but store this one email (the
 * outbox trigger then queues its delivery for the worker). Role 'auth' may insert into
 * outbox_emails but never read it: the outbox holds other people's sign-in links.
 */
export function sendFromSignInFlow(ctx: RequestContext, email: OutgoingEmail): Promise<void> {
  return inOwnTransaction(ctx, { tenantId: email.tenantId, role: 'system' }, (system) => ctx.deps.mailer.send(system, email));
}

/**
 * Emails a customer a fresh portal link that staff chose to send (invitation or password
 * reset): earlier unused links of the same kind stop working, and the email is queued in the
 * caller's transaction, so it goes only if the operation commits.
 */
export async function sendCustomerLink(
  ctx: ScopedContext,
  tenant: Pick<Tenant, 'id' | 'name' | 'slug' | 'customDomain' | 'locale'>,
  customer: { id: string; name: string; locale: string | null; contactId?: string },
  to: string,
  kind: 'invitation' | 'password_reset',
): Promise<void> {
  // The link is the contact's (issue 22): name and language are theirs when the caller passes them.
  const owner = { customerId: customer.id, ...(customer.contactId ? { contactId: customer.contactId } : {}) };
  await retireTokens(ctx, tenant.id, owner, [kind]);
  const token = await issueToken(ctx, tenant.id, kind, owner);
  const locale = emailLanguage(customer.locale, tenant.locale);
  const values = { business: tenant.name, name: customer.name };
  const { subject, text } =
    kind === 'invitation'
      ? letter('customerInvitation', locale, { ...values, link: portalLinks.invitation(ctx.deps.config.portalUrl, tenant, token) })
      : letter('passwordReset', locale, { ...values, link: portalLinks.passwordReset(ctx.deps.config.portalUrl, tenant, token) });
  await ctx.deps.mailer.send(ctx, { tenantId: tenant.id, customerId: customer.id, to, subject, text });
}
