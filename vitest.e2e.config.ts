import { defineConfig } from 'vitest/config';

// End-to-end tests: real Chromium with the built extension. One file at a time, since every file
// starts its own browser and this machine has two cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
