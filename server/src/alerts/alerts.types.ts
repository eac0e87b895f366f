import { ArrayMaxSize, ValidateNested } from 'class-validator';
import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { StaffRole } from '../generated/prisma/enums.js';
import { STAFF_ALERT_KINDS, STAFF_ROLES, type StaffAlertKind as Kind } from './staff-alert-roles.js';

export const StaffAlertKind: { [K in Kind]: K } = {
  newBooking: 'newBooking',
  appointmentRequest: 'appointmentRequest',
  urgentRequest: 'urgentRequest',
  paymentReceived: 'paymentReceived',
  reviewSubmitted: 'reviewSubmitted',
  messageReceived: 'messageReceived',
  supplyOrderPlaced: 'supplyOrderPlaced',
};
export type StaffAlertKind = Kind;

registerEnumType(StaffAlertKind, {
  name: 'StaffAlertKind',
  description:
    'newBooking: a customer booked online (instant booking); appointmentRequest: a customer asked for an appointment staff confirm; urgentRequest: a service request marked urgent or emergency; paymentReceived: a customer paid online; reviewSubmitted: a customer reviewed a visit; messageReceived: a customer wrote a message; supplyOrderPlaced: a customer ordered supplies.',
});

@ObjectType({
  description: 'Which staff roles get one kind of staff notification (active staff of those roles, each by their own preference: the bell, email or both, in their language).',
})
export class StaffAlertSetting {
  @Field(() => StaffAlertKind)
  kind!: StaffAlertKind;

  @Field(() => [StaffRole])
  roles!: StaffRole[];
}

@InputType()
export class StaffAlertSettingInput {
  @Field(() => StaffAlertKind)
  kind!: StaffAlertKind;

  @Field(() => [StaffRole], { description: 'Empty: nobody is told of this kind (not allowed for urgentRequest).' })
  @ArrayMaxSize(STAFF_ROLES.length)
  roles!: StaffRole[];
}

@InputType()
export class StaffAlertSettingsInput {
  @Field(() => [StaffAlertSettingInput], { description: 'The kinds to change; kinds left out keep their roles.' })
  // Every kind at most once (the service refuses a kind given twice): the bound grows with the kinds.
  @ArrayMaxSize(STAFF_ALERT_KINDS.length)
  @ValidateNested({ each: true })
  alerts!: StaffAlertSettingInput[];
}

@ObjectType({ description: "What waits in the requests inbox, for the navigation's badge." })
export class AttentionCounts {
  @Field(() => Int, { description: 'Appointment requests waiting for confirmation.' })
  appointmentRequests!: number;

  @Field(() => Int, { description: 'Service requests submitted or reviewed, not yet converted or declined (0 while requests are switched off).' })
  serviceRequests!: number;

  @Field(() => Int, { description: 'The part of serviceRequests marked urgent or emergency.' })
  urgentRequests!: number;

  @Field(() => Int, { description: 'appointmentRequests + serviceRequests.' })
  total!: number;
}
