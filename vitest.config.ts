import { defineConfig } from 'vitest/config';

// Unit and SQL tests run in Node; browser journeys live in e2e/ and run against the built site.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    // Starting DuckDB with the bundled data takes seconds; under a busy CI machine more than the default 10.
    hookTimeout: 60_000,
  },
});
