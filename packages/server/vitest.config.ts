import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // *.services.test.ts need outside services (MySQL, Redis): they run in the MariaDB pass.
    include: [
      'src/**/*.test.ts',
      'test/**/*.int.test.ts',
      ...(process.env.TEST_DATABASE_URL?.startsWith('mysql://')
        ? ['test/**/*.services.test.ts']
        : []),
    ],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    setupFiles: ['reflect-metadata'],
  },
});
