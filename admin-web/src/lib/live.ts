// The live-updates subscription this app holds while signed in (see @portico/web-shared/graphql/live).
import { graphql } from '$lib/gql';

export const LiveEvents = graphql(`
  subscription LiveEvents($after: String) {
    liveEvents(after: $after) {
      seq
      change
      subject
      subjectId
    }
  }
`);
