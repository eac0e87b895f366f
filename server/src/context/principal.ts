import type { StaffRole } from '../generated/prisma/enums.js';

export type Endpoint = 'portal' | 'admin';

export type Principal =
  /** sessionEnded: a token came whose session no longer works; idle: it went unused past the tenant's limit. */
  | { kind: 'anonymous'; sessionEnded: boolean; idle?: boolean }
  | { kind: 'customer'; tenantId: string; customerId: string; accountId: string; sessionId: string }
  | { kind: 'staff'; tenantId: string; staffUserId: string; role: StaffRole; sessionId: string };

export type CustomerPrincipal = Extract<Principal, { kind: 'customer' }>;
export type StaffPrincipal = Extract<Principal, { kind: 'staff' }>;

export const ANONYMOUS: Principal = { kind: 'anonymous', sessionEnded: false };
