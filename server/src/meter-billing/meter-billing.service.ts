import type { StaffContext } from '../context/context.js';
import type { MeterBillingPeriod } from './meter-billing.types.js';
export function billMeterContractsNow(_ctx: StaffContext): Promise<MeterBillingPeriod[]> {
  throw new Error('todo');
}
