import { defineConfig } from 'vitest/config';

// Model tests only (no DOM): the page is tested end to end in a real browser (e2e/).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
  },
});
