// Supplies as the admin screens show them: the catalogue's items and the orders' statuses, colours
// and fields (the order page loads them, and every action on it answers with them).
import { graphql, useFragment, type FragmentType } from '$lib/gql';
import type { SupplyItemFieldsFragment, SupplyOrderFieldsFragment, SupplyOrderStatus } from '$lib/gql/graphql';

export const SUPPLY_ORDER_STATUSES: SupplyOrderStatus[] = ['SUBMITTED', 'APPROVED', 'SHIPPED', 'DELIVERED', 'REJECTED', 'CANCELLED'];

export function supplyOrderTone(status: SupplyOrderStatus): 'neutral' | 'info' | 'success' | 'warning' | 'danger' {
  switch (status) {
    case 'SUBMITTED':
      return 'warning';
    case 'APPROVED':
    case 'SHIPPED':
      return 'info';
    case 'DELIVERED':
      return 'success';
    case 'REJECTED':
      return 'danger';
    default:
      return 'neutral';
  }
}

export const SupplyItemFields = graphql(`
  fragment SupplyItemFields on AdminSupplyItem {
    id
    sku
    name
    description
    category
    priceMinor
    taxRateBp
    yieldPages
    currency
    models
    active
  }
`);

export type SupplyItemView = SupplyItemFieldsFragment;

export function supplyItem(item: FragmentType<typeof SupplyItemFields>): SupplyItemView {
  return useFragment(SupplyItemFields, item);
}

export const SupplyOrderFields = graphql(`
  fragment SupplyOrderFields on AdminSupplyOrder {
    id
    number
    status
    nextStates
    currency
    submittedAt
    approvedAt
    shippedAt
    deliveredAt
    cancelledAt
    statusReason
    carrier
    trackingNumber
    notes
    contractNumber
    subtotalMinor
    taxMinor
    totalMinor
    invoiceId
    invoice {
      id
      number
    }
    customer {
      id
      name
      email
    }
    asset {
      id
      name
      model
      serialNumber
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
    excessUsageWarning {
      days
      pagesOrdered
      pagesPrinted
      ratio
    }
    lines {
      itemId
      sku
      name
      category
      quantity
      coveredQuantity
      billableQuantity
      unitPriceMinor
      taxRateBp
      totalMinor
      taxMinor
    }
  }
`);

export type SupplyOrderView = SupplyOrderFieldsFragment;

export function supplyOrder(order: FragmentType<typeof SupplyOrderFields>): SupplyOrderView {
  return useFragment(SupplyOrderFields, order);
}

/** The order page's load depends on it. */
export const SUPPLY_ORDER = 'admin:supply-order';
