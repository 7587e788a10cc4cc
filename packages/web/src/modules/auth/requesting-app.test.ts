import { describe, expect, it } from 'vitest';
import { requestingAppOf } from './requesting-app';

describe('requestingAppOf', () => {
  it.each([
    ['/oauth/authorize?client_id=cid_1&scope=read', { clientId: 'cid_1' }],
    ['/device?user_code=WDJB-MJHT', { userCode: 'WDJB-MJHT' }],
    ['/device', null],
    ['/settings/development?client_id=cid_1', null],
    ['https://evil.example/oauth/authorize?client_id=cid_1', null],
    [null, null],
  ])('reads %s as %j', (returnTo, expected) => {
    expect(requestingAppOf(returnTo)).toEqual(expected);
  });
});
