// How a job row becomes what a customer or a member of staff sees.
import type { Job as JobRow, Prisma } from '../generated/prisma/client.js';
import { localSpan } from '../common/local-times.js';
import type { Job, PartUsed } from './jobs.types.js';
import type { AdminJob } from './jobs.admin.types.js';
import { visitStage } from './job-lifecycle.js';

// Only customer-visible columns are ever read for a customer.
export const jobSelect = {
  id: true,
  title: true,
  status: true,
  description: true,
  scheduledStart: true,
  requestedStart: true,
  requestedEnd: true,
  declineReason: true,
  bookedOnline: true,
  scheduledEnd: true,
  completedAt: true,
  onMyWayAt: true,
  etaAt: true,
  arrivedAt: true,
  customerNotes: true,
  partsUsed: true,
  siteId: true,
  serviceTypeId: true,
  assetId: true,
  technicianId: true,
  // Not shown to customers; the cancellation window's grace period runs from it.
  createdAt: true,
} satisfies Prisma.JobSelect;

export type JobView = Pick<JobRow, keyof typeof jobSelect>;

/** The customer's view of a job: its columns are picked one by one, so a wider row never leaks more. */
export function toJob(row: JobView, timeZone: string): Job {
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    description: row.description,
    scheduledStart: row.scheduledStart,
    scheduledEnd: row.scheduledEnd,
    requestedStart: row.requestedStart,
    requestedEnd: row.requestedEnd,
    declineReason: row.declineReason,
    bookedOnline: row.bookedOnline,
    completedAt: row.completedAt,
    visitStage: row.status === 'scheduled' ? visitStage(row) : null,
    onMyWayAt: row.onMyWayAt,
    etaAt: row.etaAt,
    arrivedAt: row.arrivedAt,
    customerNotes: row.customerNotes,
    siteId: row.siteId,
    serviceTypeId: row.serviceTypeId,
    assetId: row.assetId,
    technicianId: row.technicianId,
    createdAt: row.createdAt,
    timeZone,
    ...localSpan(timeZone, row.scheduledStart, row.scheduledEnd),
    partsUsed: parseParts(row.partsUsed),
    technicianName: null,
  };
}

function parseParts(value: Prisma.JsonValue): PartUsed[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    if (!item || typeof item !== 'object' || Array.isArray(item)) return [];
    const { name, quantity } = item as Record<string, unknown>;
    return typeof name === 'string' ? [{ name, quantity: typeof quantity === 'number' ? quantity : 1 }] : [];
  });
}

// Staff also read who the job is for and how it was called off. Every staff read and write of a
// job selects these columns, so what a write returns maps straight to an AdminJob.
export const adminJobSelect = { ...jobSelect, customerId: true, cancelledAt: true, cancelledBy: true } satisfies Prisma.JobSelect;
export type AdminJobRow = Pick<JobRow, keyof typeof adminJobSelect>;

export function toAdminJob(row: AdminJobRow, timeZone: string): AdminJob {
  return { ...toJob(row, timeZone), customerId: row.customerId, cancelledAt: row.cancelledAt, cancelledBy: row.cancelledBy };
}
