// What each staff role may open in the admin app; the API enforces the same (server/schema/permissions.md).
import { resolve } from '$app/paths';
import type { StaffRole } from '$lib/gql/graphql';

export type Area =
  | 'myDay'
  | 'dispatch'
  | 'requests'
  | 'messages'
  | 'customers'
  | 'projects'
  | 'quotes'
  | 'invoices'
  | 'agreements'
  | 'meters'
  | 'supplies'
  | 'reviews'
  | 'staff'
  | 'settings'
  | 'outbox'
  | 'audit';

/** Owners and admins see every area. */
const MANAGER_AREAS: readonly Area[] = [
  'dispatch',
  'requests',
  'messages',
  'customers',
  'projects',
  'quotes',
  'invoices',
  'agreements',
  'meters',
  'supplies',
  'reviews',
  'staff',
  'settings',
  'audit',
  'outbox',
  'myDay',
];

const areasByRole: Record<StaffRole, readonly Area[]> = {
  // Office staff who also go out on jobs find their day last; a technician's day comes first.
  owner: MANAGER_AREAS,
  admin: MANAGER_AREAS,
  // Dispatchers review readings and handle supply orders; contracts and the catalogue are managers' (the pages say so).
  dispatcher: ['dispatch', 'requests', 'messages', 'customers', 'projects', 'quotes', 'meters', 'supplies', 'myDay'],
  // A technician's messages are those about their own jobs, their projects those they have a visit on.
  technician: ['myDay', 'dispatch', 'messages', 'projects'],
};

/**
 * What owners and admins open now and then, not every day (recurring plans, reviews, and the
 * business's own administration): in the main menu's "More" (components/NavMore.svelte), so the
 * day-to-day sections fit on one row at laptop width, meters and supplies included.
 */
export const OCCASIONAL_AREAS: readonly Area[] = ['agreements', 'reviews', 'staff', 'settings', 'audit', 'outbox'];

/** The business's switches that hide an area when off (the API refuses its queries then: FEATURE_OFF). */
export interface AreaFeatures {
  projects: boolean;
  meters: boolean;
  supplies: boolean;
}

const featureOf: Partial<Record<Area, keyof AreaFeatures>> = { projects: 'projects', meters: 'meters', supplies: 'supplies' };

export function areasOf(role: StaffRole, features: AreaFeatures): readonly Area[] {
  return areasByRole[role].filter((area) => {
    const feature = featureOf[area];
    return feature === undefined || features[feature];
  });
}

/** Owners and admins manage money, settings and staff; dispatchers run the day. */
export function isManager(role: StaffRole): boolean {
  return role === 'owner' || role === 'admin';
}

export function isOffice(role: StaffRole): boolean {
  return role !== 'technician';
}

/** Where a staff member lands after signing in: a technician on their day, everyone else on the dashboard. */
export function landingHref(role: StaffRole): string {
  return role === 'technician' ? resolve('/my-day') : resolve('/');
}

/** Where each area lives. */
export function areaHref(area: Area): string {
  switch (area) {
    case 'myDay':
      return resolve('/my-day');
    case 'dispatch':
      return resolve('/dispatch');
    case 'requests':
      return resolve('/requests');
    case 'messages':
      return resolve('/messages');
    case 'customers':
      return resolve('/customers');
    case 'projects':
      return resolve('/projects');
    case 'quotes':
      return resolve('/quotes');
    case 'invoices':
      return resolve('/invoices');
    case 'agreements':
      return resolve('/agreements');
    case 'meters':
      return resolve('/meters');
    case 'supplies':
      return resolve('/supplies');
    case 'reviews':
      return resolve('/reviews');
    case 'staff':
      return resolve('/staff');
    case 'settings':
      return resolve('/settings');
    case 'outbox':
      return resolve('/outbox');
    case 'audit':
      return resolve('/audit');
  }
}

/** The API gives the portal account status and activity actors as plain strings. */
export function portalStatusKey(status: string | null | undefined) {
  switch (status) {
    case 'invited':
      return 'portalStatus.invited' as const;
    case 'active':
      return 'portalStatus.active' as const;
    case 'deactivated':
      return 'portalStatus.deactivated' as const;
    default:
      return 'portalStatus.none' as const;
  }
}

export function actorKey(actorType: string) {
  return actorType === 'customer' ? ('actor.customer' as const) : actorType === 'staff' ? ('actor.staff' as const) : ('actor.system' as const);
}

export function staffStatusKey(status: string) {
  return status === 'invited' ? ('staffStatus.invited' as const) : status === 'active' ? ('staffStatus.active' as const) : ('staffStatus.deactivated' as const);
}

/** The staff page's load depends on it: a change its answer does not show (an invitation, a deactivation) reads the list again. */
export const STAFF = 'admin:staff';
