// Whether an operation answered with errors, recorded as Apollo sends the response, so the
// HTTP layer can roll the request's transaction back without re-reading the response body.
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../context/context.js';

const withErrors = new WeakSet<RequestContext>();

export const recordOutcomePlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        const errors = response.body.kind === 'single' ? response.body.singleResult.errors : response.body.initialResult.errors;
        if (errors && errors.length > 0) withErrors.add(contextValue);
      },
    };
  },
};

export function answeredWithErrors(ctx: RequestContext): boolean {
  return withErrors.has(ctx);
}
