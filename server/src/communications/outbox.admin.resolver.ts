import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { StaffContext } from '../context/context.js';
import { Allow, managers } from '../platform/door.js';
import { PageArgs } from '../common/pagination.js';
import { devOutbox } from './outbox.service.js';
import { OutboxEmail, OutboxEmailConnection } from './outbox.types.js';

@Resolver(() => OutboxEmail)
export class OutboxAdminResolver {
  // The outbox holds invitation and reset links: owners and admins only.
  @Allow(managers)
  @Query(() => OutboxEmailConnection, {
    description: "The business's sent emails, newest first. Only without SMTP (a demo or development server): FORBIDDEN otherwise.",
  })
  devOutbox(@Ctx() ctx: StaffContext, @Args(() => PageArgs) args: PageArgs): Promise<OutboxEmailConnection> {
    return devOutbox(ctx, args);
  }
}
