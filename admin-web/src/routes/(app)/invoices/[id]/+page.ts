import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import type { PageLoad } from './$types';

const InvoiceDetail = graphql(`
	query InvoiceDetail($id: ID!) {
		invoice(id: $id) {
			id
			number
			status
			customerId
			customerName
			issueDate
			dueDate
			currency
			subtotalMinor
			taxMinor
			totalMinor
			paidMinor
			refundedMinor
			creditedMinor
			refundState
			amountDueMinor
			creditNotes {
				id
				number
				amountMinor
				reason
				issuedAt
				pdfUrl
			}
			notes
			voidReason
			recurringLabel
			pdfUrl
			payments {
				id
				amountMinor
				refundedMinor
				currency
				method
				cardBrand
				last4
				status
				createdAt
				failureReason
				receiptUrl
			}
			lines {
				id
				description
				quantity
				unitPriceMinor
				taxRateBp
				totalMinor
			}
		}
	}
`);

export const load: PageLoad = async (event) => {
	const { invoice } = await loadQuery(event, InvoiceDetail, { id: event.params.id });
	return { invoice };
};
