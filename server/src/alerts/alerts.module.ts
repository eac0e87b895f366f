import { sameAsParent, staff } from '../platform/door.js';
import type { EndpointModule } from '../platform/door.js';
import { AlertsAdminResolver } from './alerts.admin.resolver.js';

const managers = staff('owner', 'admin');
// The counts are the requests inbox's: office work, like the inbox itself (technicians: FORBIDDEN).
const office = staff('owner', 'admin', 'dispatcher');

export const admin: EndpointModule = {
  resolvers: [AlertsAdminResolver],
  rules: {
    Query: { staffAlertSettings: managers, attentionCounts: office },
    Mutation: { updateStaffAlertSettings: managers },
    StaffAlertSetting: sameAsParent,
    AttentionCounts: sameAsParent,
  },
};
