// Kept for the job pages (dispatch, jobs, my-day), which another change is rewriting: new code imports `loadQuery` from ./client.
export { loadQuery } from './client';
