import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    globalSetup: ['src/test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    server: {
      deps: {
        // Portico's built server is loaded by Node as `npm run bench` loads it, not transformed
        // by Vite (whose resolution would give it a second copy of graphql).
        external: [/\/server\/dist\//],
      },
    },
  },
});
