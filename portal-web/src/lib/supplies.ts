// The portal's side of supply orders: how each status reads, the steps an order goes through (the
// order page's timeline), and the cart the order page keeps while the customer chooses.
import { graphql } from '$lib/gql';
import type { SupplyOrderStatus } from '$lib/gql/graphql';
import type { MessageKey } from '$lib/i18n';
import type { BadgeTone } from '@portico/web-shared/components/Badge.svelte';

export const supplyOrderStatus: Record<SupplyOrderStatus, { label: MessageKey; tone: BadgeTone }> = {
  SUBMITTED: { label: 'supply.status.SUBMITTED', tone: 'info' },
  APPROVED: { label: 'supply.status.APPROVED', tone: 'info' },
  SHIPPED: { label: 'supply.status.SHIPPED', tone: 'warning' },
  DELIVERED: { label: 'supply.status.DELIVERED', tone: 'success' },
  CANCELLED: { label: 'supply.status.CANCELLED', tone: 'neutral' },
  REJECTED: { label: 'supply.status.REJECTED', tone: 'danger' },
};

/** The way an order goes when all is well; CANCELLED and REJECTED end it on the way. */
export const SUPPLY_ORDER_STEPS = ['SUBMITTED', 'APPROVED', 'SHIPPED', 'DELIVERED'] as const satisfies readonly SupplyOrderStatus[];

export type SupplyOrderStep = (typeof SUPPLY_ORDER_STEPS)[number];

/** Orders still under way (the dashboard's "on its way" card). */
export const openSupplyOrder = (status: SupplyOrderStatus): boolean => status === 'SUBMITTED' || status === 'APPROVED' || status === 'SHIPPED';

/** An item the catalogue offers for the chosen device. */
export interface CatalogueItem {
  id: string;
  sku: string;
  name: string;
  description?: string | null;
  category: string;
  yieldPages?: number | null;
  priceMinor: number;
  currency: string;
}

/** One line of the cart: what the customer picked and how many. */
export interface CartLine {
  itemId: string;
  name: string;
  sku: string;
  priceMinor: number;
  quantity: number;
}

/** At most this many of an item (the API's limit too). */
export const MAX_QUANTITY = 99;

/** What the order page shows of an order (and what cancelling it answers). */
export const PortalSupplyOrderFields = graphql(`
  fragment PortalSupplyOrderFields on SupplyOrder {
    id
    number
    status
    nextStates
    submittedAt
    approvedAt
    shippedAt
    deliveredAt
    cancelledAt
    statusReason
    carrier
    trackingNumber
    notes
    subtotalMinor
    taxMinor
    totalMinor
    currency
    invoiceId
    asset {
      id
      name
    }
    deliveryAddress {
      name
      line1
      line2
      city
      postalCode
      region
      country
    }
    lines {
      itemId
      name
      sku
      quantity
      coveredQuantity
      billableQuantity
      unitPriceMinor
      totalMinor
    }
  }
`);
