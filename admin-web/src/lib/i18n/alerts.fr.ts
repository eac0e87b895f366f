import type { alertsEn } from './alerts.en';

export const alertsFr: Record<keyof typeof alertsEn, string> = {
  'nav.requestsBadge': '{count, plural, one {# demande en attente} other {# demandes en attente}}',
  'nav.requestsBadgeUrgent': '{count, plural, one {# demande en attente} other {# demandes en attente}}, {urgent, plural, one {dont # urgente} other {dont # urgentes}}',
  'staffAlerts.heading': 'Alertes par e-mail',
  'staffAlerts.intro': "Qui reçoit un e-mail quand un client réserve ou demande quelque chose. Chaque membre actif de l'équipe dont le rôle est coché le reçoit, dans sa langue.",
  'staffAlerts.kind': 'Alerte',
  'staffAlerts.kind.newBooking': 'Nouvelle réservation en ligne',
  'staffAlerts.kind.appointmentRequest': 'Demande de rendez-vous à confirmer',
  'staffAlerts.kind.urgentRequest': "Demande d'intervention urgente ou d'urgence",
  'staffAlerts.roleFor': '{role} : {kind}',
  'staffAlerts.urgentHint': "Les demandes urgentes et d'urgence doivent parvenir à au moins un rôle.",
  'staffAlerts.save': 'Enregistrer les alertes',
  'staffAlerts.saved': 'Les alertes par e-mail ont été enregistrées.',
};
