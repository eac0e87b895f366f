// Converting an approved quote, exactly once, into a job or a project (the business's
// quoteConversion), linked back to the quote. A job is an appointment request the office then
// schedules (status requested, no technician), at the quote's site (else the customer's first),
// for the business's first active service; its description lists what was chosen. A project
// carries the approved total as its contract value. The move from approved to converted is a
// conditional update, so of two calls at once only the first creates anything.
import type { ScopedContext } from '../context/context.js';
import { todayIn } from '../common/dates.js';
import { Conflict } from '../errors/errors.js';
import { scopeTenant } from '../platform/current-tenant.js';
import { selectedItems } from './quote-math.js';
import { contentOf, type QuoteWithVersions } from './quotes.service.js';

/** What the customer chose, one line per item ("2 × Thermostat"). */
function chosenLines(quote: QuoteWithVersions): string[] {
  const version = quote.versions.find((v) => v.version === (quote.signedVersion ?? quote.sentVersion));
  if (!version) return [];
  const ids = new Set(selectedItems(contentOf(version), { optionId: quote.selectedOptionId, optionalItemIds: quote.selectedItemIds }).map((i) => i.id));
  const option = version.options.find((o) => o.id === quote.selectedOptionId);
  const items = version.items.filter((i) => ids.has(i.id)).map((i) => `${i.quantity} × ${i.description}`);
  return option ? [`${option.name}:`, ...items] : items;
}

function titleOf(quote: QuoteWithVersions): string {
  const version = quote.versions.find((v) => v.version === (quote.signedVersion ?? quote.sentVersion ?? quote.currentVersion));
  return version?.title ?? quote.number;
}

/**
 * Converts the approved quote unless it was converted already; in a scope that may write jobs and
 * projects (staff or system). Lock the quote first (the callers do).
 */
export async function convertOnce(ctx: ScopedContext, quoteId: string): Promise<void> {
  const { tx } = ctx;
  const now = ctx.now();
  const claimed = await tx.quote.updateMany({ where: { id: quoteId, status: 'approved' }, data: { status: 'converted', convertedAt: now } });
  if (claimed.count === 0) return;
  const quote = await tx.quote.findFirstOrThrow({ where: { id: quoteId }, include: { versions: { include: { options: true, items: true } } } });
  const tenant = await scopeTenant(ctx);
  const title = titleOf(quote).slice(0, 200);
  const description = [quote.number, ...chosenLines(quote)].join('\n').slice(0, 5000);
  const siteId =
    quote.siteId ?? (await tx.site.findFirst({ where: { customerId: quote.customerId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { id: true } }))?.id ?? null;
  if (tenant.quoteConversion === 'PROJECT') {
    const today = todayIn(tenant.timeZone, now);
    const start = new Date(`${today}T00:00:00Z`);
    const project = await tx.project.create({
      data: {
        tenantId: tenant.id,
        customerId: quote.customerId,
        siteId,
        name: title,
        description,
        contractValueMinor: quote.totalMinor ?? 0,
        currency: quote.currency,
        startDate: start,
        targetEndDate: start,
        createdAt: now,
      },
      select: { id: true },
    });
    await tx.quote.update({ where: { tenantId_id: { tenantId: tenant.id, id: quote.id } }, data: { convertedProjectId: project.id } });
    return;
  }
  if (!siteId) throw new Conflict('The customer has no service address for the job: add one, then convert the quote.', 'NO_SITE');
  const service = await tx.serviceType.findFirst({ where: { active: true }, orderBy: [{ name: 'asc' }, { id: 'asc' }], select: { id: true, durationMinutes: true } });
  if (!service) throw new Conflict('The business has no active service for the job: add one, then convert the quote.', 'NO_SERVICE');
  // A request to schedule: the office confirms it with a time (its placeholder time is tomorrow).
  const start = new Date(now.getTime() + 86_400_000);
  const job = await tx.job.create({
    data: {
      tenantId: tenant.id,
      customerId: quote.customerId,
      siteId,
      serviceTypeId: service.id,
      assetId: quote.assetId,
      status: 'requested',
      title,
      description,
      scheduledStart: start,
      scheduledEnd: new Date(start.getTime() + service.durationMinutes * 60_000),
      projectId: quote.projectId,
      createdAt: now,
    },
    select: { id: true },
  });
  await tx.quote.update({ where: { tenantId_id: { tenantId: tenant.id, id: quote.id } }, data: { convertedJobId: job.id } });
}
