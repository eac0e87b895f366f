// Typed documents for the web apps, from the server's printed schemas (`npm run codegen`).
// The output is committed: a web build needs neither a running server nor the server's build.
import type { CodegenConfig } from '@graphql-codegen/cli';

function webApp(app: 'portal-web' | 'admin-web', schema: string): CodegenConfig['generates'][string] {
  return {
    schema,
    documents: [`${app}/src/**/*.{ts,svelte}`, `!${app}/src/lib/gql/**`],
    preset: 'client',
    config: {
      // SvelteKit's tsconfig sets verbatimModuleSyntax.
      useTypeImports: true,
      enumsAsTypes: true,
      defaultScalarType: 'unknown',
      scalars: {
        DateTime: 'string',
        DateTimeISO: 'string',
        LocalDate: 'string',
        EmailAddress: 'string',
        URL: 'string',
        UUID: 'string',
      },
    },
  };
}

const config: CodegenConfig = {
  overwrite: true,
  generates: {
    'portal-web/src/lib/gql/': webApp('portal-web', 'server/schema/portal.graphql'),
    'admin-web/src/lib/gql/': webApp('admin-web', 'server/schema/admin.graphql'),
  },
};

export default config;
