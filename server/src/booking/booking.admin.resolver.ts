import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, Mutation, Query, Resolver } from 'type-graphql';
import type { StaffContext } from '../context/context.js';
import { Allow, managers, office } from '../platform/door.js';
import { AdminJob, AdminJobConnection } from '../jobs/jobs.admin.types.js';
import { addClosedDate, bookingSettings, createServiceType, listServiceTypes, removeClosedDate, updateBookingSettings, updateServiceType } from './booking.settings.service.js';
import { appointmentRequests, confirmAppointment, declineAppointment } from './booking.staff.service.js';
import { AdminServiceType, AppointmentRequestArgs, BookingSettings, BookingSettingsInput, ClosedDay, ServiceTypeInput } from './booking.types.js';
import { readRootField } from '../platform/operation-read.js';
import { serviceTypesPart } from './service-types.page.js';

// The rules are for owners and admins; dispatchers read the service types (and their qualified
// technicians) to plan jobs and handle the appointment requests.
@Resolver()
export class BookingRulesAdminResolver {
  @Allow(managers)
  @Query(() => BookingSettings)
  bookingSettings(@Ctx() ctx: StaffContext): Promise<BookingSettings> {
    return bookingSettings(ctx);
  }

  @Allow(managers)
  @Mutation(() => BookingSettings)
  updateBookingSettings(@Ctx() ctx: StaffContext, @Arg('input', () => BookingSettingsInput) input: BookingSettingsInput): Promise<BookingSettings> {
    return updateBookingSettings(ctx, input);
  }

  @Allow(managers)
  @Mutation(() => ClosedDay, { description: 'Closes a day to online booking (YYYY-MM-DD); adding it again changes its label.' })
  addClosedDate(@Ctx() ctx: StaffContext, @Arg('date', () => String) date: string, @Arg('label', () => String, { nullable: true }) label?: string | null): Promise<ClosedDay> {
    return addClosedDate(ctx, date, label);
  }

  @Allow(managers)
  @Mutation(() => Boolean)
  removeClosedDate(@Ctx() ctx: StaffContext, @Arg('date', () => String) date: string): Promise<boolean> {
    return removeClosedDate(ctx, date);
  }

  @Allow(office)
  @Query(() => [AdminServiceType])
  serviceTypes(@Ctx() ctx: StaffContext, @Info() info: GraphQLResolveInfo): Promise<AdminServiceType[]> {
    return readRootField(ctx, info, serviceTypesPart, {}, () => listServiceTypes(ctx));
  }

  @Allow(managers)
  @Mutation(() => AdminServiceType)
  createServiceType(@Ctx() ctx: StaffContext, @Arg('input', () => ServiceTypeInput) input: ServiceTypeInput): Promise<AdminServiceType> {
    return createServiceType(ctx, input);
  }

  @Allow(managers)
  @Mutation(() => AdminServiceType)
  updateServiceType(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string, @Arg('input', () => ServiceTypeInput) input: ServiceTypeInput): Promise<AdminServiceType> {
    return updateServiceType(ctx, id, input);
  }
}

/** Appointment requests: jobs in status requested, answered as AdminJob like every job. */
@Resolver()
export class AppointmentAdminResolver {
  @Allow(office)
  @Query(() => AdminJobConnection, { description: 'Appointment requests waiting for staff, soonest first.' })
  appointmentRequests(@Ctx() ctx: StaffContext, @Args(() => AppointmentRequestArgs) args: AppointmentRequestArgs): Promise<AdminJobConnection> {
    return appointmentRequests(ctx, args);
  }

  @Allow(office)
  @Mutation(() => AdminJob, { description: 'Confirms a request as asked, or at `start`; picks a free qualified technician unless one is named.' })
  confirmAppointment(
    @Ctx() ctx: StaffContext,
    @Arg('id', () => ID) id: string,
    @Arg('start', () => Date, { nullable: true }) start?: Date | null,
    @Arg('technicianId', () => ID, { nullable: true }) technicianId?: string | null,
  ): Promise<AdminJob> {
    return confirmAppointment(ctx, id, start, technicianId);
  }

  @Allow(office)
  @Mutation(() => AdminJob)
  declineAppointment(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string): Promise<AdminJob> {
    return declineAppointment(ctx, id, reason);
  }
}
