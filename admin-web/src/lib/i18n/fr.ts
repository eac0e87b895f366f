import { messagingMessages, notificationMessages, reasonMessages } from '@portico/web-shared/i18n';
import type { MessageKey } from './en';
import { staffFr } from './staff.fr';
import { alertsFr } from './alerts.fr';
import { phoneFr } from './phone.fr';
import { visitFr } from './visit.fr';
import { documentAccessFr } from './document-access.fr';
import { auditFr } from './audit.fr';
import { messagingFr } from './messaging.fr';
import { docgenFr } from './docgen.fr';
import { projectsFr } from './projects.fr';
import { quotesFr } from './quotes.fr';
import { signaturesFr } from './signatures.fr';
import { contactsFr } from './contacts.fr';
import { dealerFr } from './dealer.fr';
import { privacyFr } from './privacy.fr';
import { equipmentFr } from './equipment.fr';

export const fr: Record<MessageKey, string> = {
  ...reasonMessages.fr,
  ...notificationMessages.fr,
  ...messagingMessages.fr,
  'app.name': 'Portico Admin',
  'app.skipToContent': 'Aller au contenu principal',
  'app.loading': 'Chargement…',
  'live.on': 'Mises à jour en direct',
  'live.reconnecting': 'Reconnexion…',
  'locale.label': 'Langue',
  'locale.name.en': 'English',
  'locale.name.fr': 'Français',
  'locale.name.es': 'Español',

  'login.pageTitle': 'Connexion · Portico Admin',
  'login.heading': 'Connexion du personnel',
  'login.tenantSlug': "Compte de l'entreprise",
  'login.tenantSlugHint': 'Le nom court dans l’adresse de votre portail client, par exemple northwind-hvac.',
  'login.email': 'Adresse courriel',
  'login.password': 'Mot de passe',
  'login.submit': 'Se connecter',
  'login.submitting': 'Connexion…',
  'login.signedOutInactive': "Vous avez été déconnecté après une période d'inactivité. Reconnectez-vous pour continuer.",

  'home.pageTitle': 'Tableau de bord · Portico Admin',
  'home.welcome': 'Bienvenue, {name}',
  'home.role': 'Rôle',
  'home.email': 'Courriel',
  'home.empty': 'Les interventions, clients et factures apparaîtront ici.',
  'role.owner': 'Propriétaire',
  'role.admin': 'Administrateur',
  'role.dispatcher': 'Répartiteur',
  'role.technician': 'Technicien',
  'logout.submit': 'Se déconnecter',
  'logout.submitting': 'Déconnexion…',

  'errorPage.pageTitle': '{title} · Portico Admin',
  'errorPage.notFound.title': 'Page introuvable',
  'errorPage.notFound.body': "Cette page n'existe pas. Vérifiez l'adresse et réessayez.",
  'errorPage.unavailable.title': 'Service indisponible',
  'errorPage.forbidden.title': 'Accès refusé',
  'errorPage.generic.title': 'Une erreur est survenue',
  'errorPage.status': 'Erreur {status}',
  'errorPage.retry': 'Réessayer',
  'errorPage.home': 'Aller au tableau de bord',

  'error.unauthenticated': 'Votre session a expiré. Veuillez vous reconnecter.',
  'error.invalidCredentials': "Le compte de l'entreprise, l'adresse courriel ou le mot de passe est incorrect.",
  'error.forbidden': "Vous n'avez pas accès à cette ressource.",
  'error.notFound': "Nous n'avons pas trouvé ce que vous cherchiez.",
  'error.badInput': 'Veuillez corriger les champs signalés.',
  'error.conflict': "Quelqu'un d'autre a modifié cet élément entre-temps. Rechargez la page et réessayez.",
  'error.rateLimited': 'Trop de tentatives. Veuillez patienter une minute et réessayer.',
  'error.unavailable': 'Le service est momentanément indisponible. Veuillez réessayer dans un instant.',
  'error.network': 'Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.',
  'error.outdated': "Cette page n'est plus à jour. Veuillez la recharger.",
  'error.unknown': 'Une erreur est survenue. Veuillez réessayer.',
  ...staffFr,
  ...alertsFr,
  ...phoneFr,
  ...visitFr,
  ...documentAccessFr,
  ...auditFr,
  ...messagingFr,
  ...docgenFr,
  ...projectsFr,
  ...quotesFr,
  ...signaturesFr,
  ...dealerFr,
  ...privacyFr,
  ...contactsFr,
  ...equipmentFr,
};
