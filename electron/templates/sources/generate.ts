/**
 * Writes the starter projects to templates/*.tenfold.json from their sources here.
 * Run after changing a source: npx tsx electron/templates/sources/generate.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serializeProject } from '../../../shared/model/projectFile';
import { templateSources } from './index';

const templatesDir = join(import.meta.dirname, '..', '..', '..', 'templates');
for (const [id, build] of Object.entries(templateSources)) {
  writeFileSync(join(templatesDir, `${id}.tenfold.json`), serializeProject(build()));
  console.log(`templates/${id}.tenfold.json`);
}
