import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProjectFile, serializeProject } from '../../shared/model/projectFile';
import { runCheck } from '../engine/check';
import { listTemplates, loadTemplate } from './templates';
import { templateSources } from './sources/index';

const templatesDir = join(import.meta.dirname, '..', '..', 'templates');
const files = readdirSync(templatesDir).filter((f) => f.endsWith('.tenfold.json')).sort();

describe('starter templates', () => {
  it('are the four the issue asks for', () => {
    expect(files).toEqual(['event-driven-microservices.tenfold.json', 'saas-queue-workers.tenfold.json', 'single-node-sqlite.tenfold.json', 'three-tier-web.tenfold.json']);
  });

  for (const file of files) {
    describe(file, () => {
      const text = readFileSync(join(templatesDir, file), 'utf8');
      const project = parseProjectFile(text, file);

      it('is valid and byte-identical when serialized again', () => {
        expect(serializeProject(project)).toBe(text);
      });

      it('matches its source (regenerate with electron/templates/sources/generate.ts)', () => {
        const build = templateSources[file.replace('.tenfold.json', '')];
        expect(build).toBeDefined();
        expect(serializeProject(build!())).toBe(text);
      });

      it('is realistic: workload figures, zones, capacities, technologies and a position for every component', () => {
        expect(project.description?.length).toBeGreaterThan(80);
        expect(project.workload.entryPoints.length).toBeGreaterThan(0);
        expect(project.workload.entryPoints.every((e) => e.peakRps > 0)).toBe(true);
        expect(project.workload.teamSize).toBeGreaterThan(0);
        expect(project.zones.length).toBeGreaterThan(0);
        expect(project.components.length).toBeGreaterThanOrEqual(6);
        expect(project.components.filter((c) => c.capacity?.ratePerInstance !== undefined).length).toBeGreaterThanOrEqual(3);
        for (const component of project.components) {
          expect(component.technology, component.name).toBeTruthy();
          expect(project.layout.components[component.id], component.name).toBeDefined();
        }
      });

      it('runs through the check', () => {
        const result = runCheck(project, { today: '2026-01-01' });
        expect(result.ruleCount).toBeGreaterThanOrEqual(0);
        expect(result.findings.filter((f) => f.message.includes(' failed: '))).toEqual([]);
      });
    });
  }

  it('are listed by the templates channel, smallest first, and load by id', () => {
    const listed = listTemplates(templatesDir);
    expect(listed.map((t) => t.id)).toEqual(['single-node-sqlite', 'three-tier-web', 'saas-queue-workers', 'event-driven-microservices']);
    expect(listed.every((t) => t.name.length > 0 && t.description.length > 0)).toBe(true);
    expect(loadTemplate(templatesDir, 'three-tier-web').name).toBe('Three-tier web app');
  });
});
