import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { StaffRole } from '../generated/prisma/enums.js';

registerEnumType(StaffRole, { name: 'StaffRole', description: 'owner and admin: everything; dispatcher: customers, jobs, requests, documents; technician: their own jobs.' });

/** Who a staff member is; the signed-in profile and the staff list both show it. */
@ObjectType()
abstract class StaffIdentity {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  email!: string;

  @Field(() => StaffRole)
  role!: StaffRole;
}

@ObjectType({ description: 'A member of the business staff.' })
export class StaffProfile extends StaffIdentity {
  @Field()
  locale!: string;

  @Field({ description: 'The business this staff member works for.' })
  tenantSlug!: string;

  @Field({ description: "The business's IANA time zone: the admin app shows every date in it." })
  timeZone!: string;

  @Field({ description: "The business's ISO 4217 currency, e.g. USD." })
  currency!: string;
}

@ObjectType({ description: 'A member of staff as owners and admins see them in the staff list.' })
export class StaffMember extends StaffIdentity {
  @Field({ description: 'invited, active or deactivated.' })
  status!: string;

  @Field()
  createdAt!: Date;
}
