import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import { PageArgs } from '../common/pagination.js';
import { customerScope, type RequestContext } from '../context/context.js';
import { getSharedDocument, listSharedDocuments } from './documents.service.js';
import { Document, DocumentConnection } from './documents.types.js';

@Resolver()
export class DocumentPortalResolver {
  @Query(() => DocumentConnection, { description: 'Documents the business shared with the signed-in customer, newest first.' })
  documents(@Ctx() ctx: RequestContext, @Args(() => PageArgs) args: PageArgs): Promise<DocumentConnection> {
    const { tx, principal } = customerScope(ctx);
    return listSharedDocuments(ctx, tx, principal.customerId, args);
  }

  @Query(() => Document)
  document(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Document> {
    const { tx, principal } = customerScope(ctx);
    return getSharedDocument(ctx, tx, principal.customerId, id);
  }
}
