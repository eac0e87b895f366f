import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { CustomerContext } from '../context/context.js';
import { Allow, contactMay } from '../platform/door.js';
import { Job } from '../jobs/jobs.types.js';
import { signedLink } from '../platform/signed-links.js';
import { currentTenant } from '../platform/current-tenant.js';
import { calendarFeedStatus, createCalendarFeed, revokeCalendarFeed } from '../calendar/calendar.service.js';
import { availableSlots, bookableServices, bookAppointment, bookingOptions, cancelAppointment, canChangeOnline, rescheduleAppointment } from './booking.service.js';
import { cancellationDeadline } from './cancellation-window.js';
import { AvailableSlotsArgs, BookAppointmentInput, BookableService, BookingOptions, CalendarFeedStatus, CreatedCalendarFeed, SlotDay } from './booking.types.js';

// Everything here needs the business to take bookings online (FORBIDDEN, reason FEATURE_OFF, otherwise).
@Resolver()
export class BookingPortalResolver {
  @Allow(contactMay('appointments'), { feature: 'booking' })
  @Query(() => [BookableService], { description: 'Services the business lets customers book online.' })
  bookableServices(@Ctx() ctx: CustomerContext): Promise<BookableService[]> {
    return bookableServices(ctx);
  }

  @Allow(contactMay('appointments'), { feature: 'booking' })
  @Query(() => BookingOptions)
  bookingOptions(@Ctx() ctx: CustomerContext): Promise<BookingOptions> {
    return bookingOptions(ctx);
  }

  @Allow(contactMay('appointments'), { feature: 'booking' })
  @Query(() => [SlotDay], { description: 'Free start times per local day for a service, from and to inclusive (at most 62 days).' })
  availableSlots(@Ctx() ctx: CustomerContext, @Args(() => AvailableSlotsArgs) args: AvailableSlotsArgs): Promise<SlotDay[]> {
    return availableSlots(ctx, args.serviceTypeId, args.from, args.to);
  }

  @Allow(contactMay('appointments'), { feature: 'booking' })
  @Mutation(() => Job, { description: 'Books an offered slot: a scheduled job (instant mode) or an appointment request staff confirm (request mode).' })
  bookAppointment(@Ctx() ctx: CustomerContext, @Arg('input', () => BookAppointmentInput) input: BookAppointmentInput): Promise<Job> {
    return bookAppointment(ctx, input);
  }

  @Allow(contactMay('appointments'), { feature: 'booking' })
  @Mutation(() => Job, { description: 'Moves an appointment to another offered slot, until the change window closes.' })
  rescheduleAppointment(@Ctx() ctx: CustomerContext, @Arg('id', () => ID) id: string, @Arg('start', () => Date) start: Date): Promise<Job> {
    return rescheduleAppointment(ctx, id, start);
  }

  @Allow(contactMay('appointments'), { feature: 'booking' })
  @Mutation(() => Job, { description: 'Cancels an appointment, until the change window closes.' })
  cancelAppointment(@Ctx() ctx: CustomerContext, @Arg('id', () => ID) id: string, @Arg('reason', () => String, { nullable: true }) reason?: string | null): Promise<Job> {
    return cancelAppointment(ctx, id, reason);
  }

  @Allow(contactMay('appointments'), { feature: 'booking' })
  @Query(() => CalendarFeedStatus, { description: "Whether the customer's calendar subscription URL is active." })
  calendarFeed(@Ctx() ctx: CustomerContext): Promise<CalendarFeedStatus> {
    return calendarFeedStatus(ctx);
  }

  @Allow(contactMay('appointments'), { feature: 'booking' })
  @Mutation(() => CreatedCalendarFeed, { description: 'A new secret calendar subscription URL, shown only now; the previous one stops working.' })
  createCalendarFeed(@Ctx() ctx: CustomerContext): Promise<CreatedCalendarFeed> {
    return createCalendarFeed(ctx);
  }

  @Allow(contactMay('appointments'), { feature: 'booking' })
  @Mutation(() => CalendarFeedStatus, { description: 'Stops the calendar subscription URL from working.' })
  revokeCalendarFeed(@Ctx() ctx: CustomerContext): Promise<CalendarFeedStatus> {
    return revokeCalendarFeed(ctx);
  }
}

/** Booking fields on the portal's Job (the jobs module owns the type). */
@Resolver(() => Job)
export class JobBookingFieldsResolver {
  @FieldResolver(() => Date, {
    description: 'Until when the customer may reschedule or cancel online: the change window, or the grace period after booking online when that ends later.',
  })
  async changeDeadline(@Ctx() ctx: CustomerContext, @Root() job: Job): Promise<Date> {
    return cancellationDeadline(await currentTenant(ctx), job);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the customer may still reschedule or cancel online.' })
  canChange(@Ctx() ctx: CustomerContext, @Root() job: Job): Promise<boolean> {
    return canChangeOnline(ctx, job);
  }

  @FieldResolver(() => String, { description: 'A short-lived link to this appointment as an .ics file.' })
  calendarFileUrl(@Ctx() ctx: CustomerContext, @Root() job: Job): Promise<string> {
    return signedLink(ctx, 'appointment-ics', job.id);
  }
}
