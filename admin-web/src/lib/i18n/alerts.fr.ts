import type { alertsEn } from './alerts.en';

export const alertsFr: Record<keyof typeof alertsEn, string> = {
  'nav.requestsBadge': '{count, plural, one {# demande en attente} other {# demandes en attente}}',
  'nav.requestsBadgeUrgent': '{count, plural, one {# demande en attente} other {# demandes en attente}}, {urgent, plural, one {dont # urgente} other {dont # urgentes}}',
  'staffAlerts.heading': 'Notifications de l’équipe',
  'staffAlerts.intro':
    'Quels rôles sont prévenus quand un client réserve, demande quelque chose, paie en ligne, laisse un avis ou écrit. Chaque membre actif de l’équipe dont le rôle est coché est prévenu par la cloche et, selon son choix sur la page de son compte, par e-mail dans sa langue.',
  'staffAlerts.kind': 'Alerte',
  'staffAlerts.kind.newBooking': 'Nouvelle réservation en ligne',
  'staffAlerts.kind.appointmentRequest': 'Demande de rendez-vous à confirmer',
  'staffAlerts.kind.urgentRequest': "Demande d'intervention urgente ou d'urgence",
  'staffAlerts.kind.paymentReceived': 'Paiement en ligne reçu',
  'staffAlerts.kind.reviewSubmitted': 'Nouvel avis',
  'staffAlerts.kind.messageReceived': 'Nouveau message d’un client',
  'staffAlerts.kind.supplyOrderPlaced': 'Nouvelle commande de fournitures',
  'staffAlerts.roleFor': '{role} : {kind}',
  'staffAlerts.urgentHint': "Les demandes urgentes et d'urgence doivent parvenir à au moins un rôle.",
  'staffAlerts.save': 'Enregistrer les notifications de l’équipe',
  'staffAlerts.saved': 'Les notifications de l’équipe ont été enregistrées.',
  'notificationsPage.title': 'Notifications · Portico Admin',
  'account.notifications': 'Mes notifications',
};
