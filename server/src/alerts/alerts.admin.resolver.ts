import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../context/context.js';
import { attentionCounts, staffAlertSettings, updateStaffAlertSettings } from './alerts.service.js';
import { AttentionCounts, StaffAlertSetting, StaffAlertSettingsInput } from './alerts.types.js';

@Resolver()
export class AlertsAdminResolver {
  @Query(() => [StaffAlertSetting], { description: 'Which staff roles are emailed for each kind of alert.' })
  staffAlertSettings(@Ctx() ctx: RequestContext): Promise<StaffAlertSetting[]> {
    return staffAlertSettings(ctx);
  }

  @Mutation(() => [StaffAlertSetting], { description: 'Changes which staff roles are emailed for the kinds given; answers every kind.' })
  updateStaffAlertSettings(@Ctx() ctx: RequestContext, @Arg('input', () => StaffAlertSettingsInput) input: StaffAlertSettingsInput): Promise<StaffAlertSetting[]> {
    return updateStaffAlertSettings(ctx, input);
  }

  @Query(() => AttentionCounts, { description: 'What waits in the requests inbox (the navigation badge).' })
  attentionCounts(@Ctx() ctx: RequestContext): Promise<AttentionCounts> {
    return attentionCounts(ctx);
  }
}
