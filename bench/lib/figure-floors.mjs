import { checkGrant, checkIntrospect, checkMe } from './checks.mjs';
import { withFloor } from './context.mjs';
import { measurePool, measureStatic } from './measure.mjs';
import { settings } from './settings.mjs';

/** The floors of the figures, each answering its figure's request (floor-routes.mjs). */
export const FIGURE_FLOORS = ['F1', 'F2', 'F3', 'F3S', 'F3M', 'F4'];

/**
 * R3's floor as the product sends it (F3), and the two shapes that would send it in fewer
 * statements or round trips: one INSERT … SELECT (F3S), one multi-statement query (F3M).
 */
/** @type {[id: string, path: string][]} */
const REFRESH_FLOORS = [
  ['F3', '/refresh'],
  ['F3S', '/refresh-in-one-statement'],
  ['F3M', '/refresh-in-one-trip'],
];

/**
 * F1 to F4: R1's to R4's requests, the grants' with fresh credentials, sent to a floor process
 * that runs only their statements (floor-routes.mjs), on the same database and pools. R1 over F1
 * and so on is then what the product's own work costs, and F1 to F4 over F what the statements
 * do: no figure can cost less than its floor.
 * @param {Awaited<ReturnType<typeof import('./context.mjs').openBench>>} bench
 * @param {string[]} ids the floors to measure, in FIGURE_FLOORS' order
 * @param {number | null} knownGrantRps the last rate measured for a grant, to size the first pool
 */
export function measureFigureFloors(bench, ids, knownGrantRps) {
  const { specs, flow, conn, tmpDir } = bench;
  return withFloor(
    bench.db.name,
    flow.userId,
    async (floorUrl, pid) => {
      const at = (path) => new URL(path, floorUrl).href;
      const common = { pid, conn, tmpDir };
      /** @type {Record<string, any>} */
      const runs = {};
      if (ids.includes('F1')) {
        await checkMe(floorUrl, flow.accessToken, flow.userId, { id: 'F1', path: '/me' });
        runs.F1 = await measureStatic('F1', { ...specs.R1, ...common, url: at('/me') });
      }
      if (ids.includes('F2')) {
        await checkIntrospect(floorUrl, flow.auth, flow.accessToken, {
          id: 'F2',
          path: '/introspect',
        });
        runs.F2 = await measureStatic('F2', { ...specs.R2, ...common, url: at('/introspect') });
      }
      let knownRps = knownGrantRps;
      for (const [id, path] of REFRESH_FLOORS.filter(([name]) => ids.includes(name))) {
        const [token] = await bench.mintRefresh(1);
        await checkGrant(id, floorUrl, flow.auth, { refresh_token: token }, path);
        runs[id] = await measurePool(id, { ...specs.R3, ...common, url: at(path), knownRps });
        knownRps = runs[id].rps;
      }
      if (ids.includes('F4')) {
        const [code] = await bench.mintCode(1);
        const exchange = { code, redirect_uri: settings.redirectUri };
        await checkGrant('F4', floorUrl, flow.auth, exchange, '/exchange');
        runs.F4 = await measurePool('F4', {
          ...specs.R4,
          ...common,
          url: at('/exchange'),
          knownRps,
        });
      }
      return runs;
    },
    { clientAuth: flow.auth },
  );
}
