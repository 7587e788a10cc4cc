import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// Pages are lazy-loaded chunks: on a busy machine, transforming one in the test run took longer
// than findBy's default second. A page that never appears still fails, after five.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
});

/**
 * The API reference UI (RapiDoc) is a custom element that needs a real browser: it observes
 * layout and fetches the OpenAPI document itself, which jsdom cannot do. Unit tests only route to
 * its page, so the element stays undefined here; the browser tests (e2e/developer-guide) render it
 * in Chromium against the server.
 */
vi.mock('rapidoc', () => ({}));
