import { hostname, networkInterfaces } from 'node:os';
import { describe, expect, it } from 'vitest';
import { linkAddress, shareHostNames, urlHost } from './networkNames';

describe('the names a shared host answers to', () => {
  it('are loopback, the machine name and the chosen address when one is chosen', () => {
    const names = shareHostNames('10.1.2.3');
    expect(names).toEqual(expect.arrayContaining(['127.0.0.1', 'localhost', hostname().toLowerCase(), '10.1.2.3']));
    // Another interface's address is not a name of a host bound to one address.
    const other = Object.values(networkInterfaces())
      .flat()
      .find((entry) => entry && !entry.internal)?.address;
    if (other !== undefined) expect(names).not.toContain(urlHost(other));
  });

  it('are every interface address when bound to all, IPv6 in brackets as in a Host header', () => {
    const names = shareHostNames('0.0.0.0');
    for (const entry of Object.values(networkInterfaces()).flat()) {
      if (entry) expect(names).toContain(entry.family === 'IPv6' ? `[${entry.address.toLowerCase()}]` : entry.address);
    }
    expect(urlHost('::1')).toBe('[::1]');
    expect(urlHost('192.0.2.7')).toBe('192.0.2.7');
  });

  it('put the chosen address in the links, else an external IPv4 address, else loopback', () => {
    expect(linkAddress('10.1.2.3')).toBe('10.1.2.3');
    expect(linkAddress('::1')).toBe('[::1]');
    const external = Object.values(networkInterfaces())
      .flat()
      .find((entry) => entry && entry.family === 'IPv4' && !entry.internal)?.address;
    expect(linkAddress('0.0.0.0')).toBe(external ?? '127.0.0.1');
  });
});
