import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { StaffContext } from '../context/context.js';
import { Allow, managers } from '../platform/door.js';
import { createServiceAgreement, endServiceAgreement, listServiceAgreements, updateServiceAgreement } from './agreements.service.js';
import { CreateServiceAgreementInput, ServiceAgreement, ServiceAgreementChanges, ServiceAgreementConnection, ServiceAgreementListArgs } from './agreements.types.js';

@Resolver(() => ServiceAgreement)
export class AgreementAdminResolver {
  @Allow(managers)
  @Query(() => ServiceAgreementConnection, { description: 'Service agreements, newest first, optionally of one customer.' })
  serviceAgreements(@Ctx() ctx: StaffContext, @Args(() => ServiceAgreementListArgs) args: ServiceAgreementListArgs): Promise<ServiceAgreementConnection> {
    return listServiceAgreements(ctx, args);
  }

  @Allow(managers)
  @Mutation(() => ServiceAgreement, { description: 'A recurring price billed every `intervalMonths`, the first invoice on `startOn`.' })
  createServiceAgreement(@Ctx() ctx: StaffContext, @Arg('input', () => CreateServiceAgreementInput) input: CreateServiceAgreementInput): Promise<ServiceAgreement> {
    return createServiceAgreement(ctx, input);
  }

  @Allow(managers)
  @Mutation(() => ServiceAgreement, { description: 'Changes a running agreement from its next invoice on. CONFLICT once ended.' })
  updateServiceAgreement(
    @Ctx() ctx: StaffContext,
    @Arg('id', () => ID) id: string,
    @Arg('changes', () => ServiceAgreementChanges) changes: ServiceAgreementChanges,
  ): Promise<ServiceAgreement> {
    return updateServiceAgreement(ctx, id, changes);
  }

  @Allow(managers)
  @Mutation(() => ServiceAgreement, { description: 'Stops future invoices. CONFLICT when already ended.' })
  endServiceAgreement(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string): Promise<ServiceAgreement> {
    return endServiceAgreement(ctx, id);
  }
}
