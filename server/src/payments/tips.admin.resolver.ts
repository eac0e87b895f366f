import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { StaffContext } from '../context/context.js';
import { Allow, managers } from '../platform/door.js';
import { TipsReport, TipsReportArgs } from './payments-ii.types.js';
import { tipsReport } from './tips.service.js';

@Resolver(() => TipsReport)
export class TipsAdminResolver {
  @Allow(managers)
  @Query(() => TipsReport, { description: 'Tips received between two days (business time zone, inclusive), per technician; refunded tips are taken off.' })
  tipsReport(@Ctx() ctx: StaffContext, @Args(() => TipsReportArgs) args: TipsReportArgs): Promise<TipsReport> {
    return tipsReport(ctx, args);
  }
}
