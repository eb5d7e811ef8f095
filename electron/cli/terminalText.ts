/**
 * Characters that would act on a terminal rather than show in it: C0 controls other than the line
 * break and tab (ESC starts colour, title and cursor sequences; CR rewrites the line), DEL, C1
 * controls, and the bidirectional overrides and isolates that make text display in another order
 * than it reads. Names in a shared project file reach the terminal through `tenfold check`,
 * `diff` and `merge`, so none of these may pass through as they are.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is this pattern's purpose
const acting = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * The text with each such character written as its `\uXXXX` escape: visible in a table, and in
 * JSON output the very same escape JSON uses, so the document still parses to the same strings.
 */
export function terminalText(text: string): string {
  return text.replace(acting, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
