/**
 * A file-name-safe slug of a project name, the same in the app, the CLI and the web host:
 * "Orders & Co / EU" → "orders-co-eu", "Zürich" → "zurich"; "project" when nothing is left.
 */
export function fileSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return slug === '' ? 'project' : slug;
}
