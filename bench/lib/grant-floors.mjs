import { checkFloorGrant } from './checks.mjs';
import { withFloor } from './context.mjs';
import { measurePool } from './measure.mjs';

/**
 * F3 and F4: R3's and R4's requests, each with a fresh credential, sent to a floor process that
 * runs only their statements (floor-grant-routes.mjs), on the same database and pools. R3 over
 * F3 and R4 over F4 are then what the product's own work costs, and F3 and F4 over F what the
 * statements do: a grant cannot cost less than its floor.
 * @param {Awaited<ReturnType<typeof import('./context.mjs').openBench>>} bench
 * @param {number | null} knownRps the last rate measured for a grant, to size the first pool
 */
export function measureGrantFloors(bench, knownRps) {
  const { specs, flow, conn, tmpDir } = bench;
  return withFloor(
    bench.db.name,
    flow.userId,
    async (floorUrl, pid) => {
      const at = (path) => new URL(path, floorUrl).href;
      const [token] = await bench.mintRefresh(1);
      await checkFloorGrant('F3', floorUrl, '/refresh', flow.auth, { refresh_token: token });
      const [code] = await bench.mintCode(1);
      await checkFloorGrant('F4', floorUrl, '/exchange', flow.auth, {
        code,
        redirect_uri: bench.redirectUri,
      });
      const common = { pid, conn, tmpDir };
      const F3 = await measurePool('F3', { ...specs.R3, ...common, url: at('/refresh'), knownRps });
      const F4 = await measurePool('F4', {
        ...specs.R4,
        ...common,
        url: at('/exchange'),
        knownRps: F3.rps,
      });
      return { F3, F4 };
    },
    { clientAuth: flow.auth },
  );
}
