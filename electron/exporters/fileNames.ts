import { fileSlug as sharedFileSlug } from '../../shared/model/fileSlug';

/** A file-name-safe slug of a project name (shared with the renderer's downloads). */
export function fileSlug(name: string): string {
  return sharedFileSlug(name);
}
