import { describe, expect, it } from 'vitest';
import { parseMysqlUrl } from './database-hosts.js';

describe('parseMysqlUrl', () => {
  it('splits a host list and keeps what the hosts share', () => {
    expect(parseMysqlUrl('mysql://app:p%40ss@db1:3311,db2,[::1]:3313/bnder?charset=x')).toEqual({
      hosts: [
        { host: 'db1', port: 3311 },
        { host: 'db2', port: 3306 },
        { host: '::1', port: 3313 },
      ],
      username: 'app',
      password: 'p@ss',
      database: 'bnder',
    });
  });

  it('reads one host, with or without a database', () => {
    expect(parseMysqlUrl('mysql://root@127.0.0.1:3306')).toEqual({
      hosts: [{ host: '127.0.0.1', port: 3306 }],
      username: 'root',
      password: '',
      database: '',
    });
  });

  it.each(['mysql:///db', 'mysql://u@a,/db', 'mysql://u@a:0/db', 'mysql://u@a b/db'])(
    'refuses %s',
    (url) => expect(() => parseMysqlUrl(url)).toThrow(/host/),
  );
});
