import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Four workers on two cores: many tests wait on other processes (Python
    // checks, tmux, concurrent mlroads), so the waits overlap (113 s -> 75 s measured).
    maxWorkers: 4,
  },
});
