import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloProvider } from '@apollo/client/react';
import { BrowserRouter } from 'react-router';
import { createApolloClient } from './app/apollo-client';
import { AppRoutes } from './app/AppRoutes';
import { installPopStateGuard } from './lib/pop-state-guard';
import { SudoProvider } from './modules/auth/components/SudoProvider';
import './styles/base.css';
import './styles/controls.css';
import './styles/surfaces.css';
import './styles/narrow-screens.css';
import './styles/layout.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');

installPopStateGuard();

createRoot(root).render(
  <StrictMode>
    <ApolloProvider client={createApolloClient()}>
      <SudoProvider>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </SudoProvider>
    </ApolloProvider>
  </StrictMode>,
);
