// Finding a customer's meter from what a collection agent or an email gives: the device's serial
// number (as on the customer's asset, compared ignoring case and spaces) and the meter's kind.
import type { ScopedContext } from '../context/context.js';
import type { MeterKind } from './meters.types.js';

export type DeviceMeterLookup = { ok: true; meterId: string } | { ok: false; reason: 'UNKNOWN_SERIAL' | 'UNKNOWN_METER' | 'AMBIGUOUS_SERIAL' };

function serialKey(serial: string): string {
  return serial.replace(/\s+/g, '').toLowerCase();
}

/** The customer's devices with a serial number and their active meters, to look readings up in. */
export async function customerDevices(ctx: ScopedContext, customerId: string): Promise<(serial: string, kind: MeterKind) => DeviceMeterLookup> {
  const assets = await ctx.tx.asset.findMany({
    where: { customerId, serialNumber: { not: null } },
    select: { id: true, serialNumber: true, meters: { where: { active: true }, select: { id: true, kind: true } } },
  });
  const bySerial = new Map<string, (typeof assets)[number][]>();
  for (const asset of assets) {
    const key = serialKey(asset.serialNumber ?? '');
    if (key) bySerial.set(key, [...(bySerial.get(key) ?? []), asset]);
  }
  return (serial, kind) => {
    const found = bySerial.get(serialKey(serial)) ?? [];
    if (found.length === 0) return { ok: false, reason: 'UNKNOWN_SERIAL' };
    if (found.length > 1) return { ok: false, reason: 'AMBIGUOUS_SERIAL' };
    const meter = found[0]?.meters.find((m) => m.kind === kind);
    return meter ? { ok: true, meterId: meter.id } : { ok: false, reason: 'UNKNOWN_METER' };
  };
}
