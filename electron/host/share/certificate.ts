import { X509Certificate } from 'node:crypto';
import { isIP } from 'node:net';
import { generate } from 'selfsigned';

export interface ShareCertificate {
  /** PEM private key and certificate, for node:https. */
  readonly key: string;
  readonly cert: string;
  /** SHA-256 fingerprint as browsers show it (AB:CD:…), for participants to compare before they trust it. */
  readonly fingerprint256: string;
}

/** Valid for a month: long enough for any meeting, a new one is made at every start. */
const validDays = 30;

/**
 * A self-signed certificate made at start, naming every address the host answers to. Browsers
 * still warn (no authority vouches for it): the printed fingerprint is how the room checks it is
 * this host's. EC P-256 keys are made in milliseconds, where RSA takes a noticeable pause.
 */
export async function createShareCertificate(names: readonly string[]): Promise<ShareCertificate> {
  const notBeforeDate = new Date(Date.now() - 60_000);
  const notAfterDate = new Date(notBeforeDate.getTime() + validDays * 24 * 3600 * 1000);
  const altNames = names.map((name) => {
    const bare = name.replace(/^\[|\]$/g, '');
    return isIP(bare) ? { type: 7 as const, ip: bare } : { type: 2 as const, value: name };
  });
  const pems = await generate([{ name: 'commonName', value: 'Tenfold shared review' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames },
    ],
  });
  return { key: pems.private, cert: pems.cert, fingerprint256: new X509Certificate(pems.cert).fingerprint256 };
}
