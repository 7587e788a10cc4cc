import { graphql } from '../../../gql';
import type { ViewerQuery } from '../../../gql/graphql';

export type Viewer = NonNullable<ViewerQuery['viewer']>;

export const VIEWER_QUERY = graphql(`
  query Viewer {
    viewer {
      id
      email
      displayName
    }
  }
`);
