import { describe, expect, it } from 'vitest';
import { DEFAULT_STAFF_ALERTS, rolesToAlert, staffAlertRoles } from './staff-alert-roles.js';

describe('staff alert roles', () => {
  it('a tenant that never changed the setting alerts the office', () => {
    expect(staffAlertRoles({})).toEqual(DEFAULT_STAFF_ALERTS);
    expect(staffAlertRoles(null)).toEqual(DEFAULT_STAFF_ALERTS);
    expect(rolesToAlert('nonsense', 'urgentRequest')).toEqual(['owner', 'admin', 'dispatcher']);
  });

  it('a stored kind is taken as stored, in role order, without unknown roles or duplicates', () => {
    const stored = { newBooking: ['dispatcher', 'owner', 'owner', 'janitor', 3], urgentRequest: [] };
    expect(staffAlertRoles(stored)).toEqual({ ...DEFAULT_STAFF_ALERTS, newBooking: ['owner', 'dispatcher'], urgentRequest: [] });
    expect(rolesToAlert(stored, 'urgentRequest')).toEqual([]);
  });
});
