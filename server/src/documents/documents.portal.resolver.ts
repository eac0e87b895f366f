import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { customerScope, type RequestContext } from '../context/context.js';
import { signedLink } from '../platform/signed-links.js';
import { getSharedDocument, listSharedDocuments } from './documents.service.js';
import { Document, DocumentConnection, DocumentListArgs } from './documents.types.js';

@Resolver(() => Document)
export class DocumentPortalResolver {
  @Query(() => DocumentConnection, { description: 'Documents the business shared with the signed-in customer, newest first.' })
  documents(@Ctx() ctx: RequestContext, @Args(() => DocumentListArgs) args: DocumentListArgs): Promise<DocumentConnection> {
    const { tx, principal } = customerScope(ctx);
    return listSharedDocuments(ctx, tx, principal.customerId, args);
  }

  @Query(() => Document)
  document(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Document> {
    const { tx, principal } = customerScope(ctx);
    return getSharedDocument(ctx, tx, principal.customerId, id);
  }

  @FieldResolver(() => String, { description: 'A short-lived link (5 minutes) that downloads the file, for this session only.' })
  downloadUrl(@Ctx() ctx: RequestContext, @Root() document: Document): Promise<string> {
    return signedLink(ctx, 'document', document.id);
  }
}
