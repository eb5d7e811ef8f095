/**
 * Escapes text for inline Markdown (CommonMark and GitHub): every character that can start
 * emphasis, code, links, HTML, tables or entities is backslash-escaped, line breaks become
 * spaces, and a leading list or heading marker is escaped. The rendered text reads verbatim.
 */
export function markdownText(text: string): string {
  const oneLine = text.replace(/\r\n|\r|\n|\u2028|\u2029/g, ' ');
  const escaped = oneLine.replace(/[\\`*_{}[\]<>|~&!#]/g, '\\$&');
  return escaped.replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** A Markdown table row from cell texts that are already escaped. */
export function tableRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}
