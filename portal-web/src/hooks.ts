// Universal hooks: a business's own domain serves its portal without the slug in the address.
import type { Reroute } from '@sveltejs/kit';
import { rerouteCustomDomain } from '$lib/custom-domains';

export const reroute: Reroute = ({ url, fetch }) => rerouteCustomDomain(url, fetch);
