import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Suites named by the outside service they need run in the MariaDB pass: *.mysql.test.ts
    // (MariaDB/MySQL itself), *.redis.test.ts (Redis too), *.nginx.test.ts (Debian's nginx too).
    include: [
      'src/**/*.test.ts',
      'test/**/*.int.test.ts',
      ...(process.env.TEST_DATABASE_URL?.startsWith('mysql://')
        ? ['test/**/*.{mysql,redis,nginx}.test.ts']
        : []),
    ],
    environment: 'node',
    // One module graph per worker, not per file: importing the server costs about 4 s a file,
    // three quarters of the suite's time. Safe because no suite mocks a module (lint refuses
    // vi.mock here) or changes process.env, and each starts its own server and database.
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    setupFiles: ['reflect-metadata'],
  },
});
