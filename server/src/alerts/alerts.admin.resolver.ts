import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { StaffContext } from '../context/context.js';
import { Allow, managers, office } from '../platform/door.js';
import { attentionCounts, staffAlertSettings, updateStaffAlertSettings } from './alerts.service.js';
import { AttentionCounts, StaffAlertSetting, StaffAlertSettingsInput } from './alerts.types.js';

@Resolver()
export class AlertsAdminResolver {
  @Allow(managers)
  @Query(() => [StaffAlertSetting], { description: 'Which staff roles get each kind of staff notification.' })
  staffAlertSettings(@Ctx() ctx: StaffContext): Promise<StaffAlertSetting[]> {
    return staffAlertSettings(ctx);
  }

  @Allow(managers)
  @Mutation(() => [StaffAlertSetting], { description: 'Changes which staff roles get the kinds given; answers every kind.' })
  updateStaffAlertSettings(@Ctx() ctx: StaffContext, @Arg('input', () => StaffAlertSettingsInput) input: StaffAlertSettingsInput): Promise<StaffAlertSetting[]> {
    return updateStaffAlertSettings(ctx, input);
  }

  // The counts are the requests inbox's: office work, like the inbox itself (technicians: FORBIDDEN).
  @Allow(office)
  @Query(() => AttentionCounts, { description: 'What waits in the requests inbox (the navigation badge).' })
  attentionCounts(@Ctx() ctx: StaffContext): Promise<AttentionCounts> {
    return attentionCounts(ctx);
  }
}
