// The audit log (issue 22): owners and admins read it (the door on each query).
import { sameAsParent } from '../platform/door.js';
import type { EndpointModule } from '../platform/door.js';
import { AuditAdminResolver } from './audit.admin.resolver.js';

export const admin: EndpointModule = {
  resolvers: [AuditAdminResolver],
  rules: { AuditEntry: sameAsParent, AuditEntryConnection: sameAsParent },
};
