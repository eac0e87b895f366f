import { customer, sameAsParent, staff } from '../platform/door.js';
import type { EndpointModule } from '../platform/door.js';
import { BookingPortalResolver, JobBookingFieldsResolver } from './booking.portal.resolver.js';
import { AppointmentAdminResolver, BookingRulesAdminResolver } from './booking.admin.resolver.js';

// Job's own rule (the jobs module's sameAsParent for the whole type) covers the booking fields.
export const portal: EndpointModule = {
  resolvers: [BookingPortalResolver, JobBookingFieldsResolver],
  // A booking in request mode is the appointment request.
  idempotent: ['bookAppointment'],
  rules: {
    Query: { bookableServices: customer, bookingOptions: customer, availableSlots: customer, calendarFeed: customer },
    Mutation: { bookAppointment: customer, rescheduleAppointment: customer, cancelAppointment: customer, createCalendarFeed: customer, revokeCalendarFeed: customer },
    BookableService: sameAsParent,
    BookingOptions: sameAsParent,
    SlotDay: sameAsParent,
    BookingSlot: sameAsParent,
    CalendarFeedStatus: sameAsParent,
    CreatedCalendarFeed: sameAsParent,
  },
};

// Rules are for owners and admins; the daily handling of appointments also for dispatchers.
const rulesStaff = staff('owner', 'admin');
const dispatchStaff = staff('owner', 'admin', 'dispatcher');

export const admin: EndpointModule = {
  resolvers: [BookingRulesAdminResolver, AppointmentAdminResolver],
  rules: {
    // Dispatchers read the service types (and their qualified technicians) to plan jobs; only managers change them.
    Query: { bookingSettings: rulesStaff, serviceTypes: dispatchStaff, appointmentRequests: dispatchStaff },
    Mutation: {
      updateBookingSettings: rulesStaff,
      addClosedDate: rulesStaff,
      removeClosedDate: rulesStaff,
      createServiceType: rulesStaff,
      updateServiceType: rulesStaff,
      confirmAppointment: dispatchStaff,
      declineAppointment: dispatchStaff,
      rescheduleJob: dispatchStaff,
      cancelJob: dispatchStaff,
    },
    BookingSettings: sameAsParent,
    BookingDayHours: sameAsParent,
    TimeRange: sameAsParent,
    ClosedDay: sameAsParent,
    AdminServiceType: sameAsParent,
    BookingTechnician: sameAsParent,
    Appointment: sameAsParent,
    AppointmentConnection: sameAsParent,
  },
};
