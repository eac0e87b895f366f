// Staff alerts: the navigation's inbox badge and the settings section saying who is emailed.
export const alertsEn = {
  'nav.requestsBadge': '{count, plural, one {# request waiting} other {# requests waiting}}',
  'nav.requestsBadgeUrgent': '{count, plural, one {# request waiting} other {# requests waiting}}, {urgent} urgent',
  'staffAlerts.heading': 'Email alerts',
  'staffAlerts.intro': 'Who is emailed when a customer books or asks for something. Each active member of staff with a ticked role gets the email, in their own language.',
  'staffAlerts.kind': 'Alert',
  'staffAlerts.kind.newBooking': 'New online booking',
  'staffAlerts.kind.appointmentRequest': 'Appointment request to confirm',
  'staffAlerts.kind.urgentRequest': 'Urgent or emergency service request',
  'staffAlerts.roleFor': '{role}: {kind}',
  'staffAlerts.urgentHint': 'Urgent and emergency requests must reach at least one role.',
  'staffAlerts.save': 'Save email alerts',
  'staffAlerts.saved': 'The email alerts were saved.',
} as const;
