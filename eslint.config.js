import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'data/**',
      'bench/results/**',
      // Written by GraphQL Code Generator (pnpm --filter @bnder/web codegen).
      'packages/web/src/gql/**',
      // Written by `pnpm --filter @bnder/server codegen` (the tests' types).
      'packages/server/test/gql/**',
      'tooling/testkit/operations.generated.d.mts',
      '**/*.config.*.timestamp-*',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['packages/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Type-aware rules for the server only: a promise nobody awaits loses its rejection
    // (an unhandled rejection ends the process) and its ordering. The project service reads
    // packages/server/tsconfig.json; the rest of the lint stays syntactic and fast.
    files: ['packages/server/src/**/*.ts', 'packages/server/test/**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    // The server suites share one module graph per worker (isolate: false in
    // packages/server/vitest.config.ts), so a module mock would leak into the next file.
    files: ['packages/server/src/**/*.test.ts', 'packages/server/test/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...['mock', 'doMock', 'stubEnv', 'stubGlobal'].map((property) => ({
          object: 'vi',
          property,
          message:
            'Server suites share modules between files: start a server with its own config instead.',
        })),
      ],
    },
  },
  {
    files: [
      'bench/**',
      '.ci/**',
      'packages/*/scripts/**',
      'packages/server/src/admin/**',
      'packages/server/src/composition/print-schema.ts',
    ],
    rules: { 'no-console': 'off' },
  },
);
