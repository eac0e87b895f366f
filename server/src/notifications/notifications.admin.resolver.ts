import { Arg, Args, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { StaffContext } from '../context/context.js';
import { Allow, anyStaff } from '../platform/door.js';
import type { Connection } from '../common/pagination.js';
import {
  markAllNotificationsRead,
  markNotificationRead,
  myNotificationPreferences,
  myNotifications,
  unreadNotificationCount,
  updateMyNotificationPreferences,
} from './notifications.service.js';
import {
  Notification,
  NotificationConnection,
  NotificationListArgs,
  NotificationPreference,
  NotificationPreferencesInput,
  NotificationsMarkedRead,
} from './notifications.types.js';

// Each member of staff's own notifications (technicians too): nobody sees a colleague's.
@Resolver()
export class NotificationsAdminResolver {
  @Allow(anyStaff)
  @Query(() => NotificationConnection, { description: 'Your notifications, newest first.' })
  myNotifications(@Ctx() ctx: StaffContext, @Args(() => NotificationListArgs) args: NotificationListArgs): Promise<Connection<Notification>> {
    return myNotifications(ctx, args);
  }

  @Allow(anyStaff)
  @Query(() => Int, { description: 'How many of your notifications are unread (the bell).' })
  myUnreadNotificationCount(@Ctx() ctx: StaffContext): Promise<number> {
    return unreadNotificationCount(ctx);
  }

  @Allow(anyStaff)
  @Mutation(() => Notification, { description: 'Marks one of your notifications read; NOT_FOUND for anyone else’s.' })
  markNotificationRead(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string): Promise<Notification> {
    return markNotificationRead(ctx, id);
  }

  @Allow(anyStaff)
  @Mutation(() => NotificationsMarkedRead, { description: 'Marks all your notifications read.' })
  markAllNotificationsRead(@Ctx() ctx: StaffContext): Promise<NotificationsMarkedRead> {
    return markAllNotificationsRead(ctx);
  }

  @Allow(anyStaff)
  @Query(() => [NotificationPreference], { description: 'How each kind of notification reaches you: in the admin, by email, both or not at all.' })
  myNotificationPreferences(@Ctx() ctx: StaffContext): Promise<NotificationPreference[]> {
    return myNotificationPreferences(ctx);
  }

  @Allow(anyStaff)
  @Mutation(() => [NotificationPreference], { description: 'Changes how the kinds given reach you (always allowed); answers every kind.' })
  updateMyNotificationPreferences(
    @Ctx() ctx: StaffContext,
    @Arg('input', () => NotificationPreferencesInput) input: NotificationPreferencesInput,
  ): Promise<NotificationPreference[]> {
    return updateMyNotificationPreferences(ctx, input);
  }
}
