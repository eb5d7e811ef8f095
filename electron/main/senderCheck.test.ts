import { describe, expect, it } from 'vitest';
import { isTrustedSender, type SenderFrame } from './senderCheck';

const top = (url: string): SenderFrame => ({ url, parent: null });

describe('IPC sender check', () => {
  it('trusts the top frame of our own app', () => {
    expect(isTrustedSender(top('app://tenfold/index.html'))).toBe(true);
    expect(isTrustedSender(top('app://tenfold/index.html#/project/abc'))).toBe(true);
  });

  it('refuses subframes, other origins and missing frames', () => {
    expect(isTrustedSender({ url: 'app://tenfold/index.html', parent: top('app://tenfold/index.html') })).toBe(false);
    expect(isTrustedSender(top('https://example.com/'))).toBe(false);
    expect(isTrustedSender(top('file:///home/u/index.html'))).toBe(false);
    expect(isTrustedSender(top('about:blank'))).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });
});
