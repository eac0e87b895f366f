// Staff alerts: the navigation's inbox badge, the settings section saying which roles are told of
// what, and the notification centre's page and account section.
export const alertsEn = {
  'nav.requestsBadge': '{count, plural, one {# request waiting} other {# requests waiting}}',
  'nav.requestsBadgeUrgent': '{count, plural, one {# request waiting} other {# requests waiting}}, {urgent} urgent',
  'staffAlerts.heading': 'Staff notifications',
  'staffAlerts.intro':
    'Which roles are told when a customer books, asks for something, pays online, leaves a review or writes. Each active member of staff with a ticked role is told in the bell and, as they choose on their account page, by email in their own language.',
  'staffAlerts.kind': 'Alert',
  'staffAlerts.kind.newBooking': 'New online booking',
  'staffAlerts.kind.appointmentRequest': 'Appointment request to confirm',
  'staffAlerts.kind.urgentRequest': 'Urgent or emergency service request',
  'staffAlerts.kind.paymentReceived': 'Online payment received',
  'staffAlerts.kind.reviewSubmitted': 'New review',
  'staffAlerts.kind.messageReceived': 'New message from a customer',
  'staffAlerts.kind.supplyOrderPlaced': 'New supply order',
  'staffAlerts.roleFor': '{role}: {kind}',
  'staffAlerts.urgentHint': 'Urgent and emergency requests must reach at least one role.',
  'staffAlerts.save': 'Save staff notifications',
  'staffAlerts.saved': 'The staff notifications were saved.',
  'notificationsPage.title': 'Notifications · Portico Admin',
  'account.notifications': 'My notifications',
} as const;
