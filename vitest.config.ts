import { defineConfig } from 'vitest/config';

// Unit and SQL tests run in Node; browser journeys live in e2e/ and run against the built site.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
