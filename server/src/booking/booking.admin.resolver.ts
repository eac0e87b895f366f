import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../context/context.js';
import { staffNameById } from '../jobs/jobs.loaders.js';
import { addClosedDate, bookingSettings, createServiceType, listServiceTypes, removeClosedDate, updateBookingSettings, updateServiceType } from './booking.settings.service.js';
import { appointmentRequests, cancelJob, confirmAppointment, declineAppointment, rescheduleJob } from './booking.staff.service.js';
import { serviceTypeNameOf } from './booking.loaders.js';
import { customerNameById } from '../customers/customers.loaders.js';
import {
  AdminServiceType,
  Appointment,
  AppointmentConnection,
  AppointmentRequestArgs,
  BookingSettings,
  BookingSettingsInput,
  ClosedDay,
  ServiceTypeInput,
} from './booking.types.js';

@Resolver()
export class BookingRulesAdminResolver {
  @Query(() => BookingSettings)
  bookingSettings(@Ctx() ctx: RequestContext): Promise<BookingSettings> {
    return bookingSettings(ctx);
  }

  @Mutation(() => BookingSettings)
  updateBookingSettings(@Ctx() ctx: RequestContext, @Arg('input', () => BookingSettingsInput) input: BookingSettingsInput): Promise<BookingSettings> {
    return updateBookingSettings(ctx, input);
  }

  @Mutation(() => ClosedDay, { description: 'Closes a day to online booking (YYYY-MM-DD); adding it again changes its label.' })
  addClosedDate(
    @Ctx() ctx: RequestContext,
    @Arg('date', () => String) date: string,
    @Arg('label', () => String, { nullable: true }) label?: string | null,
  ): Promise<ClosedDay> {
    return addClosedDate(ctx, date, label);
  }

  @Mutation(() => Boolean)
  removeClosedDate(@Ctx() ctx: RequestContext, @Arg('date', () => String) date: string): Promise<boolean> {
    return removeClosedDate(ctx, date);
  }

  @Query(() => [AdminServiceType])
  serviceTypes(@Ctx() ctx: RequestContext): Promise<AdminServiceType[]> {
    return listServiceTypes(ctx);
  }

  @Mutation(() => AdminServiceType)
  createServiceType(@Ctx() ctx: RequestContext, @Arg('input', () => ServiceTypeInput) input: ServiceTypeInput): Promise<AdminServiceType> {
    return createServiceType(ctx, input);
  }

  @Mutation(() => AdminServiceType)
  updateServiceType(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('input', () => ServiceTypeInput) input: ServiceTypeInput): Promise<AdminServiceType> {
    return updateServiceType(ctx, id, input);
  }
}

@Resolver(() => Appointment)
export class AppointmentAdminResolver {
  @Query(() => AppointmentConnection, { description: 'Appointment requests waiting for staff, soonest first.' })
  appointmentRequests(@Ctx() ctx: RequestContext, @Args(() => AppointmentRequestArgs) args: AppointmentRequestArgs): Promise<AppointmentConnection> {
    return appointmentRequests(ctx, args);
  }

  @Mutation(() => Appointment, { description: 'Confirms a request as asked, or at `start`; picks a free qualified technician unless one is named.' })
  confirmAppointment(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('start', () => Date, { nullable: true }) start?: Date | null,
    @Arg('technicianId', () => ID, { nullable: true }) technicianId?: string | null,
  ): Promise<Appointment> {
    return confirmAppointment(ctx, id, start, technicianId);
  }

  @Mutation(() => Appointment)
  declineAppointment(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string): Promise<Appointment> {
    return declineAppointment(ctx, id, reason);
  }

  @Mutation(() => Appointment, { description: 'Moves a job or request at any time; keeps its technician when free.' })
  rescheduleJob(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('start', () => Date) start: Date,
    @Arg('technicianId', () => ID, { nullable: true }) technicianId?: string | null,
  ): Promise<Appointment> {
    return rescheduleJob(ctx, id, start, technicianId);
  }

  @Mutation(() => Appointment)
  cancelJob(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('reason', () => String, { nullable: true }) reason?: string | null): Promise<Appointment> {
    return cancelJob(ctx, id, reason);
  }

  @FieldResolver(() => String)
  customerName(@Ctx() ctx: RequestContext, @Root() a: Appointment): Promise<string> {
    return customerNameById(ctx, a.customerId);
  }

  @FieldResolver(() => String)
  serviceTypeName(@Ctx() ctx: RequestContext, @Root() a: Appointment): Promise<string> {
    return serviceTypeNameOf(ctx, a.serviceTypeId);
  }

  @FieldResolver(() => String, { nullable: true })
  technicianName(@Ctx() ctx: RequestContext, @Root() a: Appointment): Promise<string | null> | null {
    return a.technicianId ? staffNameById(ctx, a.technicianId) : null;
  }
}
