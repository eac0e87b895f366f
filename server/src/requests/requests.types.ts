import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { RequestStatus, RequestUrgency } from '../generated/prisma/enums.js';
import { ConnectionType, PageArgs } from '../common/pagination.js';

registerEnumType(RequestUrgency, { name: 'RequestUrgency' });
registerEnumType(RequestStatus, {
  name: 'RequestStatus',
  description: 'submitted, then reviewed by the business; converted into a job (see `job`), completed, or declined (see `declineReason`).',
});

@ObjectType({ description: 'A photo or document attached to a service request.' })
export class RequestAttachment {
  @Field(() => ID)
  id!: string;

  @Field()
  fileName!: string;

  @Field({ description: 'Read from the file itself when it was uploaded.' })
  contentType!: string;

  @Field(() => Int)
  sizeBytes!: number;
}

/** What both endpoints show of a request; each adds its own relations (see JobFields). */
@ObjectType()
export abstract class ServiceRequestFields {
  @Field(() => ID)
  id!: string;

  @Field()
  description!: string;

  @Field(() => RequestUrgency)
  urgency!: RequestUrgency;

  @Field(() => RequestStatus)
  status!: RequestStatus;

  @Field(() => Date, { nullable: true, description: 'When the customer would like the visit (the start of the window, with preferredUntil).' })
  preferredAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'The end of the preferred window, when the customer gave one.' })
  preferredUntil!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: "The response the business promised for the request's priority, fixed when it was made; null when it promises none.",
  })
  respondBy!: Date | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;

  @Field(() => String, { nullable: true, description: 'Why the business declined, when it did.' })
  declineReason!: string | null;

  @Field(() => ID, { nullable: true, description: 'The equipment or pet the request is about.' })
  assetId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The job this request became, once converted.' })
  jobId!: string | null;
}

@ObjectType({ description: 'Something the customer asked the business to look at.' })
export class ServiceRequest extends ServiceRequestFields {}

@ObjectType()
export class ServiceRequestConnection extends ConnectionType(ServiceRequest) {}

@ArgsType()
export class ServiceRequestListArgs extends PageArgs {
  @Field(() => RequestStatus, { nullable: true })
  status?: RequestStatus | null;
}

@InputType()
export class SubmitServiceRequestInput {
  @Field({ description: 'What needs doing, up to 4000 characters.' })
  description!: string;

  @Field(() => RequestUrgency, { defaultValue: RequestUrgency.normal })
  urgency!: RequestUrgency;

  @Field(() => ID, { nullable: true, description: "One of the customer's own assets (equipment or pets)." })
  assetId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Preferred date and time of the visit (or the start of a window); in the future, within 180 days.' })
  preferredAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'The end of the preferred window: after preferredAt, at most 24 hours later.' })
  preferredUntil?: Date | null;

  @Field(() => [ID], { defaultValue: [], description: 'Uploads from createAttachmentUpload, at most 5.' })
  attachmentIds!: string[];
}

@ObjectType({ description: 'Where to PUT the raw bytes of one file, and what the server accepts.' })
export class AttachmentUpload {
  @Field(() => ID, {
    description:
      "Once the PUT succeeded, pass it in submitServiceRequest(attachmentIds) (portal), createDocument(uploadId) (admin), or a message's uploadIds (createMessageUpload's).",
  })
  uploadId!: string;

  @Field({ description: 'Short-lived: PUT the file to it within 5 minutes.' })
  uploadUrl!: string;

  @Field(() => Int)
  maxBytes!: number;

  @Field(() => [String])
  allowedTypes!: string[];
}
