import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/ipc/errors';
import { importCompose, mentionsHost } from './compose';
import type { Project } from '../../shared/model/project';

const fixtures = resolve(import.meta.dirname, '../../test/fixtures/compose');
const read = (name: string) => readFileSync(join(fixtures, name), 'utf8');
const readRelativeTo = (file: string) => (relative: string) => {
  try {
    return readFileSync(resolve(dirname(join(fixtures, file)), relative), 'utf8');
  } catch {
    return null;
  }
};

function byName(project: Project, name: string) {
  const component = project.components.find((c) => c.name === name);
  if (!component) throw new Error(`no component ${name}`);
  return component;
}

function edges(project: Project): string[] {
  const names = new Map(project.components.map((c) => [c.id as string, c.name]));
  return project.connections.map((c) => `${names.get(c.from)} ${c.kind} ${names.get(c.to)}`).sort();
}

describe('importCompose: a compose v3 file with anchors and same-file extends', () => {
  const { project, report } = importCompose(read('shop-v3.yml'), { fileName: 'shop/docker-compose.yml', idSeed: 'test' });

  it('guesses kinds from images', () => {
    const kinds = Object.fromEntries(project.components.map((c) => [c.name, c.kind]));
    expect(kinds).toEqual({
      proxy: 'load-balancer', storefront: 'service', catalog: 'service', orders: 'service', mailer: 'service',
      clickstream: 'stream', 'catalog-db': 'database', 'orders-db': 'database', sessions: 'cache', events: 'queue',
      assets: 'object-storage', search: 'search', tracing: 'monitoring',
    });
    expect(project.name).toBe('shop');
  });

  it('connects services from depends_on, environment host names and command, with messages to queues async', () => {
    expect(edges(project)).toEqual([
      'catalog sync catalog-db',
      'catalog sync search',
      'mailer async events',
      'orders async events',
      'orders sync catalog-db',
      'orders sync orders-db',
      'orders sync search',
      'proxy sync storefront',
      'storefront sync catalog',
      'storefront sync orders',
      'storefront sync sessions',
      'storefront sync tracing',
    ]);
  });

  it('reads instances, durable state, published ports and health checks', () => {
    expect(byName(project, 'storefront').deployment?.instances).toBe(3);
    expect(byName(project, 'orders').deployment?.instances).toBe(2);
    expect(byName(project, 'mailer').deployment?.instances).toBe(2);
    expect(byName(project, 'catalog').deployment?.instances).toBe(1);
    expect(byName(project, 'catalog-db').state?.durableData).toBe(true);
    expect(byName(project, 'clickstream').state?.durableData).toBe(false);
    expect(byName(project, 'orders-db').exposure?.publishedPort).toBe(true);
    expect(byName(project, 'catalog-db').exposure).toBeUndefined();
    // orders extends catalog, so it inherits catalog's health check.
    expect(byName(project, 'orders').deployment?.healthCheck).toBe(true);
    expect(byName(project, 'proxy').deployment?.healthCheck).toBeUndefined();
  });

  it('reports what it guessed, ignored and what to confirm', () => {
    expect(report.guessed).toContain('"orders-db" is a database: its image is "postgres:16".');
    expect(report.confirm.some((line) => line.includes('"orders-db" publishes a port'))).toBe(true);
    expect(report.confirm.some((line) => line.includes('"proxy"') && line.includes('a load balancer'))).toBe(true);
    const synchronous = report.confirm.find((line) => line.startsWith('These 10 connections are guessed to be synchronous calls'));
    expect(synchronous).toContain('"storefront" → "catalog"');
    expect(synchronous).not.toContain('"mailer" → "events"');
    expect(report.confirm.some((line) => line.includes('connect it to "proxy"'))).toBe(true);
    expect(report.ignored).toEqual(['top-level "volumes" section']);
  });

  it('gives the same project for the same seed and fresh ids otherwise', () => {
    const again = importCompose(read('shop-v3.yml'), { fileName: 'shop/docker-compose.yml', idSeed: 'test' });
    expect(JSON.stringify(again.project)).toBe(JSON.stringify(project));
    const other = importCompose(read('shop-v3.yml'), { fileName: 'shop/docker-compose.yml' });
    expect(other.project.id).not.toBe(project.id);
  });
});

describe('importCompose: a compose v2 file with links, scale and extends from another file', () => {
  it('follows extends into common.yml when a reader is given', () => {
    const { project, report } = importCompose(read('legacy-v2.yml'), { fileName: 'legacy-v2.yml', idSeed: 's', readRelative: readRelativeTo('legacy-v2.yml') });
    expect(byName(project, 'api').deployment).toEqual({ instances: 4, healthCheck: true });
    expect(byName(project, 'web').deployment?.healthCheck).toBe(true);
    expect(edges(project)).toEqual([
      'api async queue',
      'api sync memcached',
      'api sync mongo',
      'kibana sync logs',
      'web sync api',
      'worker async queue',
      'worker sync mongo',
    ]);
    expect(byName(project, 'logs').kind).toBe('monitoring');
    expect(byName(project, 'memcached').kind).toBe('cache');
    expect(byName(project, 'mongo').state?.durableData).toBe(true);
    // "cache" is api's link alias for memcached, so its environment can name it.
    expect(report.guessed).toContain('"api" → "memcached" (links to, names the host).');
    expect(report.confirm.some((line) => line.includes('"logs"') && line.includes('log'))).toBe(true);
  });

  it('imports only the service\'s own settings when the other file cannot be read, and says so', () => {
    const { project, report } = importCompose(read('legacy-v2.yml'), { fileName: 'legacy-v2.yml', idSeed: 's' });
    expect(byName(project, 'api').deployment).toEqual({ instances: 4 });
    expect(report.confirm.some((line) => line.includes('"api" extends "app" in common.yml'))).toBe(true);
  });
});

describe('importCompose: bad input', () => {
  it('refuses malformed YAML with the line and column', () => {
    try {
      importCompose(read('malformed.yml'), { fileName: 'malformed.yml' });
      expect.unreachable('malformed YAML was accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      const appError = error as AppError;
      expect(appError.message).toMatch(/^malformed\.yml is not valid YAML at line 4, column 12: Nested mappings/);
      expect(appError.problems?.[0]).toMatchObject({ path: 'malformed.yml', line: 4, column: 12 });
    }
  });

  it('refuses a file without services, naming the field', () => {
    expect(() => importCompose('web:\n  image: nginx\n', { fileName: 'v1.yml' })).toThrow(/v1\.yml has no "services" mapping/);
  });

  it('refuses a missing or cyclic extends', () => {
    expect(() => importCompose('services:\n  a:\n    extends: nope\n', { fileName: 'c.yml' })).toThrow(/services\.a\.extends names service "nope"/);
    expect(() => importCompose('services:\n  a:\n    extends: b\n  b:\n    extends: a\n', { fileName: 'c.yml' })).toThrow(/cycle/);
  });

  it('treats hostile service names and deep nesting as data, not as a crash', () => {
    const { project } = importCompose('services:\n  __proto__:\n    image: redis\n  constructor:\n    image: postgres\n    depends_on: [__proto__]\n', { fileName: 'p.yml', idSeed: 'x' });
    expect(project.components.map((c) => `${c.name}:${c.kind}`).sort()).toEqual(['__proto__:cache', 'constructor:database']);
    expect(project.connections).toHaveLength(1);
    const deep = `services:\n  a:\n    image: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`;
    expect(() => importCompose(deep, { fileName: 'deep.yml' })).toThrow(AppError);
    expect(() => importCompose('services:\n  a:\n', { fileName: 'n.yml' })).toThrow(/n\.yml: services\.a is not a mapping/);
  });

  it('bounds alias expansion', () => {
    const bomb = ['x-a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 0; i < 8; i += 1) bomb.push(`x-${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`);
    bomb.push('services:\n  web:\n    image: nginx');
    expect(() => importCompose(bomb.join('\n'), { fileName: 'bomb.yml' })).toThrow(AppError);
  });
});

describe('mentionsHost', () => {
  it('matches whole host names only', () => {
    expect(mentionsHost('postgres://u:p@db:5432/x', 'db')).toBe(true);
    expect(mentionsHost('db', 'db')).toBe(true);
    expect(mentionsHost('mongodb://carts-db:27017', 'db')).toBe(false);
    expect(mentionsHost('db.example.com', 'db')).toBe(false);
    expect(mentionsHost('connect to db.', 'db')).toBe(true);
  });
});
