import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { composeOf, manifestsOf } from '../../scripts/benchImport';
import { parsePlainYaml } from './plainYaml';

/** What `yaml` makes of a text, the way the importer reads it. */
function full(text: string): unknown[] {
  return parseAllDocuments(text, { merge: true, uniqueKeys: false }).map((d) => d.toJS({ maxAliasCount: 1000 }));
}

function yamlFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? yamlFiles(path) : /\.ya?ml$/.test(name) ? [path] : [];
  });
}

describe('parsePlainYaml', () => {
  it('reads what yaml reads, or nothing, for every YAML fixture of the repository', () => {
    const files = yamlFiles(resolve(import.meta.dirname, '../../test/fixtures'));
    expect(files.length).toBeGreaterThan(10);
    let read = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const fast = parsePlainYaml(text);
      if (fast === undefined) continue;
      read++;
      expect(fast, file).toEqual(full(text));
    }
    expect(read).toBeGreaterThan(files.length / 2);
  });

  it('reads generated compose files and manifests the same as yaml', () => {
    for (const file of [...composeOf(200), ...manifestsOf(40)]) expect(parsePlainYaml(file.content)).toEqual(full(file.content));
  });

  const same = [
    'a: 1\nb: -2\nc: 0.5\nd: .5\ne: 1e3\nf: 0x1F\ng: 0o17\nh: ~\ni: null\nj: true\nk: False\nl: "yes"\nm: yes\nn: 012\no: +3\np: .inf\nq: 1.\n',
    'ports:\n  - "8080:80"\n  - 3306\n  - 8080:80/tcp\nenv:\n  - KEY=value with spaces # and a comment\n  - "QUOTED=a \\"b\\" \\u00e9"\n  - \'single \'\'quoted\'\'\'\n',
    'containers:\n- name: web\n  image: nginx # comment\n  args: ["--port", "80", a b]\n  resources: { limits: { cpu: 500m, memory: 1Gi }, requests: {} }\n- name: side\n  command: []\n',
    '# leading comment\n---\nkind: A\n---\n# empty\n---\nkind: B\n...\n',
    'script: |\n  echo one\n\n  echo two\n    indented\nkeep: |+\n  kept\n\n\nstrip: |-\n  stripped\n\nnext: x\n',
    'url: http://catalog:8080/api?x=1#frag\nkey with spaces: value\n"quoted key": 1\n\'single\': 2\nempty:\nnested:\n  deeper:\n    deepest: [1, [2, 3], {a: b}]\n',
    'list:\n  -\n    a: 1\n  - - x\n',
    'text: a #b\nhash: a#b\ncolon: a:b\nwindows: "C:\\\\data"\n',
    '\r\napiVersion: v1\r\nkind: List\r\nitems: []\r\n',
    '',
    '# only a comment\n',
  ];
  it('reads block and flow YAML the same as yaml, or leaves it to yaml', () => {
    for (const text of same) {
      const fast = parsePlainYaml(text);
      if (fast !== undefined) expect(fast, JSON.stringify(text)).toEqual(full(text));
    }
    expect(parsePlainYaml(same[0]!)).toBeDefined();
    expect(parsePlainYaml(same[2]!)).toBeDefined();
    expect(parsePlainYaml(same[4]!)).toBeDefined();
  });

  it('leaves anchors, tags, merge keys, folded and multi-line scalars, duplicate keys and tabs to yaml', () => {
    for (const text of [
      'a: &x 1\nb: *x\n',
      'base: &b { a: 1 }\nc:\n  <<: *b\n',
      'a: !reset []\n',
      'a: >\n  folded\n  text\n',
      'a: plain\n  continued\n',
      'a: "quoted\n  on two lines"\n',
      'a: 1\na: 2\n',
      'a:\n\tb: 1\n',
      '%YAML 1.2\n---\na: 1\n',
      'a: [1, 2\n  , 3]\n',
      'key: - a\n',
      '? complex\n: value\n',
    ])
      expect(parsePlainYaml(text), JSON.stringify(text)).toBeUndefined();
  });
});
