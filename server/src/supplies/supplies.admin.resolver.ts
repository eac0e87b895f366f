import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { StaffContext } from '../context/context.js';
import { Allow, office } from '../platform/door.js';
import type { Connection } from '../common/pagination.js';
import { NotFound } from '../errors/errors.js';
import { Customer } from '../customers/customers.types.js';
import { toCustomer } from '../customers/customers.service.js';
import { threadCustomer } from '../messaging/messaging.loaders.js';
import { AdminAsset } from '../assets/assets.types.js';
import { Invoice } from '../invoices/invoices.types.js';
import { listSupplyOrders, orderAsset, orderInvoice, staffSupplyOrder } from './supplies.service.js';
import { approveSupplyOrder, cancelSupplyOrder, deliverSupplyOrder, rejectSupplyOrder, shipSupplyOrder } from './supply-order-lifecycle.js';
import { createSupplyItem, listSupplyItems, supplyItem, updateSupplyItem } from './supply-catalogue.js';
import {
  AdminSupplyItem,
  AdminSupplyItemConnection,
  AdminSupplyItemListArgs,
  AdminSupplyOrder,
  AdminSupplyOrderConnection,
  AdminSupplyOrderListArgs,
  SupplyItemInput,
} from './supplies.types.js';

const feature = { feature: 'supplies' } as const;

// The office (owner, admin, dispatcher) keeps the catalogue and handles the orders: approve,
// ship with the carrier's tracking number, deliver; or reject or cancel with a reason. Each move
// tells the customer. Technicians have no business here (row-level security hides it too).
@Resolver(() => AdminSupplyOrder)
export class SupplyAdminResolver {
  @Allow(office, feature)
  @Query(() => AdminSupplyItemConnection, { description: 'The catalogue by category and name: active items unless includeInactive.' })
  supplyItems(@Ctx() ctx: StaffContext, @Args(() => AdminSupplyItemListArgs) args: AdminSupplyItemListArgs): Promise<Connection<AdminSupplyItem>> {
    return listSupplyItems(ctx, args);
  }

  @Allow(office, feature)
  @Query(() => AdminSupplyItem, { description: 'One catalogue item; NOT_FOUND for another business’s.' })
  supplyItem(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string): Promise<AdminSupplyItem> {
    return supplyItem(ctx, id);
  }

  @Allow(office, feature)
  @Mutation(() => AdminSupplyItem, { description: 'Adds an item to the catalogue. BAD_USER_INPUT (reason REQUIRED, TOO_LONG, SKU_TAKEN).' })
  createSupplyItem(@Ctx() ctx: StaffContext, @Arg('input', () => SupplyItemInput) input: SupplyItemInput): Promise<AdminSupplyItem> {
    return createSupplyItem(ctx, input);
  }

  @Allow(office, feature)
  @Mutation(() => AdminSupplyItem, {
    description: 'Changes the fields given; `models` replaces the list; `active: false` stops offering it (orders keep their copy). BAD_USER_INPUT as createSupplyItem.',
  })
  updateSupplyItem(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string, @Arg('input', () => SupplyItemInput) input: SupplyItemInput): Promise<AdminSupplyItem> {
    return updateSupplyItem(ctx, id, input);
  }

  @Allow(office, feature)
  @Query(() => AdminSupplyOrderConnection, { description: "The business's supply orders, newest first." })
  supplyOrders(@Ctx() ctx: StaffContext, @Args(() => AdminSupplyOrderListArgs) args: AdminSupplyOrderListArgs): Promise<Connection<AdminSupplyOrder>> {
    return listSupplyOrders(ctx, args);
  }

  @Allow(office, feature)
  @Query(() => AdminSupplyOrder, { description: 'One supply order; NOT_FOUND for another business’s.' })
  supplyOrder(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string): Promise<AdminSupplyOrder> {
    return staffSupplyOrder(ctx, id);
  }

  @Allow(office, feature)
  @Mutation(() => AdminSupplyOrder, { description: 'Approves a submitted order; the customer is told. CONFLICT (reason STATUS_NOT_ALLOWED).' })
  approveSupplyOrder(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string): Promise<AdminSupplyOrder> {
    return approveSupplyOrder(ctx, id);
  }

  @Allow(office, feature)
  @Mutation(() => AdminSupplyOrder, {
    description:
      'Ships an approved order with the carrier and its tracking number; its billable lines are invoiced now (one invoice, issued and sent as any other) and the customer is told. CONFLICT (reason STATUS_NOT_ALLOWED); BAD_USER_INPUT (reason REQUIRED, TOO_LONG).',
  })
  shipSupplyOrder(
    @Ctx() ctx: StaffContext,
    @Arg('id', () => ID) id: string,
    @Arg('carrier', () => String) carrier: string,
    @Arg('trackingNumber', () => String) trackingNumber: string,
  ): Promise<AdminSupplyOrder> {
    return shipSupplyOrder(ctx, id, carrier, trackingNumber);
  }

  @Allow(office, feature)
  @Mutation(() => AdminSupplyOrder, { description: 'Marks a shipped order delivered; the customer is told. CONFLICT (reason STATUS_NOT_ALLOWED).' })
  deliverSupplyOrder(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string): Promise<AdminSupplyOrder> {
    return deliverSupplyOrder(ctx, id);
  }

  @Allow(office, feature)
  @Mutation(() => AdminSupplyOrder, {
    description:
      'Rejects a submitted order, saying why (shown to the customer); its covered units go back to the allowance. CONFLICT (reason STATUS_NOT_ALLOWED); BAD_USER_INPUT (reason REASON_REQUIRED, TOO_LONG).',
  })
  rejectSupplyOrder(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string): Promise<AdminSupplyOrder> {
    return rejectSupplyOrder(ctx, id, reason);
  }

  @Allow(office, feature)
  @Mutation(() => AdminSupplyOrder, {
    description: 'Cancels a submitted or approved order (not yet shipped), saying why. CONFLICT (reason STATUS_NOT_ALLOWED); BAD_USER_INPUT (reason REASON_REQUIRED, TOO_LONG).',
  })
  cancelSupplyOrder(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string): Promise<AdminSupplyOrder> {
    return cancelSupplyOrder(ctx, id, reason);
  }

  @FieldResolver(() => Customer)
  async customer(@Ctx() ctx: StaffContext, @Root() order: AdminSupplyOrder): Promise<Customer> {
    const row = await threadCustomer(ctx, order.customerId);
    if (!row) throw new NotFound('This customer');
    return toCustomer(row);
  }

  @FieldResolver(() => AdminAsset, { description: 'The device it was ordered for.' })
  asset(@Ctx() ctx: StaffContext, @Root() order: AdminSupplyOrder): Promise<AdminAsset> {
    return orderAsset(ctx, order);
  }

  @FieldResolver(() => Invoice, { nullable: true, description: 'The invoice of its billable lines, once it shipped.' })
  invoice(@Ctx() ctx: StaffContext, @Root() order: AdminSupplyOrder): Promise<Invoice | null> {
    return orderInvoice(ctx, order);
  }
}
