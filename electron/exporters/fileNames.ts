/** A file-name-safe slug of a project name: "Orders & Co / EU" → "orders-co-eu". */
export function fileSlug(name: string): string {
  const slug = name.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80);
  return slug === '' ? 'project' : slug;
}
