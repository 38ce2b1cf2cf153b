import { defineConfig } from 'vitest/config';

// Browser journeys: real Debian Chromium (playwright-core) against the built site served on localhost.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/serveDist.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
