import type { CustomerContext, SignedInContext, StaffContext } from '../context/context.js';
import type { Connection } from '../common/pagination.js';
import type { AdminMeterContractListArgs, MeterBillingPeriod, MeterContract, MeterContractInput, MeterContractListArgs } from './meter-billing.types.js';

export function listMeterContracts(_ctx: StaffContext, _args: AdminMeterContractListArgs): Promise<Connection<MeterContract>> {
  throw new Error('todo');
}
export function customerMeterContracts(_ctx: CustomerContext, _args: MeterContractListArgs): Promise<Connection<MeterContract>> {
  throw new Error('todo');
}
export function staffMeterContract(_ctx: StaffContext, _id: string): Promise<MeterContract> {
  throw new Error('todo');
}
export function assetMeterContract(_ctx: SignedInContext, _assetId: string): Promise<MeterContract | null> {
  throw new Error('todo');
}
export function meterBillingPeriods(_ctx: StaffContext, _id: string): Promise<MeterBillingPeriod[]> {
  throw new Error('todo');
}
export function createMeterContract(_ctx: StaffContext, _input: MeterContractInput): Promise<MeterContract> {
  throw new Error('todo');
}
export function updateMeterContract(_ctx: StaffContext, _id: string, _input: MeterContractInput): Promise<MeterContract> {
  throw new Error('todo');
}
export function endMeterContract(_ctx: StaffContext, _id: string, _endsOn: string): Promise<MeterContract> {
  throw new Error('todo');
}
