// A meter contract's one state machine: ACTIVE → ENDING (an end date set, its last period not
// billed yet) → ENDED (the last period billed, or ended before any period ran). Read, not stored:
// derived from endsOn, what was billed and today.
export enum MeterContractStatus {
  ACTIVE = 'ACTIVE',
  ENDING = 'ENDING',
  ENDED = 'ENDED',
}

/** The moves endMeterContract may make from each status. */
const NEXT: Record<MeterContractStatus, MeterContractStatus[]> = {
  ACTIVE: [MeterContractStatus.ENDING, MeterContractStatus.ENDED],
  ENDING: [MeterContractStatus.ENDING, MeterContractStatus.ENDED],
  ENDED: [],
};

export function nextContractStates(status: MeterContractStatus): MeterContractStatus[] {
  return NEXT[status];
}

export interface ContractDates {
  /** YYYY-MM-DD */
  endsOn: string | null;
  /** Whether the row is still active (the worker clears it once the last period is billed). */
  active: boolean;
}

export function contractStatus(contract: ContractDates): MeterContractStatus {
  if (!contract.active) return MeterContractStatus.ENDED;
  return contract.endsOn === null ? MeterContractStatus.ACTIVE : MeterContractStatus.ENDING;
}
