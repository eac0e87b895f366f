// The words printed on an invoice PDF, per language; a customer reads their invoice in theirs.
import { INTL_LOCALE, languageOf, type Language } from '../common/languages.js';
import type { InvoiceDisplayStatus } from './invoices.types.js';

export interface PdfMessages {
  invoice: string;
  billTo: string;
  number: string;
  issueDate: string;
  dueDate: string;
  status: string;
  description: string;
  quantity: string;
  unitPrice: string;
  taxRate: string;
  amount: string;
  subtotal: string;
  tax: string;
  total: string;
  paid: string;
  refunded: string;
  credited: string;
  amountDue: string;
  notes: string;
  recurring: string;
  page: string;
  /** The history under the totals: each payment received (and what of it was refunded), each credit note. */
  history: string;
  date: string;
  method: string;
  creditNote: string;
  methods: Record<'card' | 'us_bank_account' | 'cash' | 'cheque' | 'bank_transfer', string>;
  statuses: Record<InvoiceDisplayStatus, string>;
}

export const PDF_MESSAGES: Record<Language, PdfMessages> = {
  en: {
    invoice: 'Invoice',
    billTo: 'Bill to',
    number: 'Invoice number',
    issueDate: 'Issue date',
    dueDate: 'Due date',
    status: 'Status',
    description: 'Description',
    quantity: 'Qty',
    unitPrice: 'Unit price',
    taxRate: 'Tax',
    amount: 'Amount',
    subtotal: 'Subtotal',
    tax: 'Tax',
    total: 'Total',
    paid: 'Paid',
    refunded: 'Refunded',
    credited: 'Credit notes',
    amountDue: 'Amount due',
    notes: 'Notes',
    recurring: 'Service agreement',
    page: 'Page',
    history: 'Payments and credits',
    date: 'Date',
    method: 'How',
    creditNote: 'Credit note',
    methods: { card: 'Card', us_bank_account: 'Bank account', cash: 'Cash', cheque: 'Cheque', bank_transfer: 'Bank transfer' },
    statuses: { draft: 'Draft', unpaid: 'Unpaid', partially_paid: 'Partially paid', overdue: 'Overdue', paid: 'Paid', void: 'Void' },
  },
  fr: {
    invoice: 'Facture',
    billTo: 'Facturé à',
    number: 'Numéro de facture',
    issueDate: "Date d'émission",
    dueDate: "Date d'échéance",
    status: 'Statut',
    description: 'Description',
    quantity: 'Qté',
    unitPrice: 'Prix unitaire',
    taxRate: 'TVA',
    amount: 'Montant',
    subtotal: 'Sous-total',
    tax: 'Taxes',
    total: 'Total',
    paid: 'Payé',
    refunded: 'Remboursé',
    credited: 'Avoirs',
    amountDue: 'Reste à payer',
    notes: 'Remarques',
    recurring: "Contrat d'entretien",
    page: 'Page',
    history: 'Paiements et avoirs',
    date: 'Date',
    method: 'Moyen',
    creditNote: 'Avoir',
    methods: { card: 'Carte', us_bank_account: 'Compte bancaire', cash: 'Espèces', cheque: 'Chèque', bank_transfer: 'Virement' },
    statuses: { draft: 'Brouillon', unpaid: 'À payer', partially_paid: 'Partiellement payée', overdue: 'En retard', paid: 'Payée', void: 'Annulée' },
  },
  es: {
    invoice: 'Factura',
    billTo: 'Facturar a',
    number: 'Número de factura',
    issueDate: 'Fecha de emisión',
    dueDate: 'Fecha de vencimiento',
    status: 'Estado',
    description: 'Descripción',
    quantity: 'Cant.',
    unitPrice: 'Precio unitario',
    taxRate: 'Impuesto',
    amount: 'Importe',
    subtotal: 'Subtotal',
    tax: 'Impuestos',
    total: 'Total',
    paid: 'Pagado',
    refunded: 'Reembolsado',
    credited: 'Notas de crédito',
    amountDue: 'Importe pendiente',
    notes: 'Notas',
    recurring: 'Contrato de servicio',
    page: 'Página',
    history: 'Pagos y notas de crédito',
    date: 'Fecha',
    method: 'Medio',
    creditNote: 'Nota de crédito',
    methods: { card: 'Tarjeta', us_bank_account: 'Cuenta bancaria', cash: 'Efectivo', cheque: 'Cheque', bank_transfer: 'Transferencia' },
    statuses: { draft: 'Borrador', unpaid: 'Pendiente', partially_paid: 'Pagada parcialmente', overdue: 'Vencida', paid: 'Pagada', void: 'Anulada' },
  },
};

/**
 * The first locale known (the customer's, then the business's) that we print in, with the tag
 * Intl formats with: the stored one when it names a region (`fr-CA`), else the language's usual one.
 */
export function pdfLocale(...candidates: (string | null | undefined)[]): { locale: string; messages: PdfMessages } {
  for (const candidate of candidates) {
    const language = languageOf(candidate);
    if (language && candidate) {
      const tag = /[-_]/.test(candidate) ? canonical(candidate) : undefined;
      return { locale: tag ?? INTL_LOCALE[language], messages: PDF_MESSAGES[language] };
    }
  }
  return { locale: INTL_LOCALE.en, messages: PDF_MESSAGES.en };
}

function canonical(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag.replace('_', '-'))[0];
  } catch {
    return undefined;
  }
}
