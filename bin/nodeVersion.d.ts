/** The message for a Node too old for Tenfold, or null when `version` (e.g. "20.11.1") will do. */
export function nodeVersionProblem(version: string, program: string): string | null;
