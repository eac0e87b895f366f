import { graphql } from '$lib/gql';
import { portalQuery } from '$lib/load';
import type { PageLoad } from './$types';

const PortalAssets = graphql(`
	query PortalAssets {
		viewer: me {
			id
			canAddAssets
		}
		assetTypes {
			id
			name
		}
		sites {
			id
			label
		}
		assets {
			id
			name
			canEdit
			category
			typeName
			model
			serialNumber
			installedOn
			warrantyEndOn
			warrantyStatus
			notes
			ageMonths
			visitCount
			site {
				id
				label
			}
		}
	}
`);

export const load: PageLoad = async (event) => await portalQuery(event, PortalAssets, {});
