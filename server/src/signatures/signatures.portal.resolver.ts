import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { CustomerContext, RequestContext } from '../context/context.js';
import { Allow, anyone, customer } from '../platform/door.js';
import { Document } from '../documents/documents.types.js';
import { SignDocumentInput, SignatureVerification, SigningDisclosure, SigningRequest } from './signatures.types.js';
import { SigningStatus } from '../generated/prisma/enums.js';
import {
  consentToSignElectronically,
  declineSigning,
  documentSigningRequest,
  getMySigningRequest,
  listMySigningRequests,
  maskedCodeRecipient,
  sendSigningCode,
  signDocument,
  signedDocumentOf,
  signingDocumentUrl,
} from './signatures.service.js';
import { signingDisclosure } from './signing-disclosure.js';
import { verifySignedDocumentByHash } from './verify-by-hash.js';
import { docusignSigningUrl } from './docusign.provider.js';

@Resolver(() => SigningRequest)
export class SigningRequestPortalResolver {
  @Allow(customer)
  @Query(() => [SigningRequest], { description: 'Documents the signed-in customer is asked to sign (or signed, declined…), newest first.' })
  signingRequests(@Ctx() ctx: CustomerContext, @Arg('status', () => SigningStatus, { nullable: true }) status: SigningStatus | null): Promise<SigningRequest[]> {
    return listMySigningRequests(ctx, status ?? null);
  }

  @Allow(customer)
  @Query(() => SigningRequest, { description: "One of the customer's signing requests (viewing it is recorded in its audit trail)." })
  signingRequest(@Ctx() ctx: CustomerContext, @Arg('id', () => ID) id: string): Promise<SigningRequest> {
    return getMySigningRequest(ctx, id);
  }

  @Allow(customer)
  @Query(() => SigningDisclosure, { description: "The consent to sign electronically, in the customer's language; its version is recorded with the consent." })
  signingDisclosure(@Ctx() ctx: CustomerContext): Promise<SigningDisclosure> {
    return signingDisclosure(ctx);
  }

  @Allow(anyone)
  @Query(() => SignatureVerification, {
    description:
      'Whether a PDF with this SHA-256 (64 hex digits) was signed through Portico: who signed it, when, for which business, and its title. Never its content. Open to anyone.',
  })
  verifySignedDocument(@Ctx() ctx: RequestContext, @Arg('sha256', () => String) sha256: string): Promise<SignatureVerification> {
    return verifySignedDocumentByHash(ctx, sha256);
  }

  @Allow(customer)
  @Mutation(() => SigningRequest, { description: 'The customer agrees to sign electronically (the current disclosure). Required before signing.' })
  consentToSignElectronically(@Ctx() ctx: CustomerContext, @Arg('requestId', () => ID) requestId: string): Promise<SigningRequest> {
    return consentToSignElectronically(ctx, requestId);
  }

  @Allow(customer)
  @Mutation(() => SigningRequest, { description: "Emails a 6-digit code (valid 10 minutes) to the customer's address; limited resends." })
  sendSigningCode(@Ctx() ctx: CustomerContext, @Arg('requestId', () => ID) requestId: string): Promise<SigningRequest> {
    return sendSigningCode(ctx, requestId);
  }

  @Allow(customer)
  @Mutation(() => SigningRequest, { description: 'Signs the document as shown (documentUrl): consent and the emailed code required.' })
  signDocument(
    @Ctx() ctx: CustomerContext,
    @Arg('requestId', () => ID) requestId: string,
    @Arg('input', () => SignDocumentInput) input: SignDocumentInput,
  ): Promise<SigningRequest> {
    return signDocument(ctx, requestId, input);
  }

  @Allow(customer)
  @Mutation(() => SigningRequest, { description: 'Declines to sign, with a reason the business sees.' })
  declineSigning(@Ctx() ctx: CustomerContext, @Arg('requestId', () => ID) requestId: string, @Arg('reason', () => String) reason: string): Promise<SigningRequest> {
    return declineSigning(ctx, requestId, reason);
  }

  @Allow(customer)
  @Mutation(() => String, { description: "DocuSign's embedded signing page for this request (provider DOCUSIGN); it sends the customer back to returnUrl." })
  docusignSigningUrl(@Ctx() ctx: CustomerContext, @Arg('requestId', () => ID) requestId: string, @Arg('returnUrl', () => String) returnUrl: string): Promise<string> {
    return docusignSigningUrl(ctx, requestId, returnUrl);
  }

  @FieldResolver(() => String, { description: 'A short-lived link (5 minutes) that shows the exact PDF to sign in the browser.' })
  documentUrl(@Ctx() ctx: CustomerContext, @Root() request: SigningRequest): Promise<string> {
    return signingDocumentUrl(ctx, request.id);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Where the last code was sent, masked (j•••@example.com).' })
  codeSentTo(@Ctx() ctx: CustomerContext, @Root() request: SigningRequest): Promise<string | null> {
    return maskedCodeRecipient(ctx, request.id);
  }

  @FieldResolver(() => Document, { nullable: true, description: 'The signed, sealed PDF once signed (a shared document: downloadUrl, viewUrl).' })
  signedDocument(@Ctx() ctx: CustomerContext, @Root() request: SigningRequest): Promise<Document | null> {
    return signedDocumentOf(ctx, request.id);
  }
}

@Resolver(() => Document)
export class DocumentSigningPortalResolver {
  @FieldResolver(() => SigningRequest, { nullable: true, description: 'Its signing request, if the business asked the customer to sign it (PENDING: show "Sign").' })
  signingRequest(@Ctx() ctx: CustomerContext, @Root() document: Document): Promise<SigningRequest | null> {
    return documentSigningRequest(ctx, document.id);
  }
}
