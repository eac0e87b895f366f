// English strings of the equipment dealers' work (issue 21) on the staff side: the meters and
// supplies switches, the response promised per request priority, and the inbox's response clock.
export const equipmentEn = {
  'settings.feature.meters': 'Meter readings (customers report their devices’ counters; contracts bill by them)',
  'settings.feature.supplies': 'Supplies (customers order toner, drums and paper for their devices)',

  'promises.heading': 'Response times by priority',
  'promises.intro':
    'What you promise for each priority of a service request. Customers see it when they choose a priority; each new request gets its “respond by” time from it, and the inbox highlights requests nobody has answered in time.',
  'promises.promise': 'Promise a response time for this priority',
  'promises.within': 'Respond within',
  'promises.unit': 'Unit',
  'promises.unit.minutes': 'minutes',
  'promises.unit.hours': 'hours',
  'promises.unit.days': 'days',
  'promises.note': 'Note shown to the customer (optional)',
  'promises.notePlaceholder': 'e.g. Extra charge applies outside business hours',
  'promises.extra': 'Extra charge ({currency}, optional)',
  'promises.save': 'Save response times',
  'promises.saved': 'Response times saved. New requests get them; requests already in keep theirs.',
  'promises.rowInvalid': '{priority}: enter a response time above zero and an extra charge as an amount (or leave it empty).',

  'requests.respondBy': 'Respond by {when}',
  'requests.respondedAt': 'Responded {when}',
  'requests.respondedLate': 'Late',
  'requests.overdue': 'Overdue',
  'requests.responseLabel': 'Response',
  'requests.filterLabel': 'Show service requests',
  'requests.filterAll': 'All open',
  'requests.filterOverdue': 'Overdue only',
  'requests.overdueCount': '{count, plural, one {# request is past its promised response time.} other {# requests are past their promised response time.}}',
  'requests.noOverdue': 'No request is overdue: every one has been answered within its promised time, or its time has not come yet.',
} as const;
