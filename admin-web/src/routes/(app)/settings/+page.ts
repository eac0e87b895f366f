import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import type { PageLoad } from './$types';

const Settings = graphql(`
	query AdminSettings {
		tenantSettings {
			name
			slug
			customDomain
			customDomainVerification {
				domain
				status
				recordType
				recordName
				recordValue
				checkedAt
				nextCheckAt
				verifiedAt
				problem
				problemMessage
			}
			primaryColor
			accentColor
			logoUrl
			locale
			timeZone
			currency
			invoiceNumberFormat
			selfRegistration
			reviewModeration
			customerProfileEdit
			customersMayAddSites
			customersMayAddAssets
			allowPartialPayments
			customerSessionIdleDays
			staffSessionIdleHours
			stripeConfigured
			stripePublishableKey
			stripeSecretKeyLast4
			stripeWebhookConfigured
			stripeAccountId
			features {
				booking
				documents
				invoices
				requests
				reviews
			}
			contact {
				phone
				email
				addressLine1
				addressLine2
				city
				postalCode
				region
				country
				openingHours
				legalName
				registrationNumber
				vatNumber
			}
		}
		serviceTypes {
			id
			name
			description
			durationMinutes
			priceMinor
			bookableOnline
			active
			technicians {
				id
				name
			}
		}
		assetTypes {
			id
			code
			category
			name
			names {
				locale
				name
			}
		}
		staffMembers {
			id
			name
			role
			status
		}
		bookingSettings {
			mode
			slotMinutes
			bufferBeforeMinutes
			bufferAfterMinutes
			minLeadMinutes
			maxAdvanceDays
			changeWindowHours
			changeGraceMinutes
			timeZone
			hours {
				weekday
				ranges {
					start
					end
				}
			}
			closedDates {
				date
				label
			}
		}
		staffAlertSettings {
			kind
			roles
		}
	}
`);

/** Owners and admins only: the API answers FORBIDDEN to others, which shows the access-denied page. */
export const load: PageLoad = async (event) => {
	const settings = await loadQuery(event, Settings, {});
	return settings;
};
