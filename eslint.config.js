// One lint for the whole repository (each workspace's `npm run lint` runs it on its own files):
// typescript-eslint's strict type-checked rules, Svelte's, no import cycles, and the boundary
// that keeps transport code (HTTP, Apollo) out of the server's domain folders.
import path from 'node:path';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;
// Where each part's imports resolve from (each workspace's tsconfig: `.js` specifiers name `.ts`
// files, the apps' `$lib` is a path alias); the root one covers scripts/, the seed and codegen.ts.
const WORKSPACES = ['server', 'bench', 'e2e', 'web-shared', 'portal-web', 'admin-web'];
const importResolution = (files, tsconfig) => ({
  files,
  settings: {
    'import-x/resolver-next': [createTypeScriptImportResolver({ alwaysTryTypes: true, project: path.join(root, tsconfig) })],
  },
});

// Folders of server/src that may speak HTTP and GraphQL; every other folder is a domain (or
// infrastructure behind an interface) and takes a request context, never a request.
const TRANSPORT_FOLDERS = ['graphql', 'http', 'platform', 'context', 'db', 'worker'];
const TRANSPORT_MESSAGE = 'Domain code takes a request context, not transport: only graphql/, http/, platform/, context/, db/, worker/, app.ts and main.ts use HTTP or Apollo.';

export default defineConfig(
  {
    ignores: [
      '**/node_modules/',
      '**/dist/',
      '**/build/',
      '**/.svelte-kit/',
      '**/.turbo/',
      '.data/',
      'server/src/generated/',
      '*/src/lib/gql/',
      'e2e/test-results/',
      'e2e/artifacts/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  svelte.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: {
        projectService: {
          // Tool configs that no workspace tsconfig includes.
          allowDefaultProject: ['server/vitest.config.ts', 'bench/vitest.config.ts', 'web-shared/vitest.config.ts'],
        },
        tsconfigRootDir: root,
        extraFileExtensions: ['.svelte'],
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Numbers in messages, keys and SQL fragments print the same everywhere.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // type-graphql's @ObjectType/@InputType classes are shapes: services and resolvers return
      // plain objects of that shape (type-graphql never needs instances).
      '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
      // Links are tel:, maps and API-signed file URLs, or built by helpers that apply the base
      // path (portal's tenantPath() also serves businesses' own domains); resolve() fits none.
      'svelte/no-navigation-without-resolve': 'off',
    },
  },
  {
    // The type-graphql shapes (above) that services spread into wider shapes: classes without methods, so a spread copies all of them; strings, promises and maps stay checked.
    files: ['server/src/**/*.ts'],
    rules: {
      '@typescript-eslint/no-misused-spread': [
        'error',
        { allow: [{ from: 'file', name: ['AcceptInvitationInput', 'BusinessContact', 'Invoice', 'Job', 'JobPlanInput', 'ResetPasswordInput', 'ServiceRequest'] }] },
      ],
    },
  },
  {
    // A test asserts a value exists (expect) and then uses it; `!` there is the test's own check.
    files: ['**/*.test.ts', 'server/src/test/**', 'e2e/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
    languageOptions: {
      globals: { ...globals.browser },
      parserOptions: { parser: tseslint.parser },
    },
  },
  {
    files: ['**/*.svelte'],
    // typescript-eslint's program cannot read .svelte modules: types that come from components
    // (props callbacks, snippet parameters of generic components) arrive as `any`. svelte-check,
    // which npm test runs, type-checks these files instead.
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // `{' · '}` after a `{#if}` keeps the separator's spaces, which Svelte trims from a block's edge text.
    files: ['portal-web/**/*.svelte', 'admin-web/**/*.svelte'],
    rules: { 'svelte/no-useless-mustaches': 'off' },
  },
  {
    files: ['portal-web/src/**', 'admin-web/src/**', 'web-shared/src/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    // Plain JavaScript (tool configs, small launchers) is not in any TypeScript program.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['**/*.ts', '**/*.svelte'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.js', '.svelte'],
      // How the cycle check reads the files it follows (else with the importing file's parser).
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'], 'svelte-eslint-parser': ['.svelte'] },
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  importResolution(['**/*.ts'], 'tsconfig.json'),
  ...WORKSPACES.map((workspace) => importResolution([`${workspace}/**/*.ts`, `${workspace}/**/*.svelte`], `${workspace}/tsconfig.json`)),
  {
    files: ['server/src/**/*.ts'],
    // Tests (and the test harness) may drive the app over HTTP.
    ignores: [...TRANSPORT_FOLDERS.map((folder) => `server/src/${folder}/**`), 'server/src/app.ts', 'server/src/main.ts', 'server/src/test/**', '**/*.test.ts'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: root,
          zones: [{ target: './server/src', from: ['./server/src/graphql/http.ts', './server/src/graphql/server.ts', './server/src/http/rest.ts'], message: TRANSPORT_MESSAGE }],
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'express', message: TRANSPORT_MESSAGE },
            { name: '@apollo/server', message: TRANSPORT_MESSAGE },
          ],
          patterns: [{ group: ['@apollo/server/*'], message: TRANSPORT_MESSAGE }],
        },
      ],
    },
  },
);
