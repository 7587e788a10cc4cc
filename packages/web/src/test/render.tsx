import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { createMemoryRouter, Outlet, RouterProvider, useLocation } from 'react-router';
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
  // A data router like the app's (main.tsx), so hooks that need one (useBlocker) work here too.
  const router = createMemoryRouter(
    [
      {
        element: (
          <>
            <Outlet />
            <LocationProbe />
          </>
        ),
        children: [
          { path, element: ui },
          ...Object.entries(routes).map(([routePath, element]) => ({ path: routePath, element })),
        ],
      },
    ],
    { initialEntries: [at] },
  );
  const result = render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <SudoProvider>
        <RouterProvider router={router} />
      </SudoProvider>
    </MockedProvider>,
  );
  return { user, ...result };
}
