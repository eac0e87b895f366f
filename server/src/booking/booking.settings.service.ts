// The tenant's booking rules and bookable service types, as owners and admins manage them.
import type { StaffContext } from '../context/context.js';
import type { Prisma, Tenant } from '../generated/prisma/client.js';
import { BadInput, NotFound } from '../errors/errors.js';
import { isId } from '../common/ids.js';
import { todayIn, toLocalDate } from '../common/dates.js';
import { recordStaffActivity } from '../activity/activity.js';
import { currentTenant, forgetCurrentTenant } from '../platform/current-tenant.js';
import { parseHours } from './booking.data.js';
import { parseHHMM, type BookingHours } from './slots.js';
import type { AdminServiceType, BookingDayHoursInput, BookingSettings, BookingSettingsInput, ClosedDay, ServiceTypeInput } from './booking.types.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

const intIn = (value: number | null | undefined, min: number, max: number) => typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

const LIMITS = {
  slotMinutes: [5, 480, 'The slot interval must be between 5 and 480 minutes.'],
  bufferBeforeMinutes: [0, 240, 'A buffer must be between 0 and 240 minutes.'],
  bufferAfterMinutes: [0, 240, 'A buffer must be between 0 and 240 minutes.'],
  minLeadMinutes: [0, 525_600, 'The minimum lead time must be zero or more minutes (at most a year).'],
  maxAdvanceDays: [1, 365, 'Customers may book between 1 and 365 days ahead.'],
  changeWindowHours: [0, 720, 'The change window must be between 0 and 720 hours.'],
  changeGraceMinutes: [0, 1440, 'The grace period must be between 0 and 1440 minutes (a day).'],
} as const;

export async function bookingSettings(ctx: StaffContext): Promise<BookingSettings> {
  return settingsOf(ctx, await currentTenant(ctx));
}

/** The settings of `tenant` with its closed dates from today on. */
async function settingsOf(ctx: StaffContext, tenant: Tenant): Promise<BookingSettings> {
  const closed = await ctx.tx.closedDate.findMany({ where: { date: { gte: new Date(`${todayIn(tenant.timeZone, ctx.now())}T00:00:00Z`) } }, orderBy: { date: 'asc' } });
  return toSettings(tenant, closed.map(toClosedDay));
}

function toSettings(tenant: Tenant, closedDates: ClosedDay[]): BookingSettings {
  const hours = parseHours(tenant.bookingHours);
  return {
    mode: tenant.bookingMode,
    hours: Object.keys(hours)
      .map(Number)
      .sort((a, b) => a - b)
      .map((weekday) => ({ weekday, ranges: (hours[String(weekday)] ?? []).map(([start, end]) => ({ start, end })) })),
    slotMinutes: tenant.slotMinutes,
    bufferBeforeMinutes: tenant.bufferBeforeMinutes,
    bufferAfterMinutes: tenant.bufferAfterMinutes,
    minLeadMinutes: tenant.minLeadMinutes,
    maxAdvanceDays: tenant.maxAdvanceDays,
    changeWindowHours: tenant.changeWindowHours,
    changeGraceMinutes: tenant.changeGraceMinutes,
    timeZone: tenant.timeZone,
    closedDates,
  };
}

function toClosedDay(row: { date: Date; label: string | null }): ClosedDay {
  return { date: toLocalDate(row.date) ?? '', label: row.label };
}

/** Weekday ranges: HH:MM, start before end, no two ranges of a day overlapping. */
export function validateHours(days: BookingDayHoursInput[]): BookingHours {
  const hours: BookingHours = {};
  for (const day of days) {
    if (!Number.isInteger(day.weekday) || day.weekday < 1 || day.weekday > 7) throw new BadInput('hours', 'A weekday is a number from 1 (Monday) to 7 (Sunday).');
    if (hours[String(day.weekday)]) throw new BadInput('hours', 'Give each weekday once.');
    const ranges = day.ranges.map((r) => {
      const start = parseHHMM(r.start);
      const end = parseHHMM(r.end);
      if (start === null || end === null) throw new BadInput('hours', 'Write times as HH:MM, for example 08:30.');
      if (start >= end) throw new BadInput('hours', `Each range must start before it ends (${r.start}–${r.end}).`);
      return { start, end, pair: [r.start, r.end] as [string, string] };
    });
    ranges.sort((a, b) => a.start - b.start);
    ranges.forEach((r, i) => {
      const previous = ranges[i - 1];
      if (previous && r.start < previous.end) throw new BadInput('hours', 'Ranges of the same day must not overlap.');
    });
    hours[String(day.weekday)] = ranges.map((r) => r.pair);
  }
  return hours;
}

export async function updateBookingSettings(ctx: StaffContext, input: BookingSettingsInput): Promise<BookingSettings> {
  const { tx, principal } = ctx;
  const data: Prisma.TenantUpdateInput = {};
  for (const [field, [min, max, message]] of Object.entries(LIMITS) as [keyof typeof LIMITS, (typeof LIMITS)[keyof typeof LIMITS]][]) {
    const value = input[field];
    if (value == null) continue;
    if (!intIn(value, min, max)) throw new BadInput(field, message);
    data[field] = value;
  }
  if (input.hours) data.bookingHours = validateHours(input.hours);
  if (input.mode) data.bookingMode = input.mode;
  const tenant = await tx.tenant.update({ where: { id: principal.tenantId }, data });
  // The request's tenant loader read the old row: later reads in this request get the new one.
  forgetCurrentTenant(ctx);
  await recordStaffActivity(ctx, 'booking.rules_updated');
  return settingsOf(ctx, tenant);
}

function parseDate(field: string, value: string): Date {
  const date = new Date(`${value}T00:00:00Z`);
  if (!DATE.test(value) || Number.isNaN(date.getTime()) || toLocalDate(date) !== value) throw new BadInput(field, 'Give a date as YYYY-MM-DD.');
  return date;
}

export async function addClosedDate(ctx: StaffContext, date: string, label: string | null | undefined): Promise<ClosedDay> {
  const { tx, principal } = ctx;
  const day = parseDate('date', date);
  const text = label?.trim() || null;
  if (text && text.length > 100) throw new BadInput('label', 'Please keep the label under 100 characters.');
  const row = await tx.closedDate.upsert({
    where: { tenantId_date: { tenantId: principal.tenantId, date: day } },
    create: { tenantId: principal.tenantId, date: day, label: text },
    update: { label: text },
  });
  await recordStaffActivity(ctx, 'booking.rules_updated');
  return toClosedDay(row);
}

export async function removeClosedDate(ctx: StaffContext, date: string): Promise<boolean> {
  const { count } = await ctx.tx.closedDate.deleteMany({ where: { date: parseDate('date', date) } });
  if (count === 0) throw new NotFound('This closed date');
  await recordStaffActivity(ctx, 'booking.rules_updated');
  return true;
}

// ---- Service types ----

const serviceTypeSelect = {
  id: true,
  name: true,
  description: true,
  durationMinutes: true,
  priceMinor: true,
  bookableOnline: true,
  active: true,
  technicians: { select: { staffUser: { select: { id: true, name: true } } } },
} satisfies Prisma.ServiceTypeSelect;

type ServiceTypeRow = Prisma.ServiceTypeGetPayload<{ select: typeof serviceTypeSelect }>;

export function toAdminServiceType(row: ServiceTypeRow): AdminServiceType {
  const { technicians, ...rest } = row;
  return { ...rest, technicians: technicians.map((t) => t.staffUser).sort((a, b) => a.name.localeCompare(b.name)) };
}

export async function listServiceTypes(ctx: StaffContext): Promise<AdminServiceType[]> {
  const rows = await ctx.tx.serviceType.findMany({ select: serviceTypeSelect, orderBy: [{ name: 'asc' }, { id: 'asc' }] });
  return rows.map(toAdminServiceType);
}

function serviceTypeData(input: ServiceTypeInput, creating: boolean) {
  const name = input.name?.trim();
  if ((creating || input.name != null) && !name) throw new BadInput('name', 'Give the service a name.');
  if (name && name.length > 120) throw new BadInput('name', 'Please keep the name under 120 characters.');
  if ((creating || input.durationMinutes != null) && !intIn(input.durationMinutes, 5, 1440)) {
    throw new BadInput('durationMinutes', 'The duration must be between 5 and 1440 minutes.');
  }
  if ((creating || input.priceMinor != null) && !intIn(input.priceMinor, 0, 100_000_000)) {
    throw new BadInput('priceMinor', 'The price must be zero or more, in minor units (cents).');
  }
  const description = input.description?.trim();
  if (description && description.length > 2000) throw new BadInput('description', 'Please keep the description under 2000 characters.');
  return {
    ...(name ? { name } : {}),
    ...(input.description !== undefined ? { description: description || null } : {}),
    ...(input.durationMinutes != null ? { durationMinutes: input.durationMinutes } : {}),
    ...(input.priceMinor != null ? { priceMinor: input.priceMinor } : {}),
    ...(input.bookableOnline != null ? { bookableOnline: input.bookableOnline } : {}),
    ...(input.active != null ? { active: input.active } : {}),
  };
}

/** Each id must be one of this tenant's staff; any other is answered like a missing one. */
async function checkTechnicians(ctx: StaffContext, ids: string[]): Promise<string[]> {
  const unique = [...new Set(ids)];
  if (unique.some((id) => !isId(id))) throw new NotFound('This technician');
  const found = await ctx.tx.staffUser.findMany({ where: { id: { in: unique } }, select: { id: true } });
  if (found.length !== unique.length) throw new NotFound('This technician');
  return unique;
}

/** The qualified technicians as a nested write: all replaced by `ids`. */
function technicianWrite(ids: string[]) {
  return { createMany: { data: ids.map((staffUserId) => ({ staffUserId })) } };
}

export async function createServiceType(ctx: StaffContext, input: ServiceTypeInput): Promise<AdminServiceType> {
  const { tx, principal } = ctx;
  const data = serviceTypeData(input, true);
  const technicians = input.technicianIds ? await checkTechnicians(ctx, input.technicianIds) : [];
  const created = await tx.serviceType.create({
    data: {
      tenantId: principal.tenantId,
      name: data.name ?? '',
      durationMinutes: data.durationMinutes ?? 60,
      priceMinor: data.priceMinor ?? 0,
      ...data,
      ...(technicians.length ? { technicians: technicianWrite(technicians) } : {}),
    },
    select: serviceTypeSelect,
  });
  await recordStaffActivity(ctx, 'booking.rules_updated', { subjectId: created.id });
  return toAdminServiceType(created);
}

export async function updateServiceType(ctx: StaffContext, id: string, input: ServiceTypeInput): Promise<AdminServiceType> {
  const { tx, principal } = ctx;
  const existing = isId(id) ? await tx.serviceType.findFirst({ where: { id }, select: { id: true } }) : null;
  if (!existing) throw new NotFound('This service type');
  const data = serviceTypeData(input, false);
  const technicians = input.technicianIds ? await checkTechnicians(ctx, input.technicianIds) : null;
  const updated = await tx.serviceType.update({
    where: { tenantId_id: { tenantId: principal.tenantId, id: existing.id } },
    data: { ...data, ...(technicians ? { technicians: { deleteMany: {}, ...technicianWrite(technicians) } } : {}) },
    select: serviceTypeSelect,
  });
  await recordStaffActivity(ctx, 'booking.rules_updated', { subjectId: id });
  return toAdminServiceType(updated);
}
