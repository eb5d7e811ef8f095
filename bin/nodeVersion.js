// Written for every Node: `tenfold` and `npm start` check the version before loading anything
// that needs Node 22 (better-sqlite3 crashes without a message on older ones).

/** The message for a Node too old for Tenfold, or null when `version` (e.g. "20.11.1") will do. */
export function nodeVersionProblem(version, program) {
  const major = Number(String(version).split('.')[0]);
  if (Number.isFinite(major) && major >= 22) return null;
  return `${program}: Tenfold needs Node.js 22 or newer; this is Node.js ${version}. Install Node.js 22 (LTS) from https://nodejs.org or with your version manager (e.g. "nvm install 22"), then run it again.`;
}
