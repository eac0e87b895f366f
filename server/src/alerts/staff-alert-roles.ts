// Which staff roles get each kind of staff notification (the bell and, by each person's
// preference, email): the tenant's `staff_alerts` setting read back (with the defaults for any
// kind it does not name) and checked before it is written.
import type { StaffRole } from '../generated/prisma/enums.js';

export const STAFF_ALERT_KINDS = ['newBooking', 'appointmentRequest', 'urgentRequest', 'paymentReceived', 'reviewSubmitted', 'messageReceived', 'supplyOrderPlaced'] as const;
export type StaffAlertKind = (typeof STAFF_ALERT_KINDS)[number];

export const STAFF_ROLES: readonly StaffRole[] = ['owner', 'admin', 'dispatcher', 'technician'];

export type StaffAlertRoles = Record<StaffAlertKind, StaffRole[]>;

/** The office by default: a new business hears of every booking, request and message; owners and admins of payments and reviews. */
export const DEFAULT_STAFF_ALERTS: StaffAlertRoles = {
  newBooking: ['owner', 'admin', 'dispatcher'],
  appointmentRequest: ['owner', 'admin', 'dispatcher'],
  urgentRequest: ['owner', 'admin', 'dispatcher'],
  paymentReceived: ['owner', 'admin'],
  reviewSubmitted: ['owner', 'admin'],
  messageReceived: ['owner', 'admin', 'dispatcher'],
  supplyOrderPlaced: ['owner', 'admin', 'dispatcher'],
};

const isRole = (value: unknown): value is StaffRole => typeof value === 'string' && (STAFF_ROLES as readonly string[]).includes(value);

/** The stored setting as roles per kind, in the order of STAFF_ROLES; unknown values are ignored. */
export function staffAlertRoles(stored: unknown): StaffAlertRoles {
  const object = stored && typeof stored === 'object' && !Array.isArray(stored) ? (stored as Record<string, unknown>) : {};
  const result = { ...DEFAULT_STAFF_ALERTS };
  for (const kind of STAFF_ALERT_KINDS) {
    const roles = object[kind];
    if (Array.isArray(roles)) result[kind] = STAFF_ROLES.filter((role) => roles.filter(isRole).includes(role));
  }
  return result;
}

/** The roles one alert goes to. */
export function rolesToAlert(stored: unknown, kind: StaffAlertKind): StaffRole[] {
  return staffAlertRoles(stored)[kind];
}
