import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { createCache } from '../app/apollo-client';
import { SudoProvider } from '../modules/auth/components/SudoProvider';

export interface RenderOptions {
  mocks?: MockLink.MockedResponse[];
  /** The URL the test starts on. */
  at?: string;
  /** The route pattern the element is mounted on (defaults to every path). */
  path?: string;
  /** Other routes, to see where the element navigates. */
  routes?: Record<string, ReactElement>;
}

/** Shows the current location, so a test can assert where navigation went. */
export function LocationProbe() {
  const { pathname, search } = useLocation();
  return <output data-testid="location">{pathname + search}</output>;
}

export function renderWithProviders(ui: ReactElement, options: RenderOptions = {}) {
  const { mocks = [], at = '/', path = '*', routes = {} } = options;
  const user = userEvent.setup();
  const result = render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <SudoProvider>
        <MemoryRouter initialEntries={[at]}>
          <Routes>
            <Route path={path} element={ui} />
            {Object.entries(routes).map(([routePath, element]) => (
              <Route key={routePath} path={routePath} element={element} />
            ))}
          </Routes>
          <LocationProbe />
        </MemoryRouter>
      </SudoProvider>
    </MockedProvider>,
  );
  return { user, ...result };
}
