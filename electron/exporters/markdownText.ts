/**
 * Escapes text for inline Markdown (CommonMark and GitHub): every character that can start
 * emphasis, code, links, HTML, tables or entities is backslash-escaped, line breaks become
 * spaces, and a leading list or heading marker is escaped. GitHub also turns bare URLs, `www.`
 * addresses and e-mail addresses into links (GFM's autolink extension), so the `:` after a
 * scheme, the `.` after `www` and every `@` are escaped too. The rendered text reads verbatim.
 */
export function markdownText(text: string): string {
  const oneLine = text.replace(/\r\n|\r|\n|\u2028|\u2029/g, ' ');
  const escaped = oneLine
    .replace(/[\\`*_{}[\]<>|~&!#@]/g, '\\$&')
    .replace(/(https?|ftp|mailto|xmpp)(:)/gi, '$1\\$2')
    .replace(/(www)(\.)/gi, '$1\\$2');
  return escaped.replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** A Markdown table row from cell texts that are already escaped. */
export function tableRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}
