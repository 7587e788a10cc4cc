import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The web's GraphQL types come from the server's checked-in schema and the operations written in
 * src/modules/<feature>/graphql/. `pnpm codegen` writes src/gql/; `pnpm codegen:check` fails when
 * it is stale.
 */
const config: CodegenConfig = {
  schema: '../server/schema.graphql',
  documents: ['src/modules/*/graphql/*.ts'],
  generates: {
    'src/gql/': {
      preset: 'client',
      // Components read fragment fields directly; masking would need a hook per fragment.
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { DateTimeISO: 'string' },
        strictScalars: true,
        useTypeImports: true,
        // Apollo's cache adds __typename to every selection below the root, so results carry it.
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
      },
    },
  },
};

export default config;
