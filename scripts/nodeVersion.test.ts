import { describe, expect, it } from 'vitest';
import { nodeVersionProblem } from '../bin/nodeVersion.js';

describe('the Node version check of tenfold and npm start', () => {
  it('names what is needed on Node older than 22, and lets 22 and later through', () => {
    for (const version of ['18.19.0', '20.11.1', '21.7.3']) {
      expect(nodeVersionProblem(version, 'tenfold')).toBe(
        `tenfold: Tenfold needs Node.js 22 or newer; this is Node.js ${version}. Install Node.js 22 (LTS) from https://nodejs.org or with your version manager (e.g. "nvm install 22"), then run it again.`,
      );
    }
    for (const version of ['22.0.0', '24.21.0', '30.1.0']) expect(nodeVersionProblem(version, 'tenfold')).toBeNull();
  });
});
