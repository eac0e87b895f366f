// Demo quotes (issue 20): a quote with its one version, options and items, as rows.
import type { Prisma } from '../../server/src/generated/prisma/client.js';
import { id } from './build.js';

type Line = [description: string, unitPriceMinor: number, taxRateBp?: number, quantity?: number];

export interface DemoQuoteSpec {
  tenantId: string;
  customerId: string;
  siteId: string | null;
  number: string;
  currency: string;
  title: string;
  intro: string;
  terms: string;
  validUntil: Date;
  deposit: { kind: 'NONE' | 'PERCENT' | 'FIXED'; value: number };
  common: Line[];
  options: { name: string; lines: Line[] }[];
  optional: Line[];
  sentAt: Date;
  /** An approved and converted quote: the option chosen (its index), its money and what it became. */
  converted?: { option: number; approvedAt: Date; totalMinor: number; jobId?: string; projectId?: string };
}

export interface QuoteRows {
  quotes: Prisma.QuoteCreateManyInput[];
  quoteVersions: Prisma.QuoteVersionCreateManyInput[];
  quoteOptions: Prisma.QuoteOptionCreateManyInput[];
  quoteItems: Prisma.QuoteItemCreateManyInput[];
}

export function demoQuotes(specs: DemoQuoteSpec[]): QuoteRows {
  const rows: QuoteRows = { quotes: [], quoteVersions: [], quoteOptions: [], quoteItems: [] };
  for (const q of specs) {
    const quoteId = id();
    const versionId = id();
    const optionIds = q.options.map(() => id());
    const item = (kind: 'COMMON' | 'OPTION' | 'OPTIONAL', optionId: string | null, position: number, [description, unitPriceMinor, taxRateBp = 0, quantity = 1]: Line) => ({
      id: id(),
      tenantId: q.tenantId,
      versionId,
      optionId,
      kind,
      position,
      description,
      quantity,
      unitPriceMinor,
      taxRateBp,
      totalMinor: quantity * unitPriceMinor,
    });
    rows.quotes.push({
      id: quoteId,
      tenantId: q.tenantId,
      customerId: q.customerId,
      siteId: q.siteId,
      number: q.number,
      status: q.converted ? 'converted' : 'sent',
      currency: q.currency,
      currentVersion: 1,
      sentVersion: 1,
      sentAt: q.sentAt,
      createdAt: q.sentAt,
      ...(q.converted
        ? {
            selectedOptionId: optionIds[q.converted.option] ?? null,
            signedVersion: 1,
            approvedAt: q.converted.approvedAt,
            convertedAt: q.converted.approvedAt,
            totalMinor: q.converted.totalMinor,
            convertedJobId: q.converted.jobId ?? null,
            convertedProjectId: q.converted.projectId ?? null,
          }
        : {}),
    });
    rows.quoteVersions.push({
      id: versionId,
      tenantId: q.tenantId,
      quoteId,
      version: 1,
      title: q.title,
      intro: q.intro,
      terms: q.terms,
      validUntil: q.validUntil,
      depositKind: q.deposit.kind,
      depositValue: q.deposit.value,
      sentAt: q.sentAt,
      createdAt: q.sentAt,
    });
    q.options.forEach((option, index) => {
      const optionId = optionIds[index] ?? id();
      rows.quoteOptions.push({ id: optionId, tenantId: q.tenantId, versionId, position: index + 1, name: option.name });
      option.lines.forEach((line, i) => rows.quoteItems.push(item('OPTION', optionId, i + 1, line)));
    });
    q.common.forEach((line, i) => rows.quoteItems.push(item('COMMON', null, i + 1, line)));
    q.optional.forEach((line, i) => rows.quoteItems.push(item('OPTIONAL', null, 1001 + i, line)));
  }
  return rows;
}
