// Whether an operation answered with errors, recorded as Apollo sends the response, so the
// HTTP layer can roll the request's transaction back without re-reading the response body.
// Apollo hands resolvers a shallow copy of the context: the outcome object is shared with it.
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../context/context.js';

export const recordOutcomePlugin: ApolloServerPlugin<RequestContext> = {
  requestDidStart() {
    return Promise.resolve({
      willSendResponse({ contextValue, response }) {
        const errors = response.body.kind === 'single' ? response.body.singleResult.errors : response.body.initialResult.errors;
        if (errors && errors.length > 0) contextValue.outcome.errors = true;
        return Promise.resolve();
      },
    });
  },
};
