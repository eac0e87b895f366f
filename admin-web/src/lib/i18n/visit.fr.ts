// Les textes de la visite d'un technicien : « En route » avec une heure d'arrivée, puis « Arrivé » (Ma journée, la page de l'intervention).
import type { visitEn } from './visit.en';

export const visitFr: Record<keyof typeof visitEn, string> = {
  'visit.onTheWay': 'En route',
  'visit.arriving': 'arrivée vers {time}',
  'visit.setOff': 'Parti à {time}.',
  'visit.arrivedAt': 'Arrivé à {time}',
  'visit.onMyWay': 'En route',
  'visit.officeOnMyWay': 'Technicien en route',
  'visit.changeEta': 'Changer l’heure d’arrivée',
  'visit.arrived': 'Je suis arrivé',
  'visit.officeArrived': 'Marquer comme arrivé',
  'visit.when': 'Quand arriverez-vous ?',
  'visit.officeWhen': 'Quand le technicien arrivera-t-il ?',
  'visit.whenHint': 'Le client reçoit l’heure par e-mail.',
  'visit.inMinutes': '{count} min',
  'visit.atTime': 'Ou à',
  'visit.sendTime': 'Envoyer cette heure',
  'visit.notNow': 'Pas maintenant',
  'visit.told': 'Le client a été prévenu : arrivée vers {time}.',
  'visit.markedArrived': 'Arrivée notée pour « {title} ».',
};
