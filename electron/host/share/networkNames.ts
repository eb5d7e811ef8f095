import { hostname, networkInterfaces } from 'node:os';

const wildcard = new Set(['0.0.0.0', '::']);

/** An address as it appears in a Host header and a URL: IPv6 in brackets. */
export function urlHost(address: string): string {
  return address.includes(':') ? `[${address}]` : address;
}

/**
 * The names a shared host answers to: loopback, the machine's name, and its addresses (every
 * interface's when bound to all of them, else the chosen one). Requests naming anything else are
 * refused (DNS rebinding), and the certificate names exactly these.
 */
export function shareHostNames(bindAddress: string): string[] {
  const names = new Set<string>(['127.0.0.1', 'localhost']);
  const machine = hostname().toLowerCase();
  if (machine !== '') {
    names.add(machine);
    if (!machine.includes('.')) names.add(`${machine}.local`);
  }
  if (wildcard.has(bindAddress)) {
    for (const entries of Object.values(networkInterfaces())) {
      for (const entry of entries ?? []) names.add(urlHost(entry.address.toLowerCase()));
    }
  } else {
    names.add(urlHost(bindAddress.toLowerCase()));
  }
  return [...names];
}

/** The address the printed links use: the chosen one, or on all interfaces the first external IPv4 address. */
export function linkAddress(bindAddress: string): string {
  if (!wildcard.has(bindAddress)) return urlHost(bindAddress);
  for (const entries of Object.values(networkInterfaces())) {
    const external = entries?.find((entry) => entry.family === 'IPv4' && !entry.internal);
    if (external) return external.address;
  }
  return '127.0.0.1';
}
