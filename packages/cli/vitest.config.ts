import { defineProject } from 'vitest/config';

// The tests in test/ run the built command in child processes: give them time on a busy machine.
export default defineProject({
  test: {
    name: '@tremplin/cli',
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
