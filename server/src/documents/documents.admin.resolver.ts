import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { StaffContext } from '../context/context.js';
import { Allow, anyStaff } from '../platform/door.js';
import { signedLink } from '../platform/signed-links.js';
import { viewLink } from './documents.service.js';
import { AttachmentUpload } from '../requests/requests.types.js';
import { createDocument, createDocumentUpload, getAdminDocument, listAdminDocuments, setDocumentShared } from './documents.admin.service.js';
import { PageArgs } from '../common/pagination.js';
import { documentAccessHistory } from './document-access.js';
import { DocumentAccessEventConnection } from './document-access.types.js';
import { AdminDocument, AdminDocumentConnection, AdminDocumentListArgs, CreateDocumentInput } from './documents.admin.types.js';
import { readRootField } from '../platform/operation-read.js';
import { customerDocumentsPart } from './documents.admin.page.js';

@Resolver(() => AdminDocument)
export class DocumentAdminResolver {
  @Allow(anyStaff, { feature: 'documents' })
  @Query(() => AdminDocumentConnection, { description: "A customer's or a job's documents, newest first, shared or not." })
  documents(@Ctx() ctx: StaffContext, @Args(() => AdminDocumentListArgs) args: AdminDocumentListArgs, @Info() info: GraphQLResolveInfo): Promise<AdminDocumentConnection> {
    return readRootField(ctx, info, customerDocumentsPart, args, () => listAdminDocuments(ctx, args));
  }

  @Allow(anyStaff, { feature: 'documents' })
  @Query(() => AdminDocument, { description: 'One document, shared or not (technicians: a document of one of their jobs; otherwise NOT_FOUND).' })
  document(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string): Promise<AdminDocument> {
    return getAdminDocument(ctx, id);
  }

  @Allow(anyStaff, { feature: 'documents' })
  @Mutation(() => AttachmentUpload, { description: 'Reserves an upload (PDF or image); PUT the raw bytes to uploadUrl, then call createDocument.' })
  createDocumentUpload(@Ctx() ctx: StaffContext, @Arg('fileName', () => String) fileName: string): Promise<AttachmentUpload> {
    return createDocumentUpload(ctx, fileName);
  }

  @Allow(anyStaff, { feature: 'documents' })
  @Mutation(() => AdminDocument, { description: 'Files an uploaded document under a customer and optionally one of their jobs.' })
  createDocument(@Ctx() ctx: StaffContext, @Arg('input', () => CreateDocumentInput) input: CreateDocumentInput): Promise<AdminDocument> {
    return createDocument(ctx, input);
  }

  @Allow(anyStaff, { feature: 'documents' })
  @Mutation(() => AdminDocument, { description: 'Shares a document with its customer (shown in the portal) or takes it back.' })
  setDocumentShared(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string, @Arg('shared', () => Boolean) shared: boolean): Promise<AdminDocument> {
    return setDocumentShared(ctx, id, shared);
  }

  // The door is the type's rule for this field (documents.module.ts): the office only.
  @FieldResolver(() => DocumentAccessEventConnection, {
    description: 'Who viewed, downloaded, shared, unshared, uploaded or generated the document, when and from where; newest first. The office only (owners, admins, dispatchers).',
  })
  accessHistory(@Ctx() ctx: StaffContext, @Root() document: AdminDocument, @Args(() => PageArgs) args: PageArgs): Promise<DocumentAccessEventConnection> {
    return documentAccessHistory(ctx, document.id, args);
  }

  @FieldResolver(() => String, { description: 'A short-lived link (5 minutes) that downloads the file, for this session only.' })
  downloadUrl(@Ctx() ctx: StaffContext, @Root() document: AdminDocument): Promise<string> {
    return signedLink(ctx, 'document', document.id);
  }

  @FieldResolver(() => String, { description: 'A short-lived link (5 minutes) that shows the file in the browser (logged as a view), for this session only.' })
  viewUrl(@Ctx() ctx: StaffContext, @Root() document: AdminDocument): Promise<string> {
    return viewLink(ctx, document.id);
  }
}
