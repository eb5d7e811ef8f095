import type { ShareRole } from '../../../shared/share/meeting';
import { newToken, sameSecret } from '../tokens';

/** The two secrets of a shared review; each link carries one. */
export interface ShareTokens {
  readonly presenter: string;
  readonly participant: string;
}

export function createShareTokens(): ShareTokens {
  return { presenter: newToken(), participant: newToken() };
}

/** The role a token grants, or null. Both tokens are always compared, so timing does not tell which matched. */
export function roleOfToken(candidate: string | undefined, tokens: ShareTokens): ShareRole | null {
  const presenter = sameSecret(candidate, tokens.presenter);
  const participant = sameSecret(candidate, tokens.participant);
  return presenter ? 'presenter' : participant ? 'participant' : null;
}
