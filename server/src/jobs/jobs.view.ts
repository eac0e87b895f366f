// How a job row becomes what a customer sees.
import type { Job as JobRow, Prisma } from '../generated/prisma/client.js';
import { localSpan } from '../common/local-times.js';
import type { Job, PartUsed } from './jobs.types.js';
import type { AdminJob } from './jobs.admin.types.js';

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
  customerNotes: true,
  partsUsed: true,
  siteId: true,
  serviceTypeId: true,
  assetId: true,
  technicianId: true,
  // Not shown to customers; the booking change window's grace period runs from it.
  createdAt: true,
} satisfies Prisma.JobSelect;

export type JobView = Pick<JobRow, keyof typeof jobSelect>;

export function toJob(row: JobView, timeZone: string): Job {
  return {
    ...row,
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

// Staff also read who the job is for, when it was created and how it was called off.
export const adminJobSelect = { ...jobSelect, customerId: true, cancelledAt: true, cancelledBy: true, createdAt: true } satisfies Prisma.JobSelect;
type AdminJobRow = Pick<JobRow, keyof typeof adminJobSelect>;

export function toAdminJob(row: AdminJobRow, timeZone: string): AdminJob {
  return { ...toJob(row, timeZone), customerId: row.customerId, cancelledAt: row.cancelledAt, cancelledBy: row.cancelledBy, createdAt: row.createdAt };
}
