// What customers call for bank debits in the sandbox and for saving payment methods there.
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { CustomerContext } from '../context/context.js';
import { Allow, contactMay } from '../platform/door.js';
import { Payment, SavedPaymentMethod } from './payments.types.js';
import { ConfirmSandboxBankPaymentInput, SaveSandboxBankAccountInput, SaveSandboxCardInput } from './payments-ii.types.js';
import { confirmSandboxBankPayment } from './bank-payments.service.js';
import { saveSandboxBankAccount, saveSandboxCard } from './saved-methods.service.js';

@Resolver(() => Payment)
export class PaymentsIIPortalResolver {
  @Allow(contactMay('invoices'), { feature: 'invoices' })
  @Mutation(() => Payment, {
    description:
      'Sandbox only: pays by bank debit from a test account. Answers status processing (the invoice shows paymentProcessing); the worker settles it a few minutes later: succeeded, or failed with the return code in words.',
  })
  confirmSandboxBankPayment(@Ctx() ctx: CustomerContext, @Arg('input', () => ConfirmSandboxBankPaymentInput) input: ConfirmSandboxBankPaymentInput): Promise<Payment> {
    return confirmSandboxBankPayment(ctx, input);
  }

  @Allow(contactMay('invoices'), { feature: 'invoices' })
  @Mutation(() => SavedPaymentMethod, { description: 'Sandbox only: saves a test card for autopay without paying (4000 0000 0000 0341 saves but declines when charged).' })
  saveSandboxCard(@Ctx() ctx: CustomerContext, @Arg('input', () => SaveSandboxCardInput) input: SaveSandboxCardInput): Promise<SavedPaymentMethod> {
    return saveSandboxCard(ctx, input);
  }

  @Allow(contactMay('invoices'), { feature: 'invoices' })
  @Mutation(() => SavedPaymentMethod, { description: 'Sandbox only: saves a test bank account (mandate accepted) for autopay.' })
  saveSandboxBankAccount(@Ctx() ctx: CustomerContext, @Arg('input', () => SaveSandboxBankAccountInput) input: SaveSandboxBankAccountInput): Promise<SavedPaymentMethod> {
    return saveSandboxBankAccount(ctx, input);
  }
}
