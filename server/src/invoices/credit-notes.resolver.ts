// Credit notes: staff issue them (admin); both endpoints list an invoice's and link their PDF.
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext, StaffContext } from '../context/context.js';
import { Allow, managers } from '../platform/door.js';
import { signedLink } from '../platform/signed-links.js';
import { Invoice } from './invoices.types.js';
import { CreditNote, IssueCreditNoteInput, IssueCreditNotePayload } from './credit-notes.types.js';
import { issueCreditNote } from './credit-notes.service.js';
import { invoiceCreditNotes } from './invoices.loaders.js';

@Resolver(() => CreditNote)
export class CreditNoteAdminResolver {
  @Allow(managers)
  @Mutation(() => IssueCreditNotePayload, {
    description: 'Takes an amount (at most the balance due) off an issued invoice, with a reason the customer reads; numbered, with a PDF.',
  })
  issueCreditNote(@Ctx() ctx: StaffContext, @Arg('input', () => IssueCreditNoteInput) input: IssueCreditNoteInput): Promise<IssueCreditNotePayload> {
    return issueCreditNote(ctx, input);
  }
}

@Resolver(() => CreditNote)
export class CreditNoteFieldsResolver {
  @FieldResolver(() => String, { description: 'A link to the credit note as a PDF, valid for 5 minutes and only for the session that asked for it.' })
  pdfUrl(@Ctx() ctx: RequestContext, @Root() note: CreditNote): Promise<string> {
    return signedLink(ctx, 'credit-note-pdf', note.id);
  }
}

@Resolver(() => Invoice)
export class InvoiceCreditNotesResolver {
  @FieldResolver(() => [CreditNote], { description: 'Credit notes issued against this invoice, oldest first.' })
  creditNotes(@Ctx() ctx: RequestContext, @Root() invoice: Invoice): Promise<CreditNote[]> {
    return invoiceCreditNotes(ctx, invoice.id);
  }
}
