// Whether a period-end meter invoice is charged by autopay, and with which saved method. One invoice
// covers a customer's contracts billed on one day; it is one charge, so it is charged only when
// every contract on it is on autopay with the same method. A contract left off autopay, or two
// methods, leaves the invoice to the customer (issued and emailed as usual): charging a contract
// they did not put on autopay, or one contract's share to another's card, is not what they chose.

export interface ContractAutopayChoice<M extends { paymentMethodId: string }> {
  contractId: string;
  /** The contract's autopay; null when it is off. */
  autopay: M | null;
}

/** The method that charges the invoice, or null when autopay does not apply to it. */
export function meterInvoiceAutopay<M extends { paymentMethodId: string }>(contracts: ContractAutopayChoice<M>[]): M | null {
  const [first, ...rest] = contracts;
  if (!first?.autopay) return null;
  const method = first.autopay;
  return rest.every((c) => c.autopay?.paymentMethodId === method.paymentMethodId) ? method : null;
}
