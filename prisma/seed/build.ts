// Building blocks for the demo seed: tenant-local calendar arithmetic, a scheduler that keeps
// jobs inside booking hours, invoices whose totals add up, and the rows of one tenant.
import { randomUUID } from 'node:crypto';
import type { Prisma } from '../../server/src/generated/prisma/client.js';
import { lineTax, renderInvoiceNumber, invoicePeriod } from '../../server/src/invoices/invoice-numbers.js';

export const DAY_MS = 86_400_000;

/** The instant `days` days before `now`. */
export function daysBefore(now: Date, days: number): Date {
  return new Date(now.getTime() - days * DAY_MS);
}

/** A calendar date in a tenant's time zone. */
export interface LocalDate {
  y: number;
  m: number; // 1-12
  d: number;
}

/** Bookable hours per ISO weekday (1 = Monday), as stored in tenants.booking_hours. */
export type BookingHours = Record<string, [string, string][]>;

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function zonedParts(timeZone: string, instant: Date): { date: LocalDate; minutes: number; offsetMs: number } {
  let fmt = partsFormatters.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partsFormatters.set(timeZone, fmt);
  }
  const p: Record<string, number> = {};
  for (const part of fmt.formatToParts(instant)) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  const wholeSeconds = instant.getTime() - instant.getUTCMilliseconds();
  return {
    date: { y: p.year, m: p.month, d: p.day },
    minutes: p.hour * 60 + p.minute,
    offsetMs: asUtc - wholeSeconds,
  };
}

export function localDateOf(timeZone: string, instant: Date): LocalDate {
  return zonedParts(timeZone, instant).date;
}

/** The instant at which the wall clock of `timeZone` shows `date` at `minutes` past midnight. */
export function zonedInstant(timeZone: string, date: LocalDate, minutes: number): Date {
  const wall = Date.UTC(date.y, date.m - 1, date.d) + minutes * 60_000;
  // Two passes settle the offset across a DST change.
  let guess = wall - zonedParts(timeZone, new Date(wall)).offsetMs;
  guess = wall - zonedParts(timeZone, new Date(guess)).offsetMs;
  return new Date(guess);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const t = new Date(Date.UTC(date.y, date.m - 1, date.d) + days * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** Same day of month `months` later, clamped to the month's last day (Jan 31 + 1 = Feb 28). */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const index = date.y * 12 + (date.m - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { y, m, d: Math.min(date.d, last) };
}

export function isoWeekday(date: LocalDate): number {
  const day = new Date(Date.UTC(date.y, date.m - 1, date.d)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** A @db.Date column takes the UTC calendar day of the value it is given. */
export function dateOnly(date: LocalDate): Date {
  return new Date(Date.UTC(date.y, date.m - 1, date.d));
}

function hm(text: string): number {
  const [h, m] = text.split(':').map(Number);
  return h * 60 + m;
}

export interface PlacedSlot {
  day: LocalDate;
  start: Date;
  end: Date;
}

/**
 * Places jobs relative to "now" on days and hours the business is open, never double-booking
 * a technician, so the demo stays coherent whatever day it is started on.
 */
export class Scheduler {
  readonly today: LocalDate;
  private readonly busy = new Map<string, PlacedSlot[]>();

  constructor(
    private readonly timeZone: string,
    private readonly now: Date,
    private readonly hours: BookingHours,
    private readonly minLeadMinutes: number,
  ) {
    this.today = localDateOf(timeZone, now);
  }

  day(offsetDays: number): LocalDate {
    return addDays(this.today, offsetDays);
  }

  /** Starts `offsetDays` from today at local `at`; moves away from today until the slot is valid. */
  place(offsetDays: number, at: string, minutes: number, technicianId: string | null): PlacedSlot {
    if (offsetDays === 0) throw new Error('place() is for past or future days; today is the in-progress job');
    const step = offsetDays > 0 ? 1 : -1;
    const startMin = hm(at);
    for (let offset = offsetDays, tries = 0; tries < 90; offset += step, tries += 1) {
      const day = this.day(offset);
      const ranges = this.hours[String(isoWeekday(day))] ?? [];
      if (!ranges.some(([from, to]) => hm(from) <= startMin && startMin + minutes <= hm(to))) continue;
      const start = zonedInstant(this.timeZone, day, startMin);
      const end = new Date(start.getTime() + minutes * 60_000);
      if (step > 0 && start.getTime() < this.now.getTime() + this.minLeadMinutes * 60_000) continue;
      if (step < 0 && end.getTime() > this.now.getTime()) continue;
      if (technicianId && this.overlaps(technicianId, start, end)) continue;
      return this.reserve(technicianId, { day, start, end });
    }
    throw new Error(`No open slot near day ${offsetDays} at ${at}`);
  }

  /**
   * A job on today's date at local `at`, whatever the time now: a technician's day ("My day")
   * always has jobs. It ignores booking hours and lead time, as staff placing jobs may.
   */
  onToday(at: string, minutes: number, technicianId: string | null): PlacedSlot {
    const start = zonedInstant(this.timeZone, this.today, hm(at));
    const end = new Date(start.getTime() + minutes * 60_000);
    if (technicianId && this.overlaps(technicianId, start, end)) throw new Error(`The technician is busy today at ${at}`);
    return this.reserve(technicianId, { day: this.today, start, end });
  }

  /**
   * A job of today starting soon, at least `minutesAhead` from now (on the 5-minute mark), at the
   * first time its technician is free: a technician on the way to it ("On my way"), whatever the
   * hour. Late in the evening, when no such time is left today, it starts at 23:55.
   */
  soon(minutesAhead: number, minutes: number, technicianId: string): PlacedSlot {
    let start = new Date(Math.ceil((this.now.getTime() + minutesAhead * 60_000) / 300_000) * 300_000);
    for (; this.isToday(start); start = new Date(start.getTime() + 300_000)) {
      const end = new Date(start.getTime() + minutes * 60_000);
      if (!this.overlaps(technicianId, start, end)) return this.reserve(technicianId, { day: this.today, start, end });
    }
    return this.onToday('23:55', minutes, technicianId);
  }

  /** A job under way right now, started `minutesAgo`: emergencies ignore booking hours. */
  current(minutesAgo: number, minutes: number, technicianId: string | null): PlacedSlot {
    const start = new Date(Math.floor((this.now.getTime() - minutesAgo * 60_000) / 300_000) * 300_000);
    const end = new Date(start.getTime() + minutes * 60_000);
    return this.reserve(technicianId, { day: localDateOf(this.timeZone, start), start, end });
  }

  private isToday(instant: Date): boolean {
    const { y, m, d } = localDateOf(this.timeZone, instant);
    return y === this.today.y && m === this.today.m && d === this.today.d;
  }

  private overlaps(technicianId: string, start: Date, end: Date): boolean {
    return (this.busy.get(technicianId) ?? []).some((s) => s.start < end && start < s.end);
  }

  private reserve(technicianId: string | null, slot: PlacedSlot): PlacedSlot {
    if (technicianId) this.busy.set(technicianId, [...(this.busy.get(technicianId) ?? []), slot]);
    return slot;
  }
}

export interface LineSpec {
  description: string;
  quantity?: number;
  unitPriceMinor: number;
  taxRateBp: number;
}

export interface InvoiceSpec {
  customerId: string;
  agreementId?: string;
  /** The visit it bills: the invoice then shows in that visit's site and asset history. */
  jobId?: string;
  status: 'draft' | 'issued' | 'paid' | 'void';
  issueDate?: LocalDate;
  dueDate?: LocalDate;
  paidMinor?: number;
  notes?: string;
  createdAt?: Date;
  lines: LineSpec[];
}

export interface AddedInvoice {
  id: string;
  totalMinor: number;
}

// Numbering and tax rounding are the API's own, so demo invoices look like real ones.
export { lineTax, renderInvoiceNumber, invoicePeriod } from '../../server/src/invoices/invoice-numbers.js';

interface PendingInvoice {
  order: number;
  spec: InvoiceSpec;
  row: Prisma.InvoiceCreateManyInput;
}

/** Collects a tenant's invoices, then numbers them gap-free per period in issue order. */
export class InvoiceBook {
  private readonly pending: PendingInvoice[] = [];
  readonly lines: Prisma.InvoiceLineCreateManyInput[] = [];

  constructor(
    private readonly tenantId: string,
    private readonly currency: string,
    private readonly format: string,
  ) {}

  add(spec: InvoiceSpec): AddedInvoice {
    if (spec.status !== 'draft' && !spec.issueDate) throw new Error('An issued invoice needs an issue date');
    const id = randomUUID();
    let subtotalMinor = 0;
    let taxMinor = 0;
    spec.lines.forEach((line, index) => {
      const quantity = line.quantity ?? 1;
      const totalMinor = quantity * line.unitPriceMinor;
      subtotalMinor += totalMinor;
      taxMinor += lineTax(totalMinor, line.taxRateBp);
      this.lines.push({
        id: randomUUID(),
        tenantId: this.tenantId,
        invoiceId: id,
        position: index + 1,
        description: line.description,
        quantity,
        unitPriceMinor: line.unitPriceMinor,
        taxRateBp: line.taxRateBp,
        totalMinor,
      });
    });
    const totalMinor = subtotalMinor + taxMinor;
    const paidMinor = spec.status === 'paid' ? totalMinor : (spec.paidMinor ?? 0);
    this.pending.push({
      order: this.pending.length,
      spec,
      row: {
        id,
        tenantId: this.tenantId,
        customerId: spec.customerId,
        agreementId: spec.agreementId ?? null,
        jobId: spec.jobId ?? null,
        number: null,
        status: spec.status,
        currency: this.currency,
        issueDate: spec.issueDate ? dateOnly(spec.issueDate) : null,
        dueDate: spec.dueDate ? dateOnly(spec.dueDate) : null,
        subtotalMinor,
        taxMinor,
        totalMinor,
        paidMinor,
        notes: spec.notes ?? null,
        ...(spec.createdAt ? { createdAt: spec.createdAt } : {}),
      },
    });
    return { id, totalMinor };
  }

  finish(): { invoices: Prisma.InvoiceCreateManyInput[]; sequences: Prisma.InvoiceSequenceCreateManyInput[] } {
    const last = new Map<string, number>();
    // add() refuses an issued invoice without an issue date.
    const numbered = this.pending
      .flatMap((p) => (p.spec.status !== 'draft' && p.spec.issueDate ? [{ p, issueDate: p.spec.issueDate }] : []))
      .sort((a, b) => dateOnly(a.issueDate).getTime() - dateOnly(b.issueDate).getTime() || a.p.order - b.p.order);
    for (const { p, issueDate } of numbered) {
      const period = invoicePeriod(this.format, issueDate);
      const seq = (last.get(period) ?? 0) + 1;
      last.set(period, seq);
      p.row.number = renderInvoiceNumber(this.format, issueDate, seq).number;
    }
    return {
      invoices: this.pending.map((p) => p.row),
      sequences: [...last].map(([period, lastValue]) => ({ tenantId: this.tenantId, period, lastValue })),
    };
  }
}

/** Every row of one demo tenant, in insertion order of the foreign keys. */
export interface TenantRows {
  tenant: Prisma.TenantCreateManyInput & { id: string; slug: string };
  staffUsers: Prisma.StaffUserCreateManyInput[];
  customers: Prisma.CustomerCreateManyInput[];
  portalAccounts: Prisma.PortalAccountCreateManyInput[];
  /** Where demo people are already signed in (no token opens them: they are only listed). */
  sessions?: Prisma.SessionCreateManyInput[];
  sites: Prisma.SiteCreateManyInput[];
  assetTypes: Prisma.AssetTypeCreateManyInput[];
  assetTypeNames: Prisma.AssetTypeNameCreateManyInput[];
  assets: Prisma.AssetCreateManyInput[];
  serviceTypes: Prisma.ServiceTypeCreateManyInput[];
  /** Who can do each service type (and so be booked for it online). */
  serviceTypeTechnicians?: Prisma.ServiceTypeTechnicianCreateManyInput[];
  /** Days without online bookings. */
  closedDates?: Prisma.ClosedDateCreateManyInput[];
  jobs: Prisma.JobCreateManyInput[];
  jobInternalNotes: Prisma.JobInternalNoteCreateManyInput[];
  serviceAgreements: Prisma.ServiceAgreementCreateManyInput[];
  invoices: Prisma.InvoiceCreateManyInput[];
  invoiceLines: Prisma.InvoiceLineCreateManyInput[];
  invoiceSequences: Prisma.InvoiceSequenceCreateManyInput[];
  payments: Prisma.PaymentCreateManyInput[];
  serviceRequests: Prisma.ServiceRequestCreateManyInput[];
  /** Photos customers attached to their requests (files written like the documents'). */
  requestAttachments?: Prisma.RequestAttachmentCreateManyInput[];
  documents: Prisma.DocumentCreateManyInput[];
  /** Documents shared with one contact of an account (issue 22). */
  documentContactShares?: Prisma.DocumentContactShareCreateManyInput[];
  reviews: Prisma.ReviewCreateManyInput[];
  activityLogs: Prisma.ActivityLogCreateManyInput[];
  /** What the demo people's bells show. */
  notifications?: Prisma.NotificationCreateManyInput[];
  /** Conversations (messaging), their messages and the office's canned replies. */
  messageThreads?: Prisma.MessageThreadCreateManyInput[];
  messages?: Prisma.MessageCreateManyInput[];
  cannedReplies?: Prisma.CannedReplyCreateManyInput[];
  /** A contractor's projects and what hangs under them (photo files written like the documents'). */
  projects?: Prisma.ProjectCreateManyInput[];
  projectPhases?: Prisma.ProjectPhaseCreateManyInput[];
  projectMilestones?: Prisma.ProjectMilestoneCreateManyInput[];
  projectDelays?: Prisma.ProjectDelayCreateManyInput[];
  projectPhotos?: Prisma.ProjectPhotoCreateManyInput[];
  /** Quotes (issue 20) and their versions, options and items (prisma/seed/quotes.ts). */
  quotes?: Prisma.QuoteCreateManyInput[];
  quoteVersions?: Prisma.QuoteVersionCreateManyInput[];
  quoteOptions?: Prisma.QuoteOptionCreateManyInput[];
  quoteItems?: Prisma.QuoteItemCreateManyInput[];
  /** Documents waiting for a customer's signature (signatures/). */
  signingRequests?: Prisma.SigningRequestCreateManyInput[];
  /** An equipment dealer's meters, their readings, contracts billed by them and their billed periods (issue 21). */
  meters?: Prisma.MeterCreateManyInput[];
  meterReadings?: Prisma.MeterReadingCreateManyInput[];
  meterContracts?: Prisma.MeterContractCreateManyInput[];
  meterContractRates?: Prisma.MeterContractRateCreateManyInput[];
  meterBillingPeriods?: Prisma.MeterBillingPeriodCreateManyInput[];
  /** The supply catalogue (with the models each item fits), contracts' allowances, and orders. */
  supplyItems?: Prisma.SupplyItemCreateManyInput[];
  supplyItemModels?: Prisma.SupplyItemModelCreateManyInput[];
  supplyAllowances?: Prisma.SupplyAllowanceCreateManyInput[];
  supplyOrders?: Prisma.SupplyOrderCreateManyInput[];
  supplyOrderLines?: Prisma.SupplyOrderLineCreateManyInput[];
  /** The response promised per request priority. */
  requestResponsePromises?: Prisma.RequestResponsePromiseCreateManyInput[];
}

export interface DemoLoginSpec {
  side: 'portal' | 'admin';
  email: string;
  role: string;
}

/** What seed.ts needs from a demo tenant module. */
export interface DemoTenant {
  slug: string;
  name: string;
  logins: DemoLoginSpec[];
  /** Emails of accounts that get a password (staff and active portal accounts). */
  passwordEmails: { staff: string[]; portal: string[] };
  build(input: BuildInput): TenantRows;
}

export interface BuildInput {
  now: Date;
  /** argon2id hashes of the demo password, one per account, keyed by side and email. */
  staffHash: (email: string) => string;
  portalHash: (email: string) => string;
}

export function id(): string {
  return randomUUID();
}

export function minutesBefore(instant: Date, minutes: number): Date {
  return new Date(instant.getTime() - minutes * 60_000);
}

/** `instant`, or `now` if it lies in the future: for what has already happened (a review, a reply). */
export function notAfter(instant: Date, now: Date): Date {
  return instant.getTime() > now.getTime() ? now : instant;
}

export function minutesAfter(instant: Date, minutes: number): Date {
  return new Date(instant.getTime() + minutes * 60_000);
}

/** Stamps the tenant on rows typed against the Prisma input (keeps enum literals checked). */
export function inTenant<T extends { tenantId: string }>(tenantId: string, rows: Omit<T, 'tenantId'>[]): T[] {
  return rows.map((row) => ({ ...row, tenantId }) as T);
}

export interface StaffSpec {
  email: string;
  name: string;
  role: Prisma.StaffUserCreateManyInput['role'];
}

/** Gives each staff member an id and turns them into active staff rows, joined over time. */
export function staffRows<S extends Record<string, StaffSpec>>(
  tenantId: string,
  specs: S,
  options: { hash: (email: string) => string; locale: string; joinedDaysAgo: (index: number) => number; ago: (days: number) => Date },
): { staff: { [K in keyof S]: S[K] & { id: string } }; rows: Prisma.StaffUserCreateManyInput[] } {
  const staff = Object.fromEntries(Object.entries(specs).map(([key, s]) => [key, { ...s, id: id() }])) as { [K in keyof S]: S[K] & { id: string } };
  const rows = Object.values<S[keyof S] & { id: string }>(staff).map((s, i) => ({
    id: s.id,
    tenantId,
    email: s.email,
    name: s.name,
    role: s.role,
    status: 'active' as const,
    passwordHash: options.hash(s.email),
    locale: options.locale,
    createdAt: options.ago(options.joinedDaysAgo(i)),
  }));
  return { staff, rows };
}
