// Where a member of staff whose session ended goes: the sign-in page, saying why when it was inactivity.
import { resolve } from '$app/paths';
import { SIGNED_OUT_INACTIVE, SIGNED_OUT_PARAM } from '@portico/web-shared/graphql/errors';

export function signInAgainPath(inactive: boolean): string {
  const login = resolve('/login');
  return inactive ? `${login}?${SIGNED_OUT_PARAM}=${SIGNED_OUT_INACTIVE}` : login;
}
