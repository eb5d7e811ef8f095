import { isAppUrl } from './policy';

/** The parts of Electron's WebFrameMain the check reads (injected, so tests need no Electron). */
export interface SenderFrame {
  readonly url: string;
  readonly parent: SenderFrame | null;
}

/**
 * An IPC message is trusted only when it comes from the top frame of one of our windows showing
 * our own app origin: not from an iframe, not from a page navigated elsewhere.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  if (!frame) return false;
  if (frame.parent !== null) return false;
  return isAppUrl(frame.url);
}
