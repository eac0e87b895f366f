import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { StaffRole } from '../generated/prisma/enums.js';

registerEnumType(StaffRole, { name: 'StaffRole', description: 'owner and admin: everything; dispatcher: customers, jobs, requests, documents; technician: their own jobs.' });

@ObjectType({ description: 'A member of the business staff.' })
export class StaffProfile {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  email!: string;

  @Field(() => StaffRole)
  role!: StaffRole;

  @Field()
  locale!: string;

  @Field({ description: 'The business this staff member works for.' })
  tenantSlug!: string;
}

@ObjectType({ description: 'A member of staff as owners and admins see them in the staff list.' })
export class StaffMember {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  email!: string;

  @Field(() => StaffRole)
  role!: StaffRole;

  @Field({ description: 'invited, active or deactivated.' })
  status!: string;

  @Field()
  createdAt!: Date;
}
