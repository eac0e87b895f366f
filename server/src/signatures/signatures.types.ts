// The GraphQL shapes of electronic signatures: what the signing customer sees (SigningRequest),
// what staff see (AdminSigningRequest, with the audit trail), and the public verify-by-hash answer.
import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SignatureEventKind, SignatureProvider, SigningKind, SigningStatus } from '../generated/prisma/enums.js';

registerEnumType(SigningKind, { name: 'SigningKind', description: 'What is signed: a quote or a contract document.' });
registerEnumType(SigningStatus, { name: 'SigningStatus' });
registerEnumType(SignatureProvider, { name: 'SignatureProvider', description: 'BUILTIN (default) or DOCUSIGN.' });
registerEnumType(SignatureEventKind, { name: 'SignatureEventKind' });

@ObjectType({ description: 'Where the signature goes, in PDF points from the bottom-left corner of the page (page 1 is the first).' })
export class SignaturePlacement {
  @Field(() => Int)
  page!: number;

  @Field(() => Float)
  x!: number;

  @Field(() => Float)
  y!: number;

  @Field(() => Float)
  width!: number;

  @Field(() => Float)
  height!: number;
}

@InputType()
export class SignaturePlacementInput {
  @Field(() => Int, { description: '1 is the first page.' })
  page!: number;

  @Field(() => Float)
  x!: number;

  @Field(() => Float)
  y!: number;

  @Field(() => Float)
  width!: number;

  @Field(() => Float)
  height!: number;
}

/** What both sides read of a signing request. */
@ObjectType()
export abstract class SigningRequestFields {
  @Field(() => ID)
  id!: string;

  @Field(() => SigningKind)
  kind!: SigningKind;

  @Field(() => SigningStatus)
  status!: SigningStatus;

  @Field()
  title!: string;

  @Field(() => ID, { description: "The quote's id (kind QUOTE) or the unsigned document's (kind DOCUMENT)." })
  subjectId!: string;

  @Field(() => SignatureProvider)
  provider!: SignatureProvider;

  @Field(() => SignaturePlacement, { nullable: true, description: 'Null: the signature goes on a page appended to the document.' })
  placement!: SignaturePlacement | null;

  @Field(() => Date, { nullable: true })
  consentedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  codeExpiresAt!: Date | null;

  @Field(() => Date, { nullable: true })
  signedAt!: Date | null;

  @Field(() => String, { nullable: true })
  signerName!: string | null;

  @Field(() => Date, { nullable: true })
  declinedAt!: Date | null;

  @Field(() => String, { nullable: true })
  declineReason!: string | null;

  @Field(() => Date, { nullable: true })
  cancelledAt!: Date | null;

  @Field()
  createdAt!: Date;
}

@ObjectType({ description: 'A document the signed-in customer is asked to sign (or signed, declined, or that was cancelled).' })
export class SigningRequest extends SigningRequestFields {
  // Field resolvers (signatures.portal.resolver.ts): documentUrl, codeSentTo, signedDocument.
  documentUrl?: string;
}

@ObjectType({ description: "One step of a signing request's audit trail (append-only)." })
export class SignatureEvent {
  @Field(() => ID)
  id!: string;

  @Field(() => SignatureEventKind)
  kind!: SignatureEventKind;

  @Field(() => String, { description: 'customer, staff or system.' })
  actorType!: string;

  @Field(() => ID, { nullable: true })
  actorId!: string | null;

  @Field(() => String, { nullable: true })
  ip!: string | null;

  @Field(() => String, { nullable: true })
  userAgent!: string | null;

  @Field()
  at!: Date;
}

@ObjectType({ description: 'A signing request as staff see it, with its audit facts.' })
export class AdminSigningRequest extends SigningRequestFields {
  @Field(() => ID)
  customerId!: string;

  @Field(() => ID, { description: 'The unsigned document (a customer document).' })
  documentId!: string;

  @Field(() => ID, { nullable: true })
  signedDocumentId!: string | null;

  @Field({ description: 'SHA-256 (hex) of the unsigned PDF.' })
  originalSha256!: string;

  @Field(() => String, { nullable: true, description: 'SHA-256 (hex) of the signed, sealed PDF.' })
  signedSha256!: string | null;

  @Field(() => String, { nullable: true })
  signerEmail!: string | null;

  @Field(() => String, { nullable: true })
  signerIp!: string | null;

  @Field(() => String, { nullable: true })
  signerUserAgent!: string | null;

  @Field(() => String, { nullable: true })
  disclosureVersion!: string | null;

  @Field(() => Date, { nullable: true })
  codeVerifiedAt!: Date | null;
}

@ObjectType({ description: "The consent to sign electronically (ESIGN / eIDAS), in the customer's language." })
export class SigningDisclosure {
  @Field({ description: 'Recorded with the consent: which text the customer agreed to.' })
  version!: string;

  @Field({ description: 'en, fr or es.' })
  language!: string;

  @Field()
  title!: string;

  @Field({ description: 'Plain text; paragraphs separated by a blank line.' })
  text!: string;
}

@InputType()
export class SignDocumentInput {
  @Field({ description: 'The 6-digit code emailed by sendSigningCode.' })
  code!: string;

  @Field(() => Boolean, { description: 'The explicit intent to sign this document: must be true.' })
  intentToSign!: boolean;

  @Field(() => String, { nullable: true, description: "The signer's name as typed (one of typedName or drawnSignature)." })
  typedName?: string | null;

  @Field(() => String, { nullable: true, description: 'A drawn signature: a PNG data URL (data:image/png;base64,…), at most 200 KB.' })
  drawnSignature?: string | null;
}

@ObjectType({ description: 'Whether a PDF (by its SHA-256) is a document signed through Portico; never its content.' })
export class SignatureVerification {
  @Field()
  matches!: boolean;

  @Field(() => String, { nullable: true })
  signerName!: string | null;

  @Field(() => String, { nullable: true })
  businessName!: string | null;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => Date, { nullable: true })
  signedAt!: Date | null;
}

@ArgsType()
export class AdminSigningRequestListArgs {
  @Field(() => ID)
  customerId!: string;

  @Field(() => SigningStatus, { nullable: true })
  status?: SigningStatus | null;
}

@InputType()
export class RequestDocumentSignatureInput {
  @Field(() => SignaturePlacementInput, { nullable: true, description: 'Where the signature goes; leave out and set append for a signature page.' })
  placement?: SignaturePlacementInput | null;

  @Field(() => Boolean, { defaultValue: false, description: 'Append a signature page instead of placing the signature on a page.' })
  append!: boolean;
}

@ObjectType({ description: "The business's signature provider. DocuSign secrets are never read back: only whether they are set." })
export class SignatureSettings {
  @Field(() => SignatureProvider)
  provider!: SignatureProvider;

  @Field(() => String, { nullable: true })
  docusignAccountId!: string | null;

  @Field(() => String, { nullable: true })
  docusignIntegrationKey!: string | null;

  @Field(() => String, { nullable: true })
  docusignUserId!: string | null;

  @Field(() => String, { nullable: true, description: 'The eSignature REST base path, e.g. https://demo.docusign.net/restapi.' })
  docusignBasePath!: string | null;

  @Field(() => String, { nullable: true, description: 'The OAuth host, e.g. account-d.docusign.com.' })
  docusignOAuthBasePath!: string | null;

  @Field()
  docusignPrivateKeySet!: boolean;

  @Field()
  docusignHmacKeySet!: boolean;
}

@InputType()
export class UpdateSignatureSettingsInput {
  @Field(() => SignatureProvider, { nullable: true })
  provider?: SignatureProvider | null;

  @Field(() => String, { nullable: true })
  docusignAccountId?: string | null;

  @Field(() => String, { nullable: true })
  docusignIntegrationKey?: string | null;

  @Field(() => String, { nullable: true })
  docusignUserId?: string | null;

  @Field(() => String, { nullable: true })
  docusignBasePath?: string | null;

  @Field(() => String, { nullable: true })
  docusignOAuthBasePath?: string | null;

  @Field(() => String, { nullable: true, description: 'The RSA private key (PEM) of the integration key; write-only.' })
  docusignPrivateKey?: string | null;

  @Field(() => String, { nullable: true, description: 'The Connect HMAC key; write-only.' })
  docusignHmacKey?: string | null;
}
