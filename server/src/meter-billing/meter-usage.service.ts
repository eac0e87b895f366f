import type { SignedInContext } from '../context/context.js';
import type { MeterUsage, ProposedReadingInput } from './meter-billing.types.js';
export function meterUsage(_ctx: SignedInContext, _assetId: string, _proposed: ProposedReadingInput[]): Promise<MeterUsage | null> {
  throw new Error('todo');
}
