import type { MessageKey } from './en';

export const fr: Record<MessageKey, string> = {
	'app.name': 'Portico',
	'app.skipToContent': 'Aller au contenu principal',
	'app.loading': 'Chargement…',
	'locale.label': 'Langue',
	'locale.name.en': 'English',
	'locale.name.fr': 'Français',

	'home.pageTitle': 'Portail client',
	'home.heading': 'Portail client',
	'home.body':
		'Pour vous connecter, ouvrez le lien du portail que votre prestataire vous a envoyé.',

	'login.pageTitle': 'Connexion · {tenant}',
	'login.heading': 'Connectez-vous à votre compte',
	'login.email': 'Adresse courriel',
	'login.password': 'Mot de passe',
	'login.submit': 'Se connecter',
	'login.submitting': 'Connexion…',

	'portal.pageTitle': 'Votre compte · {tenant}',
	'portal.welcome': 'Bienvenue, {name}',
	'portal.signedInAs': 'Connecté en tant que {email}',
	'portal.empty': 'Vos rendez-vous, factures et documents apparaîtront ici.',
	'logout.submit': 'Se déconnecter',
	'logout.submitting': 'Déconnexion…',

	'errorPage.pageTitle': '{title} · Portico',
	'errorPage.notFound.title': 'Page introuvable',
	'errorPage.notFound.body': "Cette page n'existe pas. Vérifiez l'adresse et réessayez.",
	'errorPage.tenantNotFound.title': 'Portail introuvable',
	'errorPage.tenantNotFound.body':
		"Il n'y a pas de portail client à cette adresse. Vérifiez le lien que votre prestataire vous a envoyé.",
	'errorPage.unavailable.title': 'Service indisponible',
	'errorPage.forbidden.title': 'Accès refusé',
	'errorPage.generic.title': 'Une erreur est survenue',
	'errorPage.status': 'Erreur {status}',
	'errorPage.retry': 'Réessayer',
	'errorPage.home': "Aller à la page d'accueil",

	'error.unauthenticated': 'Votre session a expiré. Veuillez vous reconnecter.',
	'error.invalidCredentials': "L'adresse courriel ou le mot de passe est incorrect.",
	'error.forbidden': "Vous n'avez pas accès à cette ressource.",
	'error.notFound': "Nous n'avons pas trouvé ce que vous cherchiez.",
	'error.badInput': 'Veuillez corriger les champs signalés.',
	'error.conflict':
		"Quelqu'un d'autre a modifié cet élément entre-temps. Rechargez la page et réessayez.",
	'error.rateLimited': 'Trop de tentatives. Veuillez patienter une minute et réessayer.',
	'error.unavailable':
		'Le service est momentanément indisponible. Veuillez réessayer dans un instant.',
	'error.network':
		"Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.",
	'error.outdated': "Cette page n'est plus à jour. Veuillez la recharger.",
	'error.unknown': 'Une erreur est survenue. Veuillez réessayer.'
};
