import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { CustomerContext } from '../context/context.js';
import { Allow, contactMay } from '../platform/door.js';
import { signedLink } from '../platform/signed-links.js';
import { getSharedDocument, listSharedDocuments, viewLink } from './documents.service.js';
import { Document, DocumentConnection, DocumentListArgs } from './documents.types.js';
import { PageArgs } from '../common/pagination.js';
import { myDocumentAccess } from './document-access.js';
import { MyDocumentAccessConnection } from './document-access.types.js';

@Resolver(() => Document)
export class DocumentPortalResolver {
  @Allow(contactMay('documents'), { feature: 'documents' })
  @Query(() => DocumentConnection, { description: 'Documents the business shared with the signed-in customer, newest first.' })
  documents(@Ctx() ctx: CustomerContext, @Args(() => DocumentListArgs) args: DocumentListArgs): Promise<DocumentConnection> {
    return listSharedDocuments(ctx, args);
  }

  @Allow(contactMay('documents'), { feature: 'documents' })
  @Query(() => MyDocumentAccessConnection, { description: 'Your own views and downloads of documents, newest first.' })
  myDocumentAccess(@Ctx() ctx: CustomerContext, @Args(() => PageArgs) args: PageArgs): Promise<MyDocumentAccessConnection> {
    return myDocumentAccess(ctx, args);
  }

  @Allow(contactMay('documents'), { feature: 'documents' })
  @Query(() => Document)
  document(@Ctx() ctx: CustomerContext, @Arg('id', () => ID) id: string): Promise<Document> {
    return getSharedDocument(ctx, id);
  }

  @FieldResolver(() => String, { description: 'A short-lived link (5 minutes) that downloads the file, for this session only.' })
  downloadUrl(@Ctx() ctx: CustomerContext, @Root() document: Document): Promise<string> {
    return signedLink(ctx, 'document', document.id);
  }

  @FieldResolver(() => String, { description: 'A short-lived link (5 minutes) that shows the file in the browser instead of saving it, for this session only.' })
  viewUrl(@Ctx() ctx: CustomerContext, @Root() document: Document): Promise<string> {
    return viewLink(ctx, document.id);
  }
}
