// Who added a service address, equipment or animal: the customer in the portal or a member of
// staff. Customers change and remove only what they added themselves (the business's records
// stay the business's), and staff see who added each one.
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import type { RequestContext } from '../context/context.js';
import { staffNameById } from '../jobs/jobs.loaders.js';

export enum AddedBy {
  CUSTOMER = 'customer',
  STAFF = 'staff',
}
registerEnumType(AddedBy, { name: 'AddedBy', description: 'customer: added in the portal; staff: added by the office.' });

@ObjectType({ description: 'Who added a record, and when.' })
export class Attribution {
  @Field(() => AddedBy)
  by!: AddedBy;

  @Field(() => String, { nullable: true, description: 'The member of staff, when staff added it and it is known (records older than attribution have none).' })
  staffName!: string | null;

  @Field(() => Date)
  at!: Date;
}

/** The columns of a site or asset that say who added it. */
export interface AddedColumns {
  addedBy: string;
  addedByStaffId: string | null;
  createdAt: Date;
}

/** Whether the customer added it: only then may they change or remove it. */
export function addedByCustomer(row: Pick<AddedColumns, 'addedBy'>): boolean {
  return row.addedBy === (AddedBy.CUSTOMER as string);
}

export async function attribution(ctx: RequestContext, row: AddedColumns): Promise<Attribution> {
  const by = addedByCustomer(row) ? AddedBy.CUSTOMER : AddedBy.STAFF;
  const staffName = by === AddedBy.STAFF && row.addedByStaffId ? await staffNameById(ctx, row.addedByStaffId) : null;
  return { by, staffName, at: row.createdAt };
}
