import { describe, expect, it } from 'vitest';
import { FileIndex, evidenceInFiles, matchComponents, measureImport, parseEdgeTable, placeConnections, type ModelView } from './importMatch';

const table = `# Shop
## Edges (4)
| # | from | to | type | evidence |
|---|---|---|---|---|
| 1 | client | web | sync HTTP | compose ports \`80:80\` |
| 2 | web | orders | sync REST | \`ORDERS_URL\`; web/routes.py |
| 3 | worker | queue | async consume | Consumer.java |
| 4 | web | cache | read | same |

## What a reviewer would flag
| 1 | not | a | row | here |
`;

const compose = { path: 'docker-compose.yml', content: 'services:\n  web:\n    environment:\n      ORDERS_URL: http://orders-v1:8080\n' };

describe('import calibration matching', () => {
  it('reads the edge table, repeating the evidence of the row above for "same"', () => {
    const rows = parseEdgeTable(table);
    expect(rows.map((r) => [r.from, r.to, r.consume])).toEqual([
      [['client'], ['web'], false],
      [['web'], ['orders'], false],
      [['worker'], ['queue'], true],
      [['web'], ['cache'], false],
    ]);
    expect(rows[3]!.evidence).toContain('Consumer.java');
  });

  it('places evidence in the files when it names one or quotes a setting found in them, not for code', () => {
    const index = new FileIndex([compose, { path: 'edge/traefik.toml', content: 'backend = "web"' }]);
    expect(evidenceInFiles('compose ports `80:80`', index)).toBe(true);
    expect(evidenceInFiles('`ORDERS_URL`', index)).toBe(true);
    expect(evidenceInFiles('traefik.toml backend1', index)).toBe(true);
    expect(evidenceInFiles('web/routes.py `get_orders`', index)).toBe(false);
    expect(evidenceInFiles('OrdersController; `PAYMENT_URL`', index)).toBe(false);
    // A component named like a file names its code, not the file.
    expect(evidenceInFiles('web handler', new FileIndex([{ path: 'web.yaml', content: '' }]), new Set(['web']))).toBe(false);
  });

  it('matches by name, by image, and the people client; looks through an added load balancer', () => {
    const expected: ModelView = {
      components: [
        { name: 'browser', kind: 'client' },
        { name: 'web', kind: 'service', technology: 'Flask (acme/web:1.0)' },
        { name: 'orders', kind: 'service', technology: 'Go (acme/orders:2.1)' },
        { name: 'orders_db', kind: 'database' },
      ],
      connections: [
        { from: 'browser', to: 'web', kind: 'sync' },
        { from: 'web', to: 'orders', kind: 'sync' },
        { from: 'orders', to: 'orders_db', kind: 'write' },
      ],
    };
    const imported: ModelView = {
      components: [
        { name: 'users', kind: 'client' },
        { name: 'web load balancer', kind: 'load-balancer' },
        { name: 'web', kind: 'service', technology: 'registry.example.com/acme/web:1.0' },
        { name: 'orders-v1', kind: 'service', technology: 'acme/orders:2.1' },
        { name: 'orders-v2', kind: 'service', technology: 'acme/orders:3.0' },
        { name: 'Orders-DB', kind: 'cache' },
      ],
      connections: [
        { from: 'users', to: 'web load balancer', kind: 'sync' },
        { from: 'web load balancer', to: 'web', kind: 'sync' },
        { from: 'web', to: 'orders-v1', kind: 'sync' },
        { from: 'orders-db', to: 'orders-v2', kind: 'read' },
        { from: 'Orders-DB', to: 'orders-v1', kind: 'read' },
      ],
    };
    expect([...matchComponents(expected.components, imported.components)]).toEqual([
      ['web', 'web'],
      ['Orders-DB', 'orders_db'],
      ['orders-v1', 'orders'],
      ['users', 'browser'],
    ]);
    const measure = measureImport(expected, imported, ['files', 'files', 'elsewhere']);
    expect(measure.components).toMatchObject({ found: 4, expected: 4, extra: ['web load balancer', 'orders-v2'] });
    expect(measure.connections.files).toEqual({ found: 2, expected: 2 });
    expect(measure.connections.elsewhere).toEqual({ found: 0, expected: 1 });
    // Direction counts: the store calling the service is spurious, and so is a call from an unmatched component.
    expect(measure.connections.spurious.map((c) => `${c.from}>${c.to}`)).toEqual(['orders-db?>orders-v2?', 'orders_db>orders']);
    expect(measure.wrongKinds).toEqual([{ name: 'orders_db', expected: 'database', imported: 'cache' }]);
  });

  it('places a consume row of the table on the connection from the broker to the consumer', () => {
    const expected: ModelView = {
      components: [
        { name: 'queue', kind: 'queue' },
        { name: 'worker', kind: 'worker' },
      ],
      connections: [
        { from: 'queue', to: 'worker', kind: 'async' },
        { from: 'worker', to: 'mail', kind: 'sync' },
      ],
    };
    expect(placeConnections(expected, parseEdgeTable(table), new FileIndex([compose]))).toEqual(['elsewhere', 'unstated']);
  });
});
