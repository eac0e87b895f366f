// Les textes français des concessionnaires d'équipement (issue 21), côté personnel.
import type { equipmentEn } from './equipment.en';

export const equipmentFr: Record<keyof typeof equipmentEn, string> = {
  'settings.feature.meters': 'Relevés de compteurs (les clients relèvent les compteurs de leurs appareils ; les contrats facturent d’après eux)',
  'settings.feature.supplies': 'Consommables (les clients commandent toner, tambours et papier pour leurs appareils)',

  'promises.heading': 'Délais de réponse par priorité',
  'promises.intro':
    'Ce que vous promettez pour chaque priorité d’une demande d’intervention. Le client le voit en choisissant la priorité ; chaque nouvelle demande reçoit son heure limite de réponse, et la boîte de réception signale celles restées sans réponse à temps.',
  'promises.promise': 'Promettre un délai de réponse pour cette priorité',
  'promises.within': 'Répondre sous',
  'promises.unit': 'Unité',
  'promises.unit.minutes': 'minutes',
  'promises.unit.hours': 'heures',
  'promises.unit.days': 'jours',
  'promises.note': 'Note affichée au client (facultative)',
  'promises.notePlaceholder': 'p. ex. Supplément hors heures ouvrées',
  'promises.extra': 'Supplément ({currency}, facultatif)',
  'promises.save': 'Enregistrer les délais',
  'promises.saved': 'Délais de réponse enregistrés. Les nouvelles demandes les reçoivent ; celles déjà reçues gardent les leurs.',
  'promises.rowInvalid': '{priority} : indiquez un délai supérieur à zéro et un supplément sous forme de montant (ou laissez-le vide).',

  'requests.respondBy': 'Répondre avant {when}',
  'requests.respondedAt': 'Réponse {when}',
  'requests.respondedLate': 'En retard',
  'requests.overdue': 'En retard',
  'requests.responseLabel': 'Réponse',
  'requests.filterLabel': 'Afficher les demandes d’intervention',
  'requests.filterAll': 'Toutes les ouvertes',
  'requests.filterOverdue': 'En retard seulement',
  'requests.overdueCount': '{count, plural, one {# demande a dépassé son délai de réponse promis.} other {# demandes ont dépassé leur délai de réponse promis.}}',
  'requests.noOverdue': 'Aucune demande en retard : toutes ont reçu une réponse dans le délai promis, ou leur délai n’est pas encore écoulé.',
};
