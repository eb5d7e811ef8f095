/**
 * Escapes text for a quoted Mermaid label (`id["…"]`, `@{ label: "…" }`, `-->|"…"|`).
 *
 * Every ASCII character other than letters, digits, space and `.,:_/+'()!?-` becomes a Mermaid entity code
 * (`#35;` for `#`, `#60;` for `<`), which Mermaid turns back into the character when it draws the
 * label. That keeps quotes, brackets, pipes, `;`, `#`, backticks (Markdown strings), `<script>` and
 * keywords such as `end` from ever being read as syntax, while the rendered label shows the name
 * verbatim. Letters beyond ASCII are kept as they are (quoted labels accept Unicode); control and
 * line-separator characters are encoded too, so a name can never break a statement across lines.
 */
export function mermaidLabel(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    out += isPlain(char, code) ? char : `#${code};`;
  }
  // Before parsing, Mermaid drops the last ";" of any line matching /style.*:\S*#.*;/ or the same
  // with classDef (to accept "style a fill:#f00;"), which would corrupt an entity in a label.
  // Encoding the first letter of those words keeps the line from matching.
  return out.replace(/style/g, '#115;tyle').replace(/classDef/g, '#99;lassDef');
}

function isPlain(char: string, code: number): boolean {
  if (code > 0x7e) return !isInvisibleBreak(code);
  return /^[A-Za-z0-9 .,:_/+'()!?-]$/.test(char);
}

/** C1 controls and the Unicode line/paragraph separators act as line breaks in some parsers. */
function isInvisibleBreak(code: number): boolean {
  return code <= 0x9f || code === 0x2028 || code === 0x2029 || code === 0xfeff;
}
