// The mentions French law requires on an invoice between businesses and that French businesses
// print on every invoice (Code de commerce L441-9, L441-10 and D441-5): payment terms, the
// late-payment penalty rate and the fixed 40 € recovery indemnity, with the seller's SIRET and
// VAT number. Printed in French, the business's language, whatever the customer reads.
export interface FrenchMentionsInput {
  /** The business's locale; the mentions apply when it is French. */
  businessLocale: string;
  dueDate: string | null;
  issueDate: string | null;
  registrationNumber: string | null;
  vatNumber: string | null;
  legalName: string | null;
}

const DATE = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' });

export function frenchInvoiceMentions(input: FrenchMentionsInput): string[] {
  if (!input.businessLocale.toLowerCase().startsWith('fr')) return [];
  const due = input.dueDate && input.dueDate !== input.issueDate ? DATE.format(new Date(`${input.dueDate}T00:00:00Z`)) : null;
  const mentions = [
    due
      ? `Conditions de paiement : paiement au plus tard le ${due}. Pas d’escompte pour paiement anticipé.`
      : 'Conditions de paiement : paiement à réception de la facture. Pas d’escompte pour paiement anticipé.',
    'En cas de retard de paiement, des pénalités de retard sont exigibles au taux de trois fois le taux d’intérêt légal, ' +
      'ainsi qu’une indemnité forfaitaire pour frais de recouvrement de 40 € (articles L441-10 et D441-5 du Code de commerce).',
  ];
  const identity = [input.legalName, input.registrationNumber && `SIRET : ${input.registrationNumber}`, input.vatNumber && `N° TVA intracommunautaire : ${input.vatNumber}`].filter(
    Boolean,
  );
  if (identity.length > 0) mentions.push(identity.join(' – '));
  return mentions;
}
