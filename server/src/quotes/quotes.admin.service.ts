// The office's side of quotes: drafts and their versions, sending, revising, withdrawing and the
// manual conversion. Every change locks the quote row first, so two staff acting at once serialise.
import type { ScopedContext, StaffContext } from '../context/context.js';
import type { Tenant } from '../generated/prisma/client.js';
import { isId } from '../common/ids.js';
import { todayIn } from '../common/dates.js';
import { BadInput, Conflict, NotFound } from '../errors/errors.js';
import { currentTenant } from '../platform/current-tenant.js';
import { invoiceTotals } from '../invoices/invoice-numbers.js';
import { calendarDate } from '../invoices/invoice-dates.js';
import { nextQuoteNumber } from './quote-numbers.js';
import { mayMoveQuote, mayReviseQuote } from './quote-status.js';
import { defaultValidUntil } from './quote-validity.js';
import { clockOf, presentForStaff, toAdminQuote, visibleQuote, type QuoteWithVersions } from './quotes.service.js';
import { convertOnce } from './quote-conversion.js';
import { notifyQuoteSent } from './quote-emails.js';
import type { AdminQuote, CreateQuoteInput, QuoteContentInput, QuoteItemInput } from './quotes.types.js';

const MAX_TOTAL = 2_000_000_000;

/** The quote, locked for this transaction; NOT_FOUND for a malformed, foreign or missing id. */
export async function lockedQuote(ctx: ScopedContext, id: string): Promise<QuoteWithVersions> {
  if (!isId(id)) throw new NotFound('This quote');
  await ctx.tx.$queryRaw`SELECT 1 FROM quotes WHERE tenant_id = app_tenant() AND id = ${id}::uuid FOR UPDATE`;
  return visibleQuote(ctx, id);
}

function statusNotAllowed(what: string): Conflict {
  return new Conflict(`This quote cannot be ${what} in its current status.`, 'STATUS_NOT_ALLOWED');
}

/** Checks a draft's content; returns the validity date and deposit to store. */
function checkedContent(input: QuoteContentInput, tenant: Tenant, now: Date): { validUntil: Date; depositKind: 'NONE' | 'PERCENT' | 'FIXED'; depositValue: number } {
  if (input.options.length === 1) throw new BadInput('options', 'Give at least two options to choose from, or none.', 'ONE_OPTION');
  for (const [i, option] of input.options.entries()) {
    if (option.items.length === 0) throw new BadInput(`options.${i}.items`, 'Give each option at least one item.', 'EMPTY_OPTION');
  }
  if (input.commonItems.length === 0 && input.options.length === 0) throw new BadInput('commonItems', 'Add at least one item.', 'EMPTY_QUOTE');
  // The dearest selection must fit a 32-bit column.
  const dearest = Math.max(0, ...input.options.map((o) => invoiceTotals(o.items).totalMinor));
  if (invoiceTotals([...input.commonItems, ...input.optionalItems]).totalMinor + dearest > MAX_TOTAL)
    throw new BadInput('commonItems', 'The quote total is too large.', 'TOO_LARGE');
  const today = todayIn(tenant.timeZone, now);
  const validUntil = input.validUntil ?? defaultValidUntil(tenant.timeZone, now, tenant.quoteValidityDays);
  if (validUntil < today) throw new BadInput('validUntil', 'The validity date cannot be in the past.', 'VALID_UNTIL_PAST');
  const rule = input.depositRule ?? { kind: 'NONE' as const, value: 0 };
  if (rule.kind === 'NONE' && rule.value !== 0) throw new BadInput('depositRule.value', 'No deposit takes no amount.', 'INVALID_DEPOSIT');
  if (rule.kind === 'PERCENT' && (rule.value < 1 || rule.value > 10_000)) throw new BadInput('depositRule.value', 'Give a percentage between 0.01 % and 100 %.', 'INVALID_DEPOSIT');
  if (rule.kind === 'FIXED' && rule.value < 1) throw new BadInput('depositRule.value', 'Give the deposit amount.', 'INVALID_DEPOSIT');
  return { validUntil: calendarDate('validUntil', validUntil), depositKind: rule.kind, depositValue: rule.value };
}

function itemRows(items: QuoteItemInput[], kind: 'COMMON' | 'OPTIONAL' | 'OPTION', start: number) {
  return items.map((item, index) => ({
    kind,
    position: start + index,
    description: item.description.trim(),
    quantity: item.quantity,
    unitPriceMinor: item.unitPriceMinor,
    taxRateBp: item.taxRateBp,
    totalMinor: item.quantity * item.unitPriceMinor,
  }));
}

/** Writes a version's options and items (the version has none yet). */
async function writeContent(ctx: ScopedContext, tenantId: string, versionId: string, input: QuoteContentInput): Promise<void> {
  const { tx } = ctx;
  await tx.quoteItem.createMany({
    data: [...itemRows(input.commonItems, 'COMMON', 1), ...itemRows(input.optionalItems, 'OPTIONAL', 1001)].map((row) => ({ ...row, tenantId, versionId })),
  });
  for (const [index, option] of input.options.entries()) {
    const created = await tx.quoteOption.create({
      data: { tenantId, versionId, position: index + 1, name: option.name.trim(), description: option.description?.trim() || null },
    });
    await tx.quoteItem.createMany({ data: itemRows(option.items, 'OPTION', 1).map((row) => ({ ...row, tenantId, versionId, optionId: created.id })) });
  }
}

async function customerThing(ctx: StaffContext, customerId: string, input: CreateQuoteInput): Promise<void> {
  const { tx } = ctx;
  const own = (id: string) => ({ id, customerId });
  const checks = [
    ['siteId', input.siteId, (id: string) => tx.site.findFirst({ where: own(id), select: { id: true } }), 'NOT_CUSTOMER_SITE', 'site'],
    ['assetId', input.assetId, (id: string) => tx.asset.findFirst({ where: own(id), select: { id: true } }), 'NOT_CUSTOMER_ASSET', 'asset'],
    ['requestId', input.requestId, (id: string) => tx.serviceRequest.findFirst({ where: own(id), select: { id: true } }), 'NOT_CUSTOMER_REQUEST', 'request'],
    ['projectId', input.projectId, (id: string) => tx.project.findFirst({ where: own(id), select: { id: true } }), 'NOT_CUSTOMER_PROJECT', 'project'],
  ] as const;
  for (const [field, id, find, reason, what] of checks) {
    if (id == null) continue;
    const found = isId(id) ? await find(id) : null;
    if (!found) throw new BadInput(field, `This is not one of the customer's ${what}s.`, reason);
  }
}

export async function createQuote(ctx: StaffContext, input: CreateQuoteInput): Promise<AdminQuote> {
  const { tx } = ctx;
  const tenant = await currentTenant(ctx);
  const customer = isId(input.customerId) ? await tx.customer.findFirst({ where: { id: input.customerId }, select: { id: true } }) : null;
  if (!customer) throw new NotFound('This customer');
  await customerThing(ctx, customer.id, input);
  const content = checkedContent(input, tenant, ctx.now());
  const number = await nextQuoteNumber(ctx, tenant);
  const quote = await tx.quote.create({
    data: {
      tenantId: tenant.id,
      customerId: customer.id,
      siteId: input.siteId ?? null,
      assetId: input.assetId ?? null,
      requestId: input.requestId ?? null,
      projectId: input.projectId ?? null,
      number,
      currency: tenant.currency,
      createdAt: ctx.now(),
    },
  });
  const version = await tx.quoteVersion.create({
    data: {
      tenantId: tenant.id,
      quoteId: quote.id,
      version: 1,
      title: input.title.trim(),
      intro: input.intro?.trim() || null,
      terms: input.terms?.trim() || tenant.quoteDefaultTerms,
      ...content,
      createdAt: ctx.now(),
    },
  });
  await writeContent(ctx, tenant.id, version.id, input);
  return presentForStaff(ctx, await visibleQuote(ctx, quote.id));
}

function currentOf(row: QuoteWithVersions) {
  const current = row.versions.find((v) => v.version === row.currentVersion);
  if (!current) throw new NotFound('This quote');
  return current;
}

export async function updateQuoteDraft(ctx: StaffContext, id: string, input: QuoteContentInput): Promise<AdminQuote> {
  const { tx } = ctx;
  const tenant = await currentTenant(ctx);
  const row = await lockedQuote(ctx, id);
  const current = currentOf(row);
  if (current.sentAt || row.status === 'withdrawn' || row.status === 'approved' || row.status === 'converted') {
    throw new Conflict('Only a draft version can be changed: revise the quote to start a new version.', 'NOT_DRAFT');
  }
  const content = checkedContent(input, tenant, ctx.now());
  await tx.quoteItem.deleteMany({ where: { versionId: current.id } });
  await tx.quoteOption.deleteMany({ where: { versionId: current.id } });
  await tx.quoteVersion.update({
    where: { tenantId_id: { tenantId: tenant.id, id: current.id } },
    data: { title: input.title.trim(), intro: input.intro?.trim() || null, terms: input.terms?.trim() || tenant.quoteDefaultTerms, ...content },
  });
  await writeContent(ctx, tenant.id, current.id, input);
  // The quote's own row changes too, so its live event tells open pages to re-read it.
  await tx.quote.update({ where: { tenantId_id: { tenantId: tenant.id, id: row.id } }, data: { updatedAt: ctx.now() } });
  return presentForStaff(ctx, await visibleQuote(ctx, row.id));
}

export async function sendQuote(ctx: StaffContext, id: string): Promise<AdminQuote> {
  const { tx } = ctx;
  const tenant = await currentTenant(ctx);
  const row = await lockedQuote(ctx, id);
  const current = currentOf(row);
  const status = toAdminQuote(row, await clockOf(ctx)).status;
  if (!mayMoveQuote(status, 'sent')) throw statusNotAllowed('sent');
  if (current.sentAt) throw new Conflict('This version was sent already: revise the quote to send a new one.', 'NOT_DRAFT');
  if (todayIn(tenant.timeZone, ctx.now()) > current.validUntil.toISOString().slice(0, 10)) {
    throw new BadInput('validUntil', 'The validity date is in the past: change it before sending.', 'VALID_UNTIL_PAST');
  }
  const now = ctx.now();
  await tx.quoteVersion.update({ where: { tenantId_id: { tenantId: tenant.id, id: current.id } }, data: { sentAt: now } });
  await tx.quote.update({
    where: { tenantId_id: { tenantId: tenant.id, id: row.id } },
    // A new version clears what the customer had started on the previous one.
    data: { status: 'sent', sentVersion: current.version, sentAt: now, declinedAt: null, declineReason: null, signingRequestId: null, selectedOptionId: null, selectedItemIds: [] },
  });
  const sent = await visibleQuote(ctx, row.id);
  await notifyQuoteSent(ctx, tenant, sent);
  return presentForStaff(ctx, sent);
}

export async function reviseQuote(ctx: StaffContext, id: string): Promise<AdminQuote> {
  const { tx } = ctx;
  const row = await lockedQuote(ctx, id);
  const current = currentOf(row);
  const status = toAdminQuote(row, await clockOf(ctx)).status;
  if (!current.sentAt) throw new Conflict('The current version is still a draft: change it instead.', 'ALREADY_DRAFT');
  if (!mayReviseQuote(status)) throw statusNotAllowed('revised');
  const tenant = await currentTenant(ctx);
  const version = await tx.quoteVersion.create({
    data: {
      tenantId: row.tenantId,
      quoteId: row.id,
      version: row.currentVersion + 1,
      title: current.title,
      intro: current.intro,
      terms: current.terms,
      // The copy starts with a fresh validity when the old one has passed.
      validUntil:
        current.validUntil.toISOString().slice(0, 10) < todayIn(tenant.timeZone, ctx.now())
          ? calendarDate('validUntil', defaultValidUntil(tenant.timeZone, ctx.now(), tenant.quoteValidityDays))
          : current.validUntil,
      depositKind: current.depositKind,
      depositValue: current.depositValue,
      createdAt: ctx.now(),
    },
  });
  const optionIds = new Map<string, string>();
  for (const option of current.options) {
    const copy = await tx.quoteOption.create({
      data: { tenantId: row.tenantId, versionId: version.id, position: option.position, name: option.name, description: option.description },
    });
    optionIds.set(option.id, copy.id);
  }
  await tx.quoteItem.createMany({
    data: current.items.map((item) => ({
      tenantId: row.tenantId,
      versionId: version.id,
      optionId: item.optionId ? (optionIds.get(item.optionId) ?? null) : null,
      kind: item.kind,
      position: item.position,
      description: item.description,
      quantity: item.quantity,
      unitPriceMinor: item.unitPriceMinor,
      taxRateBp: item.taxRateBp,
      totalMinor: item.totalMinor,
    })),
  });
  await tx.quote.update({ where: { tenantId_id: { tenantId: row.tenantId, id: row.id } }, data: { currentVersion: version.version } });
  return presentForStaff(ctx, await visibleQuote(ctx, row.id));
}

export async function withdrawQuote(ctx: StaffContext, id: string): Promise<AdminQuote> {
  const row = await lockedQuote(ctx, id);
  const status = toAdminQuote(row, await clockOf(ctx)).status;
  if (!mayMoveQuote(status, 'withdrawn')) throw statusNotAllowed('withdrawn');
  await ctx.tx.quote.update({ where: { tenantId_id: { tenantId: row.tenantId, id: row.id } }, data: { status: 'withdrawn', withdrawnAt: ctx.now() } });
  return presentForStaff(ctx, await visibleQuote(ctx, row.id));
}

export async function convertQuote(ctx: StaffContext, id: string): Promise<AdminQuote> {
  const row = await lockedQuote(ctx, id);
  if (row.status !== 'approved' && row.status !== 'converted') throw statusNotAllowed('converted');
  await convertOnce(ctx, row.id);
  return presentForStaff(ctx, await visibleQuote(ctx, row.id));
}
