import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import type { StaffContext } from '../context/context.js';
import { Allow, managers } from '../platform/door.js';
import { PageArgs } from '../common/pagination.js';
import { auditLog } from './audit-log.service.js';
import { auditLogCsvUrl } from './audit-export.js';
import { AuditEntryConnection, AuditLogFilter } from './audit-log.types.js';

@Resolver()
export class AuditAdminResolver {
  @Allow(managers)
  @Query(() => AuditEntryConnection, { description: "The business's audit log, newest first: every recorded action, sign-in and document access (owners and admins)." })
  auditLog(
    @Ctx() ctx: StaffContext,
    @Arg('filter', () => AuditLogFilter, { nullable: true }) filter: AuditLogFilter | null,
    @Args(() => PageArgs) args: PageArgs,
  ): Promise<AuditEntryConnection> {
    return auditLog(ctx, filter, args);
  }

  @Allow(managers)
  @Query(() => String, { description: 'A link to the audit log filtered so, as a CSV file; valid for 5 minutes and only for the session that asked for it.' })
  auditLogCsvUrl(@Ctx() ctx: StaffContext, @Arg('filter', () => AuditLogFilter, { nullable: true }) filter: AuditLogFilter | null): Promise<string> {
    return auditLogCsvUrl(ctx, filter);
  }
}
