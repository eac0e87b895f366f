import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext, StaffContext } from '../context/context.js';
import { Allow, managers, office } from '../platform/door.js';
import { PrivacyRequestStatus } from '../generated/prisma/enums.js';
import { confirmErasure, listPrivacyRequests, privacySettings, rejectErasure, runCustomerDataExport, updatePrivacySettings } from './privacy.admin.service.js';
import { privacyDownloadUrl } from './privacy.portal.resolver.js';
import { AdminPrivacyRequest, PrivacySettings, PrivacySettingsInput } from './privacy.types.js';

@Resolver(() => AdminPrivacyRequest)
export class PrivacyAdminResolver {
  @Allow(office)
  @Query(() => [AdminPrivacyRequest], { description: 'Export and erasure requests, newest first; filter by status and/or customer.' })
  privacyRequests(
    @Ctx() ctx: StaffContext,
    @Arg('status', () => PrivacyRequestStatus, { nullable: true }) status: PrivacyRequestStatus | null,
    @Arg('customerId', () => ID, { nullable: true }) customerId: string | null,
  ): Promise<AdminPrivacyRequest[]> {
    return listPrivacyRequests(ctx, { status: status ?? null, customerId: customerId ?? null });
  }

  @Allow(office)
  @Mutation(() => AdminPrivacyRequest, {
    description: "Exports a customer's data for them (emailed to you when ready). CONFLICT (reason EXPORT_PENDING) while yours is being prepared.",
  })
  runCustomerDataExport(@Ctx() ctx: StaffContext, @Arg('customerId', () => ID) customerId: string): Promise<AdminPrivacyRequest> {
    return runCustomerDataExport(ctx, customerId);
  }

  @Allow(managers)
  @Mutation(() => AdminPrivacyRequest, {
    description: 'Carries out an erasure request now. CONFLICT with reason ERASURE_BLOCKED_UNPAID or ERASURE_BLOCKED_CONTRACT while something blocks it, NOT_PENDING once decided.',
  })
  confirmErasure(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string): Promise<AdminPrivacyRequest> {
    return confirmErasure(ctx, id);
  }

  @Allow(managers)
  @Mutation(() => AdminPrivacyRequest, { description: 'Rejects an erasure request, saying why (shown to the customer).' })
  rejectErasure(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string, @Arg('reason') reason: string): Promise<AdminPrivacyRequest> {
    return rejectErasure(ctx, id, reason);
  }

  @Allow(managers)
  @Query(() => PrivacySettings, { description: "The business's privacy notice and periods." })
  privacySettings(@Ctx() ctx: StaffContext): Promise<PrivacySettings> {
    return privacySettings(ctx);
  }

  @Allow(managers)
  @Mutation(() => PrivacySettings, { description: 'Changes the privacy settings. BAD_USER_INPUT (reason OUT_OF_RANGE) outside the allowed ranges.' })
  updatePrivacySettings(@Ctx() ctx: StaffContext, @Arg('input', () => PrivacySettingsInput) input: PrivacySettingsInput): Promise<PrivacySettings> {
    return updatePrivacySettings(ctx, input);
  }

  @FieldResolver(() => String, { nullable: true, description: "A ready export's download link (valid five minutes), null otherwise." })
  downloadUrl(@Ctx() ctx: RequestContext, @Root() request: AdminPrivacyRequest): Promise<string> | null {
    return privacyDownloadUrl(ctx, request);
  }
}
