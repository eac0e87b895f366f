import { sameAsParent } from '../platform/door.js';
import type { EndpointModule } from '../platform/door.js';
import { MeterContractAdminAssetResolver, MeterContractAdminResolver } from './meter-billing.admin.resolver.js';
import { MeterContractPortalAssetResolver, MeterContractPortalResolver } from './meter-billing.portal.resolver.js';

// Who may call each operation is on its resolver method (@Allow, with the meters feature): customers
// their own contracts and usage; the office reads, owners and admins manage. These are the types' rules.
const rules = {
  MeterContract: sameAsParent,
  MeterContractConnection: sameAsParent,
  MeterContractRate: sameAsParent,
  MeterRateTier: sameAsParent,
  MeterContractAllowance: sameAsParent,
  MeterUsage: sameAsParent,
  MeterUsageLine: sameAsParent,
};

export const portal: EndpointModule = {
  resolvers: [MeterContractPortalResolver, MeterContractPortalAssetResolver],
  rules,
};

export const admin: EndpointModule = {
  resolvers: [MeterContractAdminResolver, MeterContractAdminAssetResolver],
  // A network retry must not create a second contract.
  idempotent: ['createMeterContract'],
  rules: { ...rules, MeterBillingPeriod: sameAsParent, MeterBilledVolume: sameAsParent },
};
