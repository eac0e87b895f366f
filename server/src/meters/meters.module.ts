import { sameAsParent } from '../platform/door.js';
import type { EndpointModule } from '../platform/door.js';
import { AssetMetersPortalResolver, MeterPortalResolver, MeterReadingPortalResolver } from './meters.portal.resolver.js';
import { AssetMetersAdminResolver, MeterAdminResolver, MeterReadingAdminResolver } from './meters.admin.resolver.js';

// Who may call each operation is on its resolver method (@Allow, with the meters feature): customers
// their own devices' meters and their own tokens; the office (not technicians) everything. The
// types below sit under those operations; row-level security is underneath.
export const portal: EndpointModule = {
  resolvers: [MeterPortalResolver, MeterReadingPortalResolver, AssetMetersPortalResolver],
  // Not createMeterApiToken: a replayed answer would keep the token itself in the idempotency store.
  idempotent: ['submitMeterReadings'],
  rules: {
    Meter: { '*': sameAsParent },
    MeterReading: { '*': sameAsParent },
    MeterApiToken: sameAsParent,
    CreatedMeterApiToken: sameAsParent,
  },
};

export const admin: EndpointModule = {
  resolvers: [MeterAdminResolver, MeterReadingAdminResolver, AssetMetersAdminResolver],
  idempotent: ['addMeter', 'recordMeterReading'],
  rules: {
    AdminMeter: { '*': sameAsParent },
    AdminMeterReading: { '*': sameAsParent },
    AdminMeterReadingConnection: sameAsParent,
  },
};
