import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { customerScope, type RequestContext } from '../context/context.js';
import { getCustomerJob } from '../jobs/jobs.service.js';
import { Job } from '../jobs/jobs.types.js';
import { signedLink } from '../platform/signed-links.js';
import { currentTenant } from '../platform/current-tenant.js';
import { calendarFeedStatus, createCalendarFeed, revokeCalendarFeed } from '../calendar/calendar.service.js';
import { availableSlots, bookableServices, bookAppointment, bookingOptions, cancelAppointment, rescheduleAppointment } from './booking.service.js';
import { changeDeadline, isWithinChangeWindow } from './change-window.js';
import { AvailableSlotsArgs, BookAppointmentInput, BookableService, BookingOptions, CalendarFeedStatus, CreatedCalendarFeed, SlotDay } from './booking.types.js';

function ownJob(ctx: RequestContext, id: string): Promise<Job> {
  return getCustomerJob(ctx, id);
}

@Resolver()
export class BookingPortalResolver {
  @Query(() => [BookableService], { description: 'Services the business lets customers book online.' })
  bookableServices(@Ctx() ctx: RequestContext): Promise<BookableService[]> {
    return bookableServices(ctx);
  }

  @Query(() => BookingOptions)
  bookingOptions(@Ctx() ctx: RequestContext): Promise<BookingOptions> {
    return bookingOptions(ctx);
  }

  @Query(() => [SlotDay], { description: 'Free start times per local day for a service, from and to inclusive (at most 62 days).' })
  availableSlots(@Ctx() ctx: RequestContext, @Args(() => AvailableSlotsArgs) args: AvailableSlotsArgs): Promise<SlotDay[]> {
    return availableSlots(ctx, args.serviceTypeId, args.from, args.to);
  }

  @Mutation(() => Job, { description: 'Books an offered slot: a scheduled job (instant mode) or an appointment request staff confirm (request mode).' })
  async bookAppointment(@Ctx() ctx: RequestContext, @Arg('input', () => BookAppointmentInput) input: BookAppointmentInput): Promise<Job> {
    return ownJob(ctx, await bookAppointment(ctx, input));
  }

  @Mutation(() => Job, { description: 'Moves an appointment to another offered slot, until the change window closes.' })
  async rescheduleAppointment(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('start', () => Date) start: Date): Promise<Job> {
    return ownJob(ctx, await rescheduleAppointment(ctx, id, start));
  }

  @Mutation(() => Job, { description: 'Cancels an appointment, until the change window closes.' })
  async cancelAppointment(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String, { nullable: true }) reason?: string | null,
  ): Promise<Job> {
    return ownJob(ctx, await cancelAppointment(ctx, id, reason));
  }

  @Query(() => CalendarFeedStatus, { description: "Whether the customer's calendar subscription URL is active." })
  calendarFeed(@Ctx() ctx: RequestContext): Promise<CalendarFeedStatus> {
    return calendarFeedStatus(customerScope(ctx));
  }

  @Mutation(() => CreatedCalendarFeed, { description: 'A new secret calendar subscription URL, shown only now; the previous one stops working.' })
  createCalendarFeed(@Ctx() ctx: RequestContext): Promise<CreatedCalendarFeed> {
    return createCalendarFeed(customerScope(ctx));
  }

  @Mutation(() => CalendarFeedStatus, { description: 'Stops the calendar subscription URL from working.' })
  revokeCalendarFeed(@Ctx() ctx: RequestContext): Promise<CalendarFeedStatus> {
    return revokeCalendarFeed(customerScope(ctx));
  }
}

/** Booking fields on the portal's Job (the jobs module owns the type). */
@Resolver(() => Job)
export class JobBookingFieldsResolver {
  @FieldResolver(() => Date, {
    description: 'Until when the customer may reschedule or cancel online: the change window, or the grace period after booking online when that ends later.',
  })
  async changeDeadline(@Ctx() ctx: RequestContext, @Root() job: Job): Promise<Date> {
    return changeDeadline(await currentTenant(ctx), job);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the customer may still reschedule or cancel online.' })
  async canChange(@Ctx() ctx: RequestContext, @Root() job: Job): Promise<boolean> {
    const tenant = await currentTenant(ctx);
    const open = job.status === 'scheduled' || job.status === 'requested';
    return tenant.featureBooking && open && isWithinChangeWindow(tenant, job, ctx.now());
  }

  @FieldResolver(() => String, { description: 'A short-lived link to this appointment as an .ics file.' })
  calendarFileUrl(@Ctx() ctx: RequestContext, @Root() job: Job): Promise<string> {
    return signedLink(ctx, 'appointment-ics', job.id);
  }
}
