// What a page read brings along with each invoice it lists (platform/page-read.ts), when the page
// shows it: the invoice's lines and the name of the agreement that generated it. They go into the
// request's loaders, where the Invoice field resolvers (lines, recurringLabel) find them.
import { Prisma } from '../generated/prisma/client.js';
import type { SignedInContext } from '../context/context.js';
import { rowOf, rowsOf, type PageSql } from '../platform/page-read.js';
import { invoiceLineSelect, keepAgreementNames, keepInvoiceLines } from './invoices.loaders.js';

const AGREEMENT = { id: true, name: true } as const;

/** Which relations of the listed invoices the page shows. */
export interface InvoicePreload {
  lines: boolean;
  recurringLabel: boolean;
}

/** The related rows of invoice `alias`, as extra keys of its `q.row` (row-level security applies to each). */
export function invoiceRelations(q: PageSql, alias: string, preload: InvoicePreload): Record<string, Prisma.Sql> {
  const i = Prisma.raw(alias);
  const relations: Record<string, Prisma.Sql> = {};
  if (preload.lines)
    relations.lines = q.list(
      q.row('InvoiceLine', 'l', invoiceLineSelect),
      Prisma.sql`FROM invoice_lines l WHERE l.tenant_id = ${i}.tenant_id AND l.invoice_id = ${i}.id`,
      Prisma.sql`l.position`,
    );
  if (preload.recurringLabel) {
    relations.agreement = q.one(q.row('ServiceAgreement', 'g', AGREEMENT), Prisma.sql`FROM service_agreements g WHERE g.tenant_id = ${i}.tenant_id AND g.id = ${i}.agreement_id`);
  }
  return relations;
}

interface InvoiceWithRelations {
  id: string;
  lines?: unknown;
  agreement?: unknown;
}

/** Keeps the relations a page read brought with its invoices for the field resolvers; returns the invoices. */
export function keepInvoiceRelations<I extends { id: string }>(ctx: SignedInContext, invoices: I[], preload: InvoicePreload): I[] {
  for (const invoice of invoices as (I & InvoiceWithRelations)[]) {
    if (preload.lines) keepInvoiceLines(ctx, invoice.id, rowsOf(ctx, 'InvoiceLine', invoiceLineSelect, invoice.lines));
  }
  if (preload.recurringLabel) {
    keepAgreementNames(
      ctx,
      (invoices as InvoiceWithRelations[]).flatMap((invoice) => rowOf(ctx, 'ServiceAgreement', AGREEMENT, invoice.agreement) ?? []),
    );
  }
  return invoices;
}
