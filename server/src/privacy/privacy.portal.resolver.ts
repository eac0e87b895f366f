import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { CustomerContext, RequestContext } from '../context/context.js';
import { Allow, customer } from '../platform/door.js';
import { signedLink } from '../platform/signed-links.js';
import { acceptPrivacyNotice, privacyNotice, privacyOverview, requestDataExport, requestErasure } from './privacy.service.js';
import { PrivacyNotice, PrivacyOverview, PrivacyRequest } from './privacy.types.js';

@Resolver(() => PrivacyRequest)
export class PrivacyPortalResolver {
  @Allow(customer)
  @Query(() => PrivacyNotice, { description: "The business's privacy notice and whether you have accepted its current version." })
  privacyNotice(@Ctx() ctx: CustomerContext): Promise<PrivacyNotice> {
    return privacyNotice(ctx);
  }

  @Allow(customer)
  @Query(() => PrivacyOverview, { description: 'The Privacy page: the notice, your exports and erasure requests, and whether erasure is blocked.' })
  privacy(@Ctx() ctx: CustomerContext): Promise<PrivacyOverview> {
    return privacyOverview(ctx);
  }

  @Allow(customer)
  @Mutation(() => PrivacyNotice, { description: 'Records that you accepted this version of the privacy notice. CONFLICT (reason STALE_VERSION) when the notice changed.' })
  acceptPrivacyNotice(@Ctx() ctx: CustomerContext, @Arg('version', () => Int) version: number): Promise<PrivacyNotice> {
    return acceptPrivacyNotice(ctx, version);
  }

  @Allow(customer)
  @Mutation(() => PrivacyRequest, {
    description:
      'Asks for a copy of your data (wholeAccount: the whole account, primary contact only: FORBIDDEN reason PRIMARY_ONLY otherwise). It is emailed when ready. CONFLICT (reason EXPORT_PENDING) while one you asked for is still being prepared.',
  })
  requestDataExport(@Ctx() ctx: CustomerContext, @Arg('wholeAccount', () => Boolean) wholeAccount: boolean): Promise<PrivacyRequest> {
    return requestDataExport(ctx, wholeAccount);
  }

  @Allow(customer)
  @Mutation(() => PrivacyRequest, {
    description:
      'Asks the business to delete your account and personal data (primary contact only: FORBIDDEN reason PRIMARY_ONLY). CONFLICT with reason ERASURE_BLOCKED_UNPAID (an invoice is unpaid), ERASURE_BLOCKED_CONTRACT (an agreement, contract, project or appointment is running) or ERASURE_PENDING.',
  })
  requestErasure(@Ctx() ctx: CustomerContext): Promise<PrivacyRequest> {
    return requestErasure(ctx);
  }

  @FieldResolver(() => String, { nullable: true, description: "A ready export's download link (valid five minutes; ask again for a new one), null otherwise." })
  downloadUrl(@Ctx() ctx: RequestContext, @Root() request: PrivacyRequest): Promise<string> | null {
    return privacyDownloadUrl(ctx, request);
  }
}

export function privacyDownloadUrl(ctx: RequestContext, request: PrivacyRequest): Promise<string> | null {
  if (request.kind !== 'export' || request.status !== 'ready' || !request.expiresAt || request.expiresAt <= ctx.now()) return null;
  return signedLink(ctx, 'privacy-export', request.id);
}
