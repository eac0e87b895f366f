import type { ContactRight, StaffRole } from '../generated/prisma/enums.js';

export type Endpoint = 'portal' | 'admin';

export type Principal =
  /** sessionEnded: a token came whose session no longer works; idle: it went unused past the tenant's limit. */
  | { kind: 'anonymous'; sessionEnded: boolean; idle?: boolean }
  /** accountId is the signed-in contact (a portal account); contact: what they may do within the account (issue 22). */
  | { kind: 'customer'; tenantId: string; customerId: string; accountId: string; sessionId: string; contact: ContactRights }
  | { kind: 'staff'; tenantId: string; staffUserId: string; role: StaffRole; sessionId: string };

/** A contact's place in their account: the primary has every right; siteIds empty means every site. */
export interface ContactRights {
  isPrimary: boolean;
  rights: ContactRight[];
  siteIds: string[];
}

export type CustomerPrincipal = Extract<Principal, { kind: 'customer' }>;
export type StaffPrincipal = Extract<Principal, { kind: 'staff' }>;

export const ANONYMOUS: Principal = { kind: 'anonymous', sessionEnded: false };
