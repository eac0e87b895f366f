// Les textes des vues pour téléphone : « Ma journée » d'un technicien, le planning sur un jour, les listes en cartes.
import type { phoneEn } from './phone.en';

export const phoneFr: Record<keyof typeof phoneEn, string> = {
	'nav.myDay': 'Ma journée',
	'home.area.myDay': 'Vos interventions du jour, dans l’ordre : appeler, trouver l’adresse, commencer et terminer.',

	'myDay.pageTitle': 'Ma journée · Portico Admin',
	'myDay.heading': 'Ma journée',
	'myDay.date': '{date} · {timeZone}',
	'myDay.count': '{count, plural, one {# intervention aujourd’hui} other {# interventions aujourd’hui}}',
	'myDay.empty': 'Aucune intervention pour vous aujourd’hui. Les prochaines sont sur le planning.',
	'myDay.openBoard': 'Ouvrir le planning',
	'myDay.jobs': 'Interventions du jour',
	'myDay.when': '{from}–{to}',
	'myDay.customer': 'Client',
	'myDay.call': 'Appeler le {phone}',
	'myDay.noPhone': 'Aucun numéro de téléphone enregistré.',
	'myDay.address': 'Adresse',
	'myDay.map': 'Ouvrir dans Plans',
	'myDay.mapLabel': 'Ouvrir {address} dans une carte (nouvel onglet)',
	'myDay.access': 'Instructions d’accès',
	'myDay.noAccess': 'Aucune instruction d’accès. Demandez au bureau ou au client.',
	'myDay.start': 'Commencer l’intervention',
	'myDay.complete': 'Terminer l’intervention',
	'myDay.started': '« {title} » est commencée.',
	'myDay.completed': '« {title} » est terminée.',
	'myDay.notes': 'Notes internes ({count})',
	'myDay.addNote': 'Note interne (personnel seulement, jamais montrée au client)',
	'myDay.saveNote': 'Ajouter la note',
	'myDay.noteAdded': 'La note a été ajoutée à « {title} ».',
	'myDay.details': 'Pièces, photos et notes pour le client',

	'dispatch.helpDay': 'Ouvrez une intervention pour la déplacer, l’affecter ou changer son statut.',
	'dispatch.dayNav': 'Jours',
	'dispatch.previousDay': '← Jour précédent',
	'dispatch.today': 'Aujourd’hui',
	'dispatch.nextDay': 'Jour suivant →',
	'dispatch.dayView': 'Interventions du {date}',
	'dispatch.noJobsThisDay': 'Aucune intervention ce jour-là.'
};
