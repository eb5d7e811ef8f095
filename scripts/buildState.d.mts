/** True when every output of `npm run build` exists and no source file changed after the oldest. */
export function buildIsCurrent(root: string): boolean;
