import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../context/context.js';
import { createServiceAgreement, endServiceAgreement, listServiceAgreements, updateServiceAgreement } from './agreements.service.js';
import { CreateServiceAgreementInput, ServiceAgreement, ServiceAgreementChanges, ServiceAgreementConnection, ServiceAgreementListArgs } from './agreements.types.js';

@Resolver(() => ServiceAgreement)
export class AgreementAdminResolver {
  @Query(() => ServiceAgreementConnection, { description: 'Service agreements, newest first, optionally of one customer.' })
  serviceAgreements(@Ctx() ctx: RequestContext, @Args(() => ServiceAgreementListArgs) args: ServiceAgreementListArgs): Promise<ServiceAgreementConnection> {
    return listServiceAgreements(ctx, args);
  }

  @Mutation(() => ServiceAgreement, { description: 'A recurring price billed every `intervalMonths`, the first invoice on `startOn`.' })
  createServiceAgreement(@Ctx() ctx: RequestContext, @Arg('input', () => CreateServiceAgreementInput) input: CreateServiceAgreementInput): Promise<ServiceAgreement> {
    return createServiceAgreement(ctx, input);
  }

  @Mutation(() => ServiceAgreement, { description: 'Changes a running agreement from its next invoice on. CONFLICT once ended.' })
  updateServiceAgreement(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('changes', () => ServiceAgreementChanges) changes: ServiceAgreementChanges,
  ): Promise<ServiceAgreement> {
    return updateServiceAgreement(ctx, id, changes);
  }

  @Mutation(() => ServiceAgreement, { description: 'Stops future invoices. CONFLICT when already ended.' })
  endServiceAgreement(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<ServiceAgreement> {
    return endServiceAgreement(ctx, id);
  }
}
