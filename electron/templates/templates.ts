import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../shared/ipc/errors';
import type { TemplateSummary } from '../../shared/ipc/contract';
import type { Project } from '../../shared/model/project';
import { parseProjectFile } from '../../shared/model/projectFile';

const SUFFIX = '.tenfold.json';
/** Template ids are file names: letters, digits and dashes only, so an id can never leave the folder. */
const TEMPLATE_ID = /^[a-z0-9][a-z0-9-]*$/;

/** The starter projects in `templatesDir`, by name. Id = file name without ".tenfold.json". */
export function listTemplates(templatesDir: string): TemplateSummary[] {
  return readdirSync(templatesDir)
    .filter((file) => file.endsWith(SUFFIX) && TEMPLATE_ID.test(file.slice(0, -SUFFIX.length)))
    .map((file) => {
      const id = file.slice(0, -SUFFIX.length);
      const project = loadTemplate(templatesDir, id);
      return { id, name: project.name, description: project.description ?? '', componentCount: project.components.length };
    })
    .sort((a, b) => (a.componentCount - b.componentCount) || (a.id < b.id ? -1 : 1));
}

/** One template as a validated project (with the template's own ids). NOT_FOUND for an unknown id. */
export function loadTemplate(templatesDir: string, id: string): Project {
  if (!TEMPLATE_ID.test(id)) throw new AppError('NOT_FOUND', `There is no template "${id}". Pick one from the template list.`);
  const file = join(templatesDir, `${id}${SUFFIX}`);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new AppError('NOT_FOUND', `There is no template "${id}". Pick one from the template list.`);
  }
  return parseProjectFile(text, `templates/${id}${SUFFIX}`);
}
