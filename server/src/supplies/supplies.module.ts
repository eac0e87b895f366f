import { sameAsParent } from '../platform/door.js';
import type { EndpointModule } from '../platform/door.js';
import { SupplyPortalResolver } from './supplies.portal.resolver.js';
import { SupplyAdminResolver } from './supplies.admin.resolver.js';

// Who may call each operation is on its resolver method (@Allow, with the supplies feature):
// customers their own orders and the catalogue for their own devices, the office everything.
const rules = {
  SupplyAddress: sameAsParent,
  SupplyOrderLine: sameAsParent,
};

export const portal: EndpointModule = {
  resolvers: [SupplyPortalResolver],
  // A network retry must not place the order twice.
  idempotent: ['placeSupplyOrder'],
  rules: {
    ...rules,
    SupplyItem: sameAsParent,
    SupplyOrder: sameAsParent,
    SupplyOrderConnection: sameAsParent,
    SupplyOrderPreview: sameAsParent,
    SupplyOrderPreviewLine: sameAsParent,
  },
};

export const admin: EndpointModule = {
  resolvers: [SupplyAdminResolver],
  idempotent: ['createSupplyItem'],
  rules: {
    ...rules,
    AdminSupplyItem: sameAsParent,
    AdminSupplyItemConnection: sameAsParent,
    AdminSupplyOrder: sameAsParent,
    AdminSupplyOrderConnection: sameAsParent,
    ExcessUsageWarning: sameAsParent,
  },
};
