import { Arg, Args, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { CustomerContext } from '../context/context.js';
import { Allow, customer } from '../platform/door.js';
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

// The signed-in customer's own notifications; the same operations as the admin's, for customers.
@Resolver()
export class NotificationsPortalResolver {
  @Allow(customer)
  @Query(() => NotificationConnection, { description: 'Your notifications, newest first.' })
  myNotifications(@Ctx() ctx: CustomerContext, @Args(() => NotificationListArgs) args: NotificationListArgs): Promise<Connection<Notification>> {
    return myNotifications(ctx, args);
  }

  @Allow(customer)
  @Query(() => Int, { description: 'How many of your notifications are unread (the bell).' })
  myUnreadNotificationCount(@Ctx() ctx: CustomerContext): Promise<number> {
    return unreadNotificationCount(ctx);
  }

  @Allow(customer)
  @Mutation(() => Notification, { description: 'Marks one of your notifications read; NOT_FOUND for anyone else’s.' })
  markNotificationRead(@Ctx() ctx: CustomerContext, @Arg('id', () => ID) id: string): Promise<Notification> {
    return markNotificationRead(ctx, id);
  }

  @Allow(customer)
  @Mutation(() => NotificationsMarkedRead, { description: 'Marks all your notifications read.' })
  markAllNotificationsRead(@Ctx() ctx: CustomerContext): Promise<NotificationsMarkedRead> {
    return markAllNotificationsRead(ctx);
  }

  @Allow(customer)
  @Query(() => [NotificationPreference], { description: 'How each kind of notification reaches you: in the portal, by email, both or not at all.' })
  myNotificationPreferences(@Ctx() ctx: CustomerContext): Promise<NotificationPreference[]> {
    return myNotificationPreferences(ctx);
  }

  @Allow(customer)
  @Mutation(() => [NotificationPreference], { description: 'Changes how the kinds given reach you (always allowed); answers every kind.' })
  updateMyNotificationPreferences(
    @Ctx() ctx: CustomerContext,
    @Arg('input', () => NotificationPreferencesInput) input: NotificationPreferencesInput,
  ): Promise<NotificationPreference[]> {
    return updateMyNotificationPreferences(ctx, input);
  }
}
