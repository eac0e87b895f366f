import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    globalSetup: ['src/global-setup.ts'],
    // Each file launches its own Chromium; three servers and a database share the machine.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Global setup may initialise a PostgreSQL cluster, migrate, hash demo passwords and start three servers.
    teardownTimeout: 30_000,
  },
});
