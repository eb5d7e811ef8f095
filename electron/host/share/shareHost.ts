import { createHandlers } from '../../handlers/handlers';
import type { Library } from '../../store/library';
import { createShareCertificate } from './certificate';
import { linkAddress, shareHostNames } from './networkNames';
import type { ShareSetup } from './shareRoutes';
import { createShareTokens } from './tokens';

export interface ShareStart {
  readonly setup: ShareSetup;
  readonly fingerprint256: string;
}

/** Everything a shared review needs before the host listens: names, certificate, tokens, the participants' handlers. */
export async function prepareShare(library: Library, templatesDir: string, bindAddress: string): Promise<ShareStart> {
  const names = shareHostNames(bindAddress);
  const certificate = await createShareCertificate(names);
  return {
    setup: {
      tls: { key: certificate.key, cert: certificate.cert },
      tokens: createShareTokens(),
      names,
      linkHost: linkAddress(bindAddress),
      participantHandlers: createHandlers({ library, templatesDir, repliesAsJson: true, marksOpened: false }),
    },
    fingerprint256: certificate.fingerprint256,
  };
}

/** The two links: each carries its token once; the host swaps it for a cookie at once. */
export function shareLinks(baseUrl: string, setup: ShareSetup): { presenter: string; participant: string } {
  return { presenter: `${baseUrl}share/${setup.tokens.presenter}`, participant: `${baseUrl}share/${setup.tokens.participant}` };
}
