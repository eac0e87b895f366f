import { redirect } from '@sveltejs/kit';
import { landingHref } from '$lib/roles';
import type { PageLoad } from './$types';

/** A technician's home is their day (a phone in the van); the office gets the dashboard. */
export const load: PageLoad = async ({ parent }) => {
  const { me } = await parent();
  if (me.role === 'technician') redirect(307, landingHref(me.role));
};
