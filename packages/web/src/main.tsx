import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloProvider } from '@apollo/client/react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { createApolloClient } from './app/apollo-client';
import { AppRoutes } from './app/AppRoutes';
import { SudoProvider } from './modules/auth/components/SudoProvider';
import './styles/base.css';
import './styles/controls.css';
import './styles/surfaces.css';
import './styles/narrow-screens.css';
import './styles/layout.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');

// A data router, for useBlocker (the unsaved-changes guard, lib/leave-guard.ts). The pages stay
// declared in AppRoutes as descendant routes, each a lazy chunk.
const router = createBrowserRouter([{ path: '*', element: <AppRoutes /> }]);

createRoot(root).render(
  <StrictMode>
    <ApolloProvider client={createApolloClient()}>
      <SudoProvider>
        <RouterProvider router={router} />
      </SudoProvider>
    </ApolloProvider>
  </StrictMode>,
);
