import { error } from '@sveltejs/kit';
import type { PageLoad } from './$types';

/** Only businesses that take sign-ups in their portal have this page. */
export const load: PageLoad = async ({ parent }) => {
  const { tenant } = await parent();
  if (!tenant.selfRegistration) error(404, { message: 'No sign-ups here', code: 'NOT_FOUND' });
};
