import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    // One module cache per worker instead of one per file: the files import the same content and PE
    // modules, and no test leaves a global changed (demo-text.test.ts unstubs and resets its own).
    isolate: false,
  },
});
