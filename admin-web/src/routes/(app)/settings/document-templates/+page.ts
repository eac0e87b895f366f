import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import { documentTemplate } from '$lib/components/settings/document-templates';
import type { PageLoad } from './$types';

const DocumentTemplates = graphql(`
  query AdminDocumentTemplates {
    documentTemplates {
      ...DocumentTemplateFields
    }
  }
`);

/** Owners and admins (the API's door): every kind of generated document in every language. */
export const load: PageLoad = async (event) => {
  const { documentTemplates } = await loadQuery(event, DocumentTemplates, {});
  return { templates: documentTemplates.map(documentTemplate) };
};
