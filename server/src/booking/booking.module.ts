import { sameAsParent } from '../platform/door.js';
import type { EndpointModule } from '../platform/door.js';
import { BookingPortalResolver, JobBookingFieldsResolver } from './booking.portal.resolver.js';
import { AppointmentAdminResolver, BookingRulesAdminResolver } from './booking.admin.resolver.js';

// Who may call each operation is on its resolver method (@Allow); these are the types' rules.
// Job's own rule (the jobs module's sameAsParent for the whole type) covers the booking fields,
// and AdminJob's covers the appointment requests.
export const portal: EndpointModule = {
  resolvers: [BookingPortalResolver, JobBookingFieldsResolver],
  // A booking in request mode is the appointment request.
  idempotent: ['bookAppointment'],
  rules: {
    BookableService: sameAsParent,
    BookingOptions: sameAsParent,
    SlotDay: sameAsParent,
    BookingSlot: sameAsParent,
    CalendarFeedStatus: sameAsParent,
    CreatedCalendarFeed: sameAsParent,
  },
};

export const admin: EndpointModule = {
  resolvers: [BookingRulesAdminResolver, AppointmentAdminResolver],
  rules: {
    BookingSettings: sameAsParent,
    BookingDayHours: sameAsParent,
    TimeRange: sameAsParent,
    ClosedDay: sameAsParent,
    AdminServiceType: sameAsParent,
    BookingTechnician: sameAsParent,
  },
};
