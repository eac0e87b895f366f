import type { RequestContext } from '../context/context.js';
import type { Tx } from '../db/client.js';
import type { Job as JobRow, Prisma } from '../generated/prisma/client.js';
import { pageQuery, toConnection, type Connection } from '../common/pagination.js';
import { NotFound } from '../errors/errors.js';
import type { Job, JobListArgs, PartUsed } from './jobs.types.js';
import { isId } from '../common/ids.js';

// Only customer-visible columns are ever read for a customer.
const jobSelect = {
  id: true,
  title: true,
  status: true,
  scheduledStart: true,
  scheduledEnd: true,
  customerNotes: true,
  partsUsed: true,
  siteId: true,
  technicianId: true,
} satisfies Prisma.JobSelect;

type JobView = Pick<JobRow, keyof typeof jobSelect>;

export async function listCustomerJobs(ctx: RequestContext, tx: Tx, customerId: string, args: JobListArgs): Promise<Connection<Job>> {
  if (ctx.principal.kind === 'anonymous') throw new NotFound();
  const rows = await tx.job.findMany({
    where: { customerId, ...(args.status ? { status: args.status } : {}) },
    select: jobSelect,
    orderBy: [{ scheduledStart: 'desc' }, { id: 'desc' }],
    ...pageQuery(ctx.principal.tenantId, args),
  });
  return toConnection(rows, args, toJob);
}

export async function getCustomerJob(_ctx: RequestContext, tx: Tx, customerId: string, id: string): Promise<Job> {
  const row = isId(id) ? await tx.job.findFirst({ where: { id, customerId }, select: jobSelect }) : null;
  if (!row) throw new NotFound('This appointment');
  return toJob(row);
}

function toJob(row: JobView): Job {
  return { ...row, partsUsed: parseParts(row.partsUsed), technicianName: null };
}

function parseParts(value: Prisma.JsonValue): PartUsed[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    if (!item || typeof item !== 'object' || Array.isArray(item)) return [];
    const { name, quantity } = item as Record<string, unknown>;
    return typeof name === 'string' ? [{ name, quantity: typeof quantity === 'number' ? quantity : 1 }] : [];
  });
}
