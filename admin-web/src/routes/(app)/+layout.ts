import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/load';
import type { LayoutLoad } from './$types';

const AdminMe = graphql(`
	query AdminMe {
		me {
			id
			name
			email
			role
			timeZone
			currency
		}
	}
`);

/** Every staff page needs who is signed in (their role picks the navigation) and the business's zone. */
export const load: LayoutLoad = async (event) => {
	const { me } = await loadQuery(event, AdminMe, {});
	return { me };
};
