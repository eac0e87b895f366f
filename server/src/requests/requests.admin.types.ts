// The service requests inbox as staff see it.
import { ArgsType, Field, ID, ObjectType } from 'type-graphql';
import { RequestStatus } from '../generated/prisma/enums.js';
import { ConnectionType, PageArgs } from '../common/pagination.js';
import { ServiceRequestFields } from './requests.types.js';

@ObjectType({ description: 'A service request in the inbox: what the customer sent, and who they are.' })
export class AdminServiceRequest extends ServiceRequestFields {
  @Field(() => ID)
  customerId!: string;

  @Field(() => Date, { nullable: true, description: 'When the office first acted on it (a status change or a reply in its thread).' })
  firstResponseAt!: Date | null;
}

@ObjectType()
export class AdminServiceRequestConnection extends ConnectionType(AdminServiceRequest) {}

@ArgsType()
export class ServiceRequestInboxArgs extends PageArgs {
  @Field(() => RequestStatus, { nullable: true, description: 'Without it: every request, newest first.' })
  status?: RequestStatus | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only requests past their respondBy that nobody has responded to yet.' })
  overdue?: boolean | null;
}
