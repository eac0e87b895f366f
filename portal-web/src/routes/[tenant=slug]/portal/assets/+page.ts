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
			site {
				label
			}
			maintenanceHistory(limit: 5) {
				id
				title
				completedAt
				scheduledStart
			}
		}
	}
`);

export const load: PageLoad = async (event) => await portalQuery(event, PortalAssets, {});
