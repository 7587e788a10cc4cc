import { defineConfig } from 'vitest/config';

// The cluster suite: real server processes on a three-node Galera cluster (.ci/galera.sh).
export default defineConfig({
  test: {
    include: ['test/cluster/**/*.cluster.test.ts'],
    environment: 'node',
    // One file at a time: the node-loss test stops a node the others use.
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 180_000,
    setupFiles: ['reflect-metadata'],
  },
});
