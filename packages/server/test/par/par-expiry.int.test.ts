import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { useTestServer } from '../helpers/server.js';
import { authorizeParams, follow, ownerWithApp, push } from './support.js';

// The shortest lifetime the setting allows, so the test can outlive a pushed request.
const server = useTestServer({ PAR_REQUEST_TTL: '1' });

describe('an expired request_uri', () => {
  it('announces the configured lifetime and is refused on the error page once it is over', async () => {
    const { user, app } = await ownerWithApp(server, false);
    const pushed = await push(server, app, authorizeParams(app).params);
    expect(pushed.body.expires_in).toBe(1);
    await sleep(1500);
    const answered = await follow(user, {
      client_id: app.clientId,
      request_uri: String(pushed.body.request_uri),
    });
    expect(answered.status).toBe(400);
    expect(answered.location).toBeNull();
    expect(answered.text).toContain('has expired');
  });
});
