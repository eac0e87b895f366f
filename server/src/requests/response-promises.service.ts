// The response promised per request priority: the office sets them (settings), customers read
// them when choosing a priority, and a new request takes its deadline from its priority's promise.
import type { ScopedContext, StaffContext } from '../context/context.js';
import type { RequestResponsePromise as PromiseRow } from '../generated/prisma/client.js';
import { RequestUrgency } from '../generated/prisma/enums.js';
import { BadInput } from '../errors/errors.js';
import { recordStaffActivity } from '../activity/activity.js';
import type { RequestResponsePromise, RequestResponsePromiseInput } from './response-promises.types.js';

export const MIN_RESPONSE_MINUTES = 15;
export const MAX_RESPONSE_MINUTES = 43_200;
const MAX_NOTE = 200;
/** Lowest priority first, as the form lists them. */
const ORDER: readonly RequestUrgency[] = [RequestUrgency.low, RequestUrgency.normal, RequestUrgency.high, RequestUrgency.urgent, RequestUrgency.emergency];

function toPromise(row: PromiseRow): RequestResponsePromise {
  return { urgency: row.urgency, responseMinutes: row.responseMinutes, note: row.note, extraChargeMinor: row.extraChargeMinor };
}

/** The caller's business's promises (row-level security scopes them), lowest priority first. */
export async function listResponsePromises(ctx: ScopedContext): Promise<RequestResponsePromise[]> {
  const rows = await ctx.tx.requestResponsePromise.findMany();
  return rows.sort((a, b) => ORDER.indexOf(a.urgency) - ORDER.indexOf(b.urgency)).map(toPromise);
}

/** The promised minutes for a priority, or null when the business promises nothing for it. */
export async function promisedMinutes(ctx: ScopedContext, urgency: RequestUrgency): Promise<number | null> {
  const row = await ctx.tx.requestResponsePromise.findFirst({ where: { urgency }, select: { responseMinutes: true } });
  return row?.responseMinutes ?? null;
}

function checked(input: RequestResponsePromiseInput, index: number): Omit<PromiseRow, 'tenantId'> {
  const field = (name: string) => `promises.${index}.${name}`;
  if (!Number.isInteger(input.responseMinutes) || input.responseMinutes < MIN_RESPONSE_MINUTES || input.responseMinutes > MAX_RESPONSE_MINUTES) {
    throw new BadInput(field('responseMinutes'), `Promise a response within ${MIN_RESPONSE_MINUTES} minutes to 30 days.`, 'RESPONSE_TIME_OUT_OF_RANGE');
  }
  const note = input.note?.trim() || null;
  if (note && note.length > MAX_NOTE) throw new BadInput(field('note'), `Please keep the note under ${MAX_NOTE} characters.`, 'TOO_LONG');
  const extra = input.extraChargeMinor ?? null;
  if (extra !== null && (!Number.isInteger(extra) || extra < 0 || extra > 100_000_000)) {
    throw new BadInput(field('extraChargeMinor'), 'Enter an extra charge of zero or more.', 'OUT_OF_RANGE');
  }
  return { urgency: input.urgency, responseMinutes: input.responseMinutes, note, extraChargeMinor: extra || null };
}

/**
 * Replaces the business's promises with these: a priority left out promises nothing (its new
 * requests get no deadline). Requests already in keep the deadline they were given.
 */
export async function setResponsePromises(ctx: StaffContext, inputs: RequestResponsePromiseInput[]): Promise<RequestResponsePromise[]> {
  const seen = new Set<RequestUrgency>();
  const rows = inputs.map((input, index) => {
    if (seen.has(input.urgency)) throw new BadInput(`promises.${index}.urgency`, 'Give each priority one promise.', 'DUPLICATE_PRIORITY');
    seen.add(input.urgency);
    return checked(input, index);
  });
  const { tx, principal } = ctx;
  await tx.requestResponsePromise.deleteMany({ where: { tenantId: principal.tenantId } });
  await tx.requestResponsePromise.createMany({ data: rows.map((row) => ({ ...row, tenantId: principal.tenantId })) });
  await recordStaffActivity(ctx, 'tenant.settings_updated', { subjectId: principal.tenantId });
  return listResponsePromises(ctx);
}
