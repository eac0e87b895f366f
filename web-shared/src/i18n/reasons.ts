// What the API's machine-readable refusals (`extensions.reason`) say, in every language Portico
// speaks. Both apps spread these into their dictionaries; reasons.test.ts checks that every reason
// the server throws (server/src) has its words here.
import type { Locale } from './translate';

export const reasons = [
	// Sessions and the request itself
	'SESSION_IDLE',
	'IDEMPOTENCY_KEY_REUSED',
	'IDEMPOTENCY_KEY_IN_PROGRESS',
	'GRAPHQL_PARSE_FAILED',
	'GRAPHQL_VALIDATION_FAILED',
	'BAD_REQUEST',
	'OPERATION_RESOLUTION_FAILURE',
	'PERSISTED_QUERY_NOT_FOUND',
	'PERSISTED_QUERY_NOT_SUPPORTED',
	// Text a person could not have meant, and inputs
	'CONTROL_CHARACTER',
	'INVALID_UNICODE',
	'REQUIRED',
	'TOO_LONG',
	'INVALID_COUNTRY',
	'UNSUPPORTED_LANGUAGE',
	// Addresses, equipment and animals a customer keeps
	'SITES_MANAGED_BY_BUSINESS',
	'ASSETS_MANAGED_BY_BUSINESS',
	'ADDED_BY_BUSINESS',
	'SITE_HAS_JOBS',
	'SITE_HAS_ASSETS',
	'ASSET_IN_USE',
	// Booking rules
	'CANCELLATION_WINDOW_CLOSED',
	'LEAD_TIME',
	// A business's settings and contact details
	'DOMAIN_TAKEN',
	'MULTILINE',
	'INVALID_PHONE',
	'INVALID_EMAIL',
	'INVALID_TAX_ID',
	'INCOMPLETE_ADDRESS',
	'INVALID_SIRET'
] as const;

export type Reason = (typeof reasons)[number];
export type ReasonMessageKey = `error.reason.${Reason}`;

export function isReason(value: unknown): value is Reason {
	return reasons.some((reason) => reason === value);
}

export function reasonKey(reason: Reason): ReasonMessageKey {
	return `error.reason.${reason}`;
}

const outdated = {
	en: 'This page is out of date. Please reload it.',
	fr: 'Cette page n’est plus à jour. Veuillez la recharger.',
	es: 'Esta página está desactualizada. Vuelve a cargarla.'
} as const;

/** A request the API could not read: an old page asking in an old way, as far as a person can tell. */
function outdatedRequest(locale: Locale) {
	return {
		'error.reason.GRAPHQL_PARSE_FAILED': outdated[locale],
		'error.reason.GRAPHQL_VALIDATION_FAILED': outdated[locale],
		'error.reason.BAD_REQUEST': outdated[locale],
		'error.reason.OPERATION_RESOLUTION_FAILURE': outdated[locale],
		'error.reason.PERSISTED_QUERY_NOT_FOUND': outdated[locale],
		'error.reason.PERSISTED_QUERY_NOT_SUPPORTED': outdated[locale]
	};
}

/** Spread into each language's dictionary of an app (`...reasonMessages.fr`). */
export const reasonMessages: Record<Locale, Record<ReasonMessageKey, string>> = {
	en: {
		'error.reason.SESSION_IDLE': 'You were signed out after a while without activity. Sign in again to continue.',
		'error.reason.IDEMPOTENCY_KEY_REUSED': 'This was already sent with other details. Reload the page and try again.',
		'error.reason.IDEMPOTENCY_KEY_IN_PROGRESS': 'Your previous request is still being handled. Wait a moment and try again.',
		...outdatedRequest('en'),
		'error.reason.CONTROL_CHARACTER': 'This text contains an invisible control character that is not allowed. Remove it and try again.',
		'error.reason.INVALID_UNICODE': 'This text contains a broken character. Remove it and try again.',
		'error.reason.REQUIRED': 'Fill in this field.',
		'error.reason.TOO_LONG': 'This is too long. Shorten it and try again.',
		'error.reason.INVALID_COUNTRY': 'Enter a valid two-letter country code, such as US or CA.',
		'error.reason.UNSUPPORTED_LANGUAGE': 'Choose one of the languages offered.',
		'error.reason.SITES_MANAGED_BY_BUSINESS': 'Your service addresses are kept by the business: contact them to add or change one.',
		'error.reason.ASSETS_MANAGED_BY_BUSINESS': 'The business keeps this list: contact them to add or change an entry.',
		'error.reason.ADDED_BY_BUSINESS': 'The business entered this: contact them to change or remove it.',
		'error.reason.SITE_HAS_JOBS': 'Appointments were made at this address, so it cannot be removed.',
		'error.reason.SITE_HAS_ASSETS': 'Equipment or animals are listed at this address. Move them to another address first.',
		'error.reason.ASSET_IN_USE': 'Appointments or requests refer to this entry, so it cannot be removed.',
		'error.reason.CANCELLATION_WINDOW_CLOSED': 'The cancellation window has closed: this appointment can no longer be changed online. Please contact the business.',
		'error.reason.LEAD_TIME': 'This time is too soon to book online. Please pick a later time.',
		'error.reason.DOMAIN_TAKEN': 'Another business already uses this domain.',
		'error.reason.MULTILINE': 'Write this on one line.',
		'error.reason.INVALID_PHONE': 'Enter a phone number of 6 to 20 digits, such as +1 312-555-0100.',
		'error.reason.INVALID_EMAIL': 'Enter an email address such as office@example.com.',
		'error.reason.INVALID_TAX_ID': 'Use only letters, digits, spaces, dots, hyphens and slashes.',
		'error.reason.INCOMPLETE_ADDRESS': 'An address needs its street, city and country: fill this in too.',
		'error.reason.INVALID_SIRET': 'Enter the SIRET: 14 digits, such as 732 829 320 00074.'
	},
	fr: {
		'error.reason.SESSION_IDLE': 'Vous avez été déconnecté après une période d’inactivité. Reconnectez-vous pour continuer.',
		'error.reason.IDEMPOTENCY_KEY_REUSED': 'Cette demande a déjà été envoyée avec d’autres informations. Rechargez la page et réessayez.',
		'error.reason.IDEMPOTENCY_KEY_IN_PROGRESS': 'Votre demande précédente est encore en cours de traitement. Patientez un instant et réessayez.',
		...outdatedRequest('fr'),
		'error.reason.CONTROL_CHARACTER': 'Ce texte contient un caractère de contrôle invisible qui n’est pas autorisé. Supprimez-le et réessayez.',
		'error.reason.INVALID_UNICODE': 'Ce texte contient un caractère invalide. Supprimez-le et réessayez.',
		'error.reason.REQUIRED': 'Remplissez ce champ.',
		'error.reason.TOO_LONG': 'Ce texte est trop long. Raccourcissez-le et réessayez.',
		'error.reason.INVALID_COUNTRY': 'Saisissez un code pays valide de deux lettres, par exemple FR ou CA.',
		'error.reason.UNSUPPORTED_LANGUAGE': 'Choisissez l’une des langues proposées.',
		'error.reason.SITES_MANAGED_BY_BUSINESS': 'Vos adresses sont gérées par l’entreprise : contactez-la pour en ajouter ou en modifier une.',
		'error.reason.ASSETS_MANAGED_BY_BUSINESS': 'L’entreprise gère cette liste : contactez-la pour ajouter ou modifier une entrée.',
		'error.reason.ADDED_BY_BUSINESS': 'L’entreprise a saisi cette entrée : contactez-la pour la modifier ou la supprimer.',
		'error.reason.SITE_HAS_JOBS': 'Des rendez-vous ont été pris à cette adresse : elle ne peut pas être supprimée.',
		'error.reason.SITE_HAS_ASSETS': 'Des équipements ou des animaux sont rattachés à cette adresse. Déplacez-les d’abord vers une autre adresse.',
		'error.reason.ASSET_IN_USE': 'Des rendez-vous ou des demandes y font référence : impossible de le supprimer.',
		'error.reason.CANCELLATION_WINDOW_CLOSED': 'Le délai d’annulation est passé : ce rendez-vous ne peut plus être modifié en ligne. Veuillez contacter l’entreprise.',
		'error.reason.LEAD_TIME': 'Ce créneau est trop proche pour être réservé en ligne. Choisissez un horaire plus tardif.',
		'error.reason.DOMAIN_TAKEN': 'Une autre entreprise utilise déjà ce domaine.',
		'error.reason.MULTILINE': 'Écrivez-le sur une seule ligne.',
		'error.reason.INVALID_PHONE': 'Saisissez un numéro de téléphone de 6 à 20 chiffres, par exemple +33 1 23 45 67 89.',
		'error.reason.INVALID_EMAIL': 'Saisissez une adresse courriel comme bureau@exemple.fr.',
		'error.reason.INVALID_TAX_ID': 'Utilisez uniquement des lettres, des chiffres, des espaces, des points, des tirets et des barres obliques.',
		'error.reason.INCOMPLETE_ADDRESS': 'Une adresse comporte la rue, la ville et le pays : remplissez aussi ce champ.',
		'error.reason.INVALID_SIRET': 'Saisissez le SIRET : 14 chiffres, par exemple 732 829 320 00074.'
	},
	es: {
		'error.reason.SESSION_IDLE': 'Cerramos tu sesión tras un tiempo sin actividad. Vuelve a iniciar sesión para continuar.',
		'error.reason.IDEMPOTENCY_KEY_REUSED': 'Esto ya se envió con otros datos. Vuelve a cargar la página e inténtalo de nuevo.',
		'error.reason.IDEMPOTENCY_KEY_IN_PROGRESS': 'Todavía estamos procesando tu solicitud anterior. Espera un momento e inténtalo de nuevo.',
		...outdatedRequest('es'),
		'error.reason.CONTROL_CHARACTER': 'Este texto contiene un carácter de control invisible que no está permitido. Elimínalo e inténtalo de nuevo.',
		'error.reason.INVALID_UNICODE': 'Este texto contiene un carácter no válido. Elimínalo e inténtalo de nuevo.',
		'error.reason.REQUIRED': 'Completa este campo.',
		'error.reason.TOO_LONG': 'Este texto es demasiado largo. Acórtalo e inténtalo de nuevo.',
		'error.reason.INVALID_COUNTRY': 'Escribe un código de país válido de dos letras, por ejemplo ES o MX.',
		'error.reason.UNSUPPORTED_LANGUAGE': 'Elige uno de los idiomas disponibles.',
		'error.reason.SITES_MANAGED_BY_BUSINESS': 'La empresa administra tus direcciones de servicio: contáctala para agregar o cambiar una.',
		'error.reason.ASSETS_MANAGED_BY_BUSINESS': 'La empresa administra esta lista: contáctala para agregar o cambiar un elemento.',
		'error.reason.ADDED_BY_BUSINESS': 'La empresa ingresó este dato: contáctala para cambiarlo o eliminarlo.',
		'error.reason.SITE_HAS_JOBS': 'Hay citas registradas en esta dirección, así que no se puede eliminar.',
		'error.reason.SITE_HAS_ASSETS': 'Hay equipos o animales registrados en esta dirección. Primero muévelos a otra dirección.',
		'error.reason.ASSET_IN_USE': 'Hay citas o solicitudes vinculadas a este elemento, así que no se puede eliminar.',
		'error.reason.CANCELLATION_WINDOW_CLOSED': 'El plazo de cancelación ya terminó: esta cita ya no se puede cambiar en línea. Comunícate con la empresa.',
		'error.reason.LEAD_TIME': 'Este horario es demasiado pronto para reservar en línea. Elige uno más tarde.',
		'error.reason.DOMAIN_TAKEN': 'Otra empresa ya usa este dominio.',
		'error.reason.MULTILINE': 'Escríbelo en una sola línea.',
		'error.reason.INVALID_PHONE': 'Escribe un número de teléfono de 6 a 20 dígitos, por ejemplo +34 912 345 678.',
		'error.reason.INVALID_EMAIL': 'Escribe un correo electrónico como oficina@ejemplo.com.',
		'error.reason.INVALID_TAX_ID': 'Usa solo letras, números, espacios, puntos, guiones y barras.',
		'error.reason.INCOMPLETE_ADDRESS': 'Una dirección necesita calle, ciudad y país: completa también este campo.',
		'error.reason.INVALID_SIRET': 'Escribe el SIRET: 14 dígitos, por ejemplo 732 829 320 00074.'
	}
};
