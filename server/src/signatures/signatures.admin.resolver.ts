import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { StaffContext } from '../context/context.js';
import { Allow, office, staff } from '../platform/door.js';
import { AdminDocument } from '../documents/documents.admin.types.js';
import {
  AdminSigningRequest,
  AdminSigningRequestListArgs,
  RequestDocumentSignatureInput,
  SignatureEvent,
  SignatureSettings,
  UpdateSignatureSettingsInput,
} from './signatures.types.js';
import {
  adminDocumentSigningRequest,
  cancelSigningRequest,
  getAdminSigningRequest,
  listAdminSigningRequests,
  requestDocumentSignature,
  signingEvents,
} from './signatures.admin.service.js';
import { getSignatureSettings, updateSignatureSettings } from './signature-settings.js';

@Resolver(() => AdminSigningRequest)
export class SigningRequestAdminResolver {
  @Allow(office)
  @Query(() => [AdminSigningRequest], { description: "A customer's signing requests, newest first (the office)." })
  signingRequests(@Ctx() ctx: StaffContext, @Args(() => AdminSigningRequestListArgs) args: AdminSigningRequestListArgs): Promise<AdminSigningRequest[]> {
    return listAdminSigningRequests(ctx, args);
  }

  @Allow(office)
  @Query(() => AdminSigningRequest)
  signingRequest(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string): Promise<AdminSigningRequest> {
    return getAdminSigningRequest(ctx, id);
  }

  @Allow(office)
  @Mutation(() => AdminSigningRequest, { description: 'Asks the customer to sign this PDF document (emailed and notified: signatureRequested).' })
  requestDocumentSignature(
    @Ctx() ctx: StaffContext,
    @Arg('documentId', () => ID) documentId: string,
    @Arg('input', () => RequestDocumentSignatureInput) input: RequestDocumentSignatureInput,
  ): Promise<AdminSigningRequest> {
    return requestDocumentSignature(ctx, documentId, input);
  }

  @Allow(office)
  @Mutation(() => AdminSigningRequest, { description: 'Withdraws a pending signing request.' })
  cancelSigningRequest(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string): Promise<AdminSigningRequest> {
    return cancelSigningRequest(ctx, id);
  }

  @Allow(staff('owner', 'admin'))
  @Query(() => SignatureSettings)
  signatureSettings(@Ctx() ctx: StaffContext): Promise<SignatureSettings> {
    return getSignatureSettings(ctx);
  }

  @Allow(staff('owner', 'admin'))
  @Mutation(() => SignatureSettings, { description: 'The signature provider and DocuSign credentials; a secret left out keeps its value, an empty string removes it.' })
  updateSignatureSettings(@Ctx() ctx: StaffContext, @Arg('input', () => UpdateSignatureSettingsInput) input: UpdateSignatureSettingsInput): Promise<SignatureSettings> {
    return updateSignatureSettings(ctx, input);
  }

  @FieldResolver(() => [SignatureEvent], { description: 'The audit trail, oldest first.' })
  events(@Ctx() ctx: StaffContext, @Root() request: AdminSigningRequest): Promise<SignatureEvent[]> {
    return signingEvents(ctx, request.id);
  }
}

@Resolver(() => AdminDocument)
export class DocumentSigningAdminResolver {
  @FieldResolver(() => AdminSigningRequest, { nullable: true, description: 'The latest signing request of this document (the office; technicians: null).' })
  signingRequest(@Ctx() ctx: StaffContext, @Root() document: AdminDocument): Promise<AdminSigningRequest | null> {
    return adminDocumentSigningRequest(ctx, document.id);
  }
}
