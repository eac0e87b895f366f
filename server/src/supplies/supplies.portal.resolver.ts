import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { CustomerContext } from '../context/context.js';
import { Allow, customer } from '../platform/door.js';
import type { Connection } from '../common/pagination.js';
import { Asset } from '../assets/assets.types.js';
import { Invoice } from '../invoices/invoices.types.js';
import { mySupplyOrder, mySupplyOrders, orderAsset, orderInvoice, supplyCatalogue } from './supplies.service.js';
import { cancelMySupplyOrder, placeSupplyOrder, priceSupplyOrder } from './supply-ordering.js';
import { SupplyItem, SupplyOrder, SupplyOrderConnection, SupplyOrderInput, SupplyOrderListArgs, SupplyOrderPreview } from './supplies.types.js';

const feature = { feature: 'supplies' } as const;

// A customer orders supplies for one of their devices: the catalogue offers only what fits it,
// the preview shows which lines the device's contract covers and what bills, and placing the
// order decides that for good. They read and cancel (while still submitted) their own orders.
@Resolver(() => SupplyOrder)
export class SupplyPortalResolver {
  @Allow(customer, feature)
  @Query(() => [SupplyItem], { description: 'The active catalogue items that fit one of your devices (by its model), by category and name. NOT_FOUND for any other device.' })
  supplyCatalogue(@Ctx() ctx: CustomerContext, @Arg('assetId', () => ID) assetId: string): Promise<SupplyItem[]> {
    return supplyCatalogue(ctx, assetId);
  }

  @Allow(customer, feature)
  @Query(() => SupplyOrderPreview, {
    description:
      'What this order would be if placed now: per line, the units the device’s contract covers and the units billed, the money and a usage warning. Checks everything placeSupplyOrder checks (BAD_USER_INPUT reasons SUPPLY_NOT_COMPATIBLE, SUPPLY_NOT_OFFERED, DUPLICATE_ITEM, NOT_CUSTOMER_ASSET, NOT_CUSTOMER_SITE, SITE_OR_ADDRESS, ADDRESS_NOT_ALLOWED, REQUIRED, TOO_LONG, INVALID_COUNTRY).',
  })
  priceSupplyOrder(@Ctx() ctx: CustomerContext, @Arg('input', () => SupplyOrderInput) input: SupplyOrderInput): Promise<SupplyOrderPreview> {
    return priceSupplyOrder(ctx, input);
  }

  @Allow(customer, feature)
  @Mutation(() => SupplyOrder, {
    description:
      'Places the order (status SUBMITTED): coverage by the device’s contract is decided now, the address and prices are copied. Honours an Idempotency-Key header. BAD_USER_INPUT as priceSupplyOrder.',
  })
  placeSupplyOrder(@Ctx() ctx: CustomerContext, @Arg('input', () => SupplyOrderInput) input: SupplyOrderInput): Promise<SupplyOrder> {
    return placeSupplyOrder(ctx, input);
  }

  @Allow(customer, feature)
  @Query(() => SupplyOrderConnection, { description: 'Your supply orders, the newest first.' })
  supplyOrders(@Ctx() ctx: CustomerContext, @Args(() => SupplyOrderListArgs) args: SupplyOrderListArgs): Promise<Connection<SupplyOrder>> {
    return mySupplyOrders(ctx, args);
  }

  @Allow(customer, feature)
  @Query(() => SupplyOrder, { description: 'One of your supply orders; NOT_FOUND for any other id.' })
  supplyOrder(@Ctx() ctx: CustomerContext, @Arg('id', () => ID) id: string): Promise<SupplyOrder> {
    return mySupplyOrder(ctx, id);
  }

  @Allow(customer, feature)
  @Mutation(() => SupplyOrder, {
    description: 'Cancels your order while it is still SUBMITTED. CONFLICT (reason STATUS_NOT_ALLOWED) once the business approved, rejected or cancelled it.',
  })
  cancelSupplyOrder(@Ctx() ctx: CustomerContext, @Arg('id', () => ID) id: string): Promise<SupplyOrder> {
    return cancelMySupplyOrder(ctx, id);
  }

  @FieldResolver(() => Asset, { description: 'The device it was ordered for.' })
  asset(@Ctx() ctx: CustomerContext, @Root() order: SupplyOrder): Promise<Asset> {
    return orderAsset(ctx, order);
  }

  @FieldResolver(() => Invoice, { nullable: true, description: 'The invoice of its billable lines, once it shipped.' })
  invoice(@Ctx() ctx: CustomerContext, @Root() order: SupplyOrder): Promise<Invoice | null> {
    return orderInvoice(ctx, order);
  }
}
