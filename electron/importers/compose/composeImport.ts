import { posix } from 'node:path';
import type { ComponentDraft } from '../draft';
import type { ClassifiedInputs } from '../inputFiles';
import type { ReportBuilder } from '../reportBuilder';
import { loadCompose, relativeTo, type ComposeText, type ReadRelative } from './composeFile';
import { composeDrafts } from './composeDrafts';
import { parseDotEnv } from './variables';

/**
 * The compose part of an import: `.env` beside the base file, the files merged, variables
 * expanded, and every service as a component draft.
 */
export function importComposeDrafts(
  inputs: ClassifiedInputs,
  readExtra: ((path: string) => string | null) | undefined,
  report: ReportBuilder,
): { drafts: ComponentDraft[]; name?: string; read: ReadonlySet<string> } {
  const base = inputs.compose[0]!;
  const folder = posix.dirname(base.path) === '.' ? '' : posix.dirname(base.path);
  // Files the compose files pull in (env_file, extends): read here, so not config files of their own.
  const read = new Set<string>();
  const readRelative: ReadRelative = (fromFile, relativePath) => {
    const path = relativeTo(fromFile, relativePath);
    const known = inputs.byPath.get(path);
    if (known) read.add(path);
    if (known) return { path, content: known.content };
    const extra = readExtra?.(path) ?? null;
    return extra === null ? null : { path, content: extra };
  };
  const envFile = inputs.dotEnv.get(folder) ?? readRelative(base.path, '.env');
  const variables = envFile ? parseDotEnv(envFile.content) : new Map<string, string>();
  if (envFile) {
    report.sources.push(`${envFile.path}: variables for the compose files (${variables.size})`);
  }
  const interpolation = { variables, unset: new Set<string>() };
  const files: ComposeText[] = inputs.compose.map((f) => ({ path: f.path, content: f.content }));
  const project = loadCompose(files, interpolation, readRelative);
  for (const note of project.notes) report.confirm(note);
  if (interpolation.unset.size > 0) {
    const names = [...interpolation.unset].sort();
    report.confirm(
      `${names.length === 1 ? 'This variable has' : 'These variables have'} no value in ${envFile ? envFile.path : 'a .env file'} and no default, so ${names.length === 1 ? 'it was' : 'they were'} left empty: ${names.slice(0, 20).join(', ')}${names.length > 20 ? ` and ${names.length - 20} more` : ''}.`,
    );
  }
  for (const section of project.otherSections) report.ignore(`top-level "${section}" section`);
  const drafts = composeDrafts(project, readRelative, report);
  const name = project.name ?? variables.get('COMPOSE_PROJECT_NAME');
  return { drafts, ...(name ? { name } : {}), read };
}
