import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['spec/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // The parser needs the stack bin/etpy gives it for CPython's nesting limits.
    execArgv: ['--stack-size=3900'],
  },
});
