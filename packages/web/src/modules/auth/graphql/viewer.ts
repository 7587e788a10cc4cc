import { gql, type TypedDocumentNode } from '@apollo/client';

export interface Viewer {
  __typename?: 'User';
  id: string;
  email: string;
  displayName: string;
}

export interface ViewerData {
  viewer: Viewer | null;
}

export const VIEWER_QUERY: TypedDocumentNode<ViewerData, Record<string, never>> = gql`
  query Viewer {
    viewer {
      id
      email
      displayName
    }
  }
`;
