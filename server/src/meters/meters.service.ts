// Meters and their readings as both apps read them, the customer's submissions in the portal, and
// what staff do: add meters, enter, correct, approve and reject readings.
import type { CustomerContext, RequestContext, ScopedContext, SignedInContext, StaffContext } from '../context/context.js';
import type { Meter as MeterRow, MeterContract, MeterReading as ReadingRow, MeterReadingStatus, Prisma } from '../generated/prisma/client.js';
import { BadInput, Conflict, NotFound } from '../errors/errors.js';
import { isId } from '../common/ids.js';
import { todayIn, toLocalDate } from '../common/dates.js';
import { dayBounds } from '../common/day-range.js';
import { currentTenant } from '../platform/current-tenant.js';
import { asSystem } from '../platform/scope.js';
import { signedLink } from '../platform/signed-links.js';
import { unlessTaken } from '../platform/unique-violation.js';
import { claimOwnUploads } from '../requests/uploads.service.js';
import type { FileReply } from '../platform/files.js';
import { pageQuery, toConnection, type Connection, type PageArgs } from '../common/pagination.js';
import { activeContractsOf, lastActualReadAt, lastReadingOf, metersOfAsset, readingsOf } from './meters.loaders.js';
import { readingDueFor, type BillingCycle } from './billing-days.js';
import { canMoveReading } from './meter-reading-status.js';
import { previousActualReading, readingNotLower, READING_BELOW_PREVIOUS } from './reading-not-lower.js';
import { lockMeter, MAX_METER_VALUE, meterHistory, refusalError, takeReadings, type ReadingOutcome, type ReadingSubmission } from './meter-readings.service.js';
import type { MeterFields, MeterKind, MeterReadingFields, MeterValueInput, RecordMeterReadingInput, SubmitMeterReadingsInput } from './meters.types.js';

export const MAX_HISTORY = 60;
const MAX_LABEL = 80;
const MAX_NOTE = 1000;

export function toMeter(row: MeterRow): MeterFields {
  return { id: row.id, kind: row.kind as MeterKind, label: row.label, assetId: row.assetId, customerId: row.customerId, active: row.active };
}

export function toReading(row: ReadingRow): MeterReadingFields {
  return {
    id: row.id,
    value: row.value,
    readAt: row.readAt,
    source: row.source,
    status: row.status,
    estimated: row.source === 'ESTIMATE',
    flagReason: row.flagReason as MeterReadingFields['flagReason'],
    expectedValue: row.expectedValue,
    resetsCounter: row.resetsCounter,
    reviewNote: row.reviewNote,
    meterId: row.meterId,
    customerId: row.customerId,
    photoStorageKey: row.photoStorageKey,
    photoContentType: row.photoContentType,
    submittedByStaffId: row.submittedByStaffId,
    reviewedByStaffId: row.reviewedByStaffId,
    reviewedAt: row.reviewedAt,
    correctedFromValue: row.correctedFromValue,
    billedPeriodId: row.billedPeriodId,
  };
}

// ---------------------------------------------------------------------------------------------
// Reading

/** A device's meters: the active ones for customers, every one for staff. */
export async function deviceMeters(ctx: SignedInContext, assetId: string): Promise<MeterFields[]> {
  const rows = await metersOfAsset(ctx, assetId);
  return rows.filter((m) => m.active || ctx.principal.kind === 'staff').map(toMeter);
}

/** One of the customer's active meters (RLS shows only theirs); NOT_FOUND otherwise. */
export async function ownMeter(ctx: CustomerContext, id: string): Promise<MeterFields> {
  const row = isId(id) ? await ctx.tx.meter.findFirst({ where: { id, active: true } }) : null;
  if (!row) throw new NotFound('This meter');
  return toMeter(row);
}

/** A meter's readings, latest first (rejected ones too: the history shows what happened). */
export async function meterReadingHistory(ctx: RequestContext, meterId: string, first: number): Promise<MeterReadingFields[]> {
  if (!Number.isInteger(first) || first < 1 || first > MAX_HISTORY) throw new BadInput('first', `Ask for 1 to ${MAX_HISTORY} readings.`, 'OUT_OF_RANGE');
  const rows = await readingsOf(ctx, meterId);
  return rows.slice(0, first).map(toReading);
}

/** The last counted reading (estimates included), or null before any. */
export async function meterLastReading(ctx: RequestContext, meterId: string): Promise<MeterReadingFields | null> {
  const row = await lastReadingOf(ctx, meterId);
  return row && toReading(row);
}

/** Staff: one meter's readings; NOT_FOUND for a meter they cannot see. */
export async function staffMeterReadings(ctx: StaffContext, meterId: string, first: number): Promise<MeterReadingFields[]> {
  const meter = isId(meterId) ? await ctx.tx.meter.findFirst({ where: { id: meterId }, select: { id: true } }) : null;
  if (!meter) throw new NotFound('This meter');
  return meterReadingHistory(ctx, meter.id, first);
}

export function billingCycle(contract: Pick<MeterContract, 'startsOn' | 'endsOn' | 'periodMonths' | 'billingDay'>): BillingCycle {
  return { startsOn: toLocalDate(contract.startsOn) ?? '', endsOn: toLocalDate(contract.endsOn), periodMonths: contract.periodMonths, billingDay: contract.billingDay };
}

/**
 * The billing day ('YYYY-MM-DD') a reading of this meter is due for, while its device's active
 * contract has the reading window open and no actual reading came in it; null otherwise.
 */
export async function readingDueBy(ctx: SignedInContext, meter: MeterFields): Promise<string | null> {
  if (!meter.active) return null;
  const tenant = await currentTenant(ctx);
  const today = todayIn(tenant.timeZone, ctx.now());
  const contracts = await activeContractsOf(ctx, meter.assetId);
  const due = contracts
    .map((c) => readingDueFor(billingCycle(c), today, tenant.meterReadingWindowDays))
    .filter((d): d is string => d !== null)
    .sort()[0];
  if (!due) return null;
  const windowStart = dayBounds(tenant.timeZone, windowFrom(due, tenant.meterReadingWindowDays)).start;
  const lastRead = await lastActualReadAt(ctx, meter.id);
  return lastRead && windowStart && lastRead >= windowStart ? null : due;
}

function windowFrom(billingDate: string, days: number): string {
  const [y, m, d] = billingDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - days)).toISOString().slice(0, 10);
}

/** A signed link to the photo of the counter, or null without one. */
export async function readingPhotoUrl(ctx: RequestContext, reading: MeterReadingFields): Promise<string | null> {
  return reading.photoStorageKey ? signedLink(ctx, 'meter-photo', reading.id) : null;
}

/** GET /files/v1/meter-photo/:id — the photo of a reading the caller can see; NOT_FOUND otherwise. */
export async function meterPhotoFile(ctx: SignedInContext, id: string): Promise<FileReply> {
  const row = isId(id) ? await ctx.tx.meterReading.findFirst({ where: { id }, select: { photoStorageKey: true, photoContentType: true, readAt: true } }) : null;
  const file = row?.photoStorageKey ? await ctx.deps.storage.get(row.photoStorageKey) : null;
  if (!row || !file) throw new NotFound('This file');
  const extension = (row.photoContentType ?? '').split('/')[1] ?? 'jpg';
  return {
    body: file.body,
    sizeBytes: file.sizeBytes,
    contentType: row.photoContentType ?? 'application/octet-stream',
    fileName: `meter-reading-${row.readAt.toISOString().slice(0, 10)}.${extension}`,
    disposition: 'inline',
  };
}

// ---------------------------------------------------------------------------------------------
// The customer's submissions

/** The refusal of a whole submission, on the first reading refused. */
function refusedAt(outcomes: readonly ReadingOutcome[], path: (index: number, field: string) => string): void {
  outcomes.forEach((outcome, index) => {
    if (!outcome.ok) throw refusalError(path(index, outcome.field), outcome.reason);
  });
}

/** Readings the customer typed in the portal for one device, with an optional photo; all or none. */
export async function submitMeterReadings(ctx: CustomerContext, input: SubmitMeterReadingsInput): Promise<MeterReadingFields[]> {
  const asset = isId(input.assetId) ? await ctx.tx.asset.findFirst({ where: { id: input.assetId }, select: { id: true } }) : null;
  if (!asset) throw new NotFound('This device');
  if (input.readings.length === 0) throw new BadInput('readings', 'Give at least one reading.', 'REQUIRED');
  const meters = await deviceMeters(ctx, asset.id);
  input.readings.forEach((reading: MeterValueInput, index) => {
    if (!meters.some((m) => m.id === reading.meterId)) throw new BadInput(`readings.${index}.meterId`, 'This meter is not one of this device.', 'NOT_DEVICE_METER');
  });
  const photo = input.photoUploadId ? await claimPhoto(ctx, input.photoUploadId) : null;
  const readAt = input.readAt ?? ctx.now();
  const submissions: ReadingSubmission[] = input.readings.map((r) => ({ meterId: r.meterId, value: r.value, readAt, source: 'PORTAL', photo }));
  const outcomes = await asSystem(ctx, (system) => takeReadings(system, ctx.principal.customerId, submissions));
  refusedAt(outcomes, (index, field) => (field === 'readAt' ? 'readAt' : `readings.${index}.${field}`));
  return outcomes.flatMap((o) => (o.ok ? [toReading(o.reading)] : []));
}

async function claimPhoto(ctx: CustomerContext, uploadId: string): Promise<{ storageKey: string; contentType: string }> {
  const [upload] = await claimOwnUploads(ctx, [uploadId], ctx.now());
  if (!upload?.contentType) throw new NotFound('This photo');
  if (!upload.contentType.startsWith('image/')) throw new BadInput('photoUploadId', 'Send a photo of the counter (JPEG, PNG, WebP or HEIC).', 'PHOTO_NOT_IMAGE');
  return { storageKey: upload.storageKey, contentType: upload.contentType };
}

// ---------------------------------------------------------------------------------------------
// Staff

async function staffAsset(ctx: StaffContext, assetId: string) {
  const asset = isId(assetId) ? await ctx.tx.asset.findFirst({ where: { id: assetId }, select: { id: true, customerId: true } }) : null;
  if (!asset) throw new NotFound('This device');
  return asset;
}

function cleanLabel(label: string): string {
  const clean = label.trim();
  if (!clean) throw new BadInput('label', 'Give the meter a name, e.g. "Black pages".', 'REQUIRED');
  if (clean.length > MAX_LABEL) throw new BadInput('label', `A meter's name is at most ${MAX_LABEL} characters.`, 'TOO_LONG');
  return clean;
}

function cleanNote(note: string | null | undefined): string | null {
  const clean = note?.trim() ?? '';
  if (clean.length > MAX_NOTE) throw new BadInput('note', `A note is at most ${MAX_NOTE} characters.`, 'TOO_LONG');
  return clean || null;
}

export async function addMeter(ctx: StaffContext, assetId: string, kind: MeterKind, label: string): Promise<MeterFields> {
  const asset = await staffAsset(ctx, assetId);
  const row = await unlessTaken(
    () => ctx.tx.meter.create({ data: { tenantId: ctx.principal.tenantId, customerId: asset.customerId, assetId: asset.id, kind, label: cleanLabel(label), createdAt: ctx.now() } }),
    () => new Conflict('This device already has a meter of this kind.', 'METER_KIND_TAKEN'),
  );
  return toMeter(row);
}

export async function updateMeter(ctx: StaffContext, id: string, changes: { label?: string | null; active?: boolean | null }): Promise<MeterFields> {
  const meter = isId(id) ? await ctx.tx.meter.findFirst({ where: { id } }) : null;
  if (!meter) throw new NotFound('This meter');
  const data: Prisma.MeterUpdateInput = {};
  if (changes.label != null) data.label = cleanLabel(changes.label);
  if (changes.active != null) data.active = changes.active;
  const row = await ctx.tx.meter.update({ where: { tenantId_id: { tenantId: meter.tenantId, id } }, data });
  return toMeter(row);
}

/** A reading staff enter (from a technician's visit, a phone call): validated like the others, and may reset the counter. */
export async function recordMeterReading(ctx: StaffContext, input: RecordMeterReadingInput): Promise<MeterReadingFields> {
  const meter = isId(input.meterId) ? await ctx.tx.meter.findFirst({ where: { id: input.meterId }, select: { id: true, customerId: true } }) : null;
  if (!meter) throw new NotFound('This meter');
  const [outcome] = await takeReadings(ctx, meter.customerId, [
    { meterId: meter.id, value: input.value, readAt: input.readAt, source: 'STAFF', resetsCounter: input.resetsCounter, submittedByStaffId: ctx.principal.staffUserId },
  ]);
  if (!outcome) throw new NotFound('This meter');
  refusedAt([outcome], (_index, field) => field);
  if (!outcome.ok) throw new NotFound('This meter');
  return toReading(outcome.reading);
}

/** A reading under review, locked with its meter; CONFLICT once billed. */
async function reviewable(ctx: StaffContext, id: string): Promise<ReadingRow> {
  const found = isId(id) ? await ctx.tx.meterReading.findFirst({ where: { id }, select: { meterId: true } }) : null;
  if (!found) throw new NotFound('This reading');
  await lockMeter(ctx, found.meterId);
  const reading = await ctx.tx.meterReading.findFirst({ where: { id } });
  if (!reading) throw new NotFound('This reading');
  if (reading.billedPeriodId) throw new Conflict('This reading was billed and can no longer change.', 'READING_BILLED');
  return reading;
}

async function review(ctx: StaffContext, reading: ReadingRow, data: Prisma.MeterReadingUpdateInput): Promise<MeterReadingFields> {
  const row = await ctx.tx.meterReading.update({
    where: { tenantId_id: { tenantId: reading.tenantId, id: reading.id } },
    data: { ...data, reviewedByStaffId: ctx.principal.staffUserId, reviewedAt: ctx.now() },
  });
  return toReading(row);
}

async function moveReading(ctx: StaffContext, id: string, to: MeterReadingStatus, note: string | null | undefined): Promise<MeterReadingFields> {
  const reading = await reviewable(ctx, id);
  if (!canMoveReading(reading.status, to)) throw new Conflict(`A reading that is ${reading.status.toLowerCase()} cannot become ${to.toLowerCase()}.`, 'STATUS_NOT_ALLOWED');
  return review(ctx, reading, { status: to, reviewNote: cleanNote(note) });
}

export function approveMeterReading(ctx: StaffContext, id: string, note?: string | null): Promise<MeterReadingFields> {
  return moveReading(ctx, id, 'APPROVED', note);
}

export function rejectMeterReading(ctx: StaffContext, id: string, note?: string | null): Promise<MeterReadingFields> {
  return moveReading(ctx, id, 'REJECTED', note);
}

/**
 * Staff put right a reading's value (a misread digit): the value it replaced is kept
 * (correctedFromValue, the first one), it must still not go below the reading before it, and a
 * flagged reading staff corrected counts as approved.
 */
export async function correctMeterReading(ctx: StaffContext, id: string, value: number, note: string): Promise<MeterReadingFields> {
  const reading = await reviewable(ctx, id);
  if (reading.source === 'ESTIMATE' || reading.status === 'REJECTED') {
    throw new Conflict('Only a reading that was read can be corrected: enter a new reading instead.', 'STATUS_NOT_ALLOWED');
  }
  if (!Number.isInteger(value) || value < 0 || value > MAX_METER_VALUE) throw refusalError('value', 'INVALID_VALUE');
  const history = (await meterHistory(ctx, reading.meterId)).filter((r) => r.id !== reading.id);
  if (!readingNotLower(value, previousActualReading(history, reading.readAt), reading.resetsCounter)) {
    throw refusalError('value', READING_BELOW_PREVIOUS);
  }
  const reviewNote = cleanNote(note);
  if (!reviewNote) throw new BadInput('note', 'Say why the reading is corrected.', 'REQUIRED');
  return review(ctx, reading, {
    value,
    correctedFromValue: reading.correctedFromValue ?? reading.value,
    status: reading.status === 'FLAGGED' ? 'APPROVED' : reading.status,
    reviewNote,
  });
}

/** Flagged readings waiting for review, oldest first. */
export async function readingsForReview(ctx: StaffContext, args: PageArgs): Promise<Connection<MeterReadingFields>> {
  const rows = await ctx.tx.meterReading.findMany({
    where: { status: 'FLAGGED' },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    ...pageQuery(ctx.principal.tenantId, args),
  });
  return toConnection(rows, args, toReading);
}
