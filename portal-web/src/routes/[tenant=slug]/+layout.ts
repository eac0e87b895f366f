// Every tenant page needs the tenant's branding: load it once here, anonymously.
import { error } from '@sveltejs/kit';
import { graphql } from '$lib/gql';
import { createLoadClient } from '$lib/graphql/client';
import { apiErrorCode, throwLoadError } from '@portico/web-shared/graphql/errors';
import type { LayoutLoad } from './$types';

const PortalTenant = graphql(`
	query PortalTenant($slug: String!) {
		portalTenant(slug: $slug) {
			slug
			name
			logoUrl
			primaryColor
			accentColor
			locale
			timeZone
			currency
			trade
			selfRegistration
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
	}
`);

export const load: LayoutLoad = async (event) => {
	const result = await createLoadClient(event)
		.query(PortalTenant, { slug: event.params.tenant })
		.toPromise();
	if (result.error && apiErrorCode(result.error) !== 'NOT_FOUND') throwLoadError(result.error);
	const tenant = result.data?.portalTenant;
	if (!tenant) error(404, { message: 'Unknown tenant', code: 'TENANT_NOT_FOUND' });
	return { tenant };
};
