import type { ComponentKind } from '../../shared/model/component';
import client from '../../templates/runbooks/client.md?raw';
import cdn from '../../templates/runbooks/cdn.md?raw';
import dns from '../../templates/runbooks/dns.md?raw';
import loadBalancer from '../../templates/runbooks/load-balancer.md?raw';
import apiGateway from '../../templates/runbooks/api-gateway.md?raw';
import service from '../../templates/runbooks/service.md?raw';
import worker from '../../templates/runbooks/worker.md?raw';
import functionSteps from '../../templates/runbooks/function.md?raw';
import database from '../../templates/runbooks/database.md?raw';
import cache from '../../templates/runbooks/cache.md?raw';
import queue from '../../templates/runbooks/queue.md?raw';
import stream from '../../templates/runbooks/stream.md?raw';
import objectStorage from '../../templates/runbooks/object-storage.md?raw';
import search from '../../templates/runbooks/search.md?raw';
import externalApi from '../../templates/runbooks/external-api.md?raw';
import identity from '../../templates/runbooks/identity.md?raw';
import registry from '../../templates/runbooks/registry.md?raw';
import monitoring from '../../templates/runbooks/monitoring.md?raw';

/**
 * Recovery steps per kind, from templates/runbooks/<kind>.md (bundled at build time). A team edits
 * those files to adapt the wording; `tenfold export --templates <dir>` reads edited copies at run time.
 */
export const runbookTemplates: Readonly<Record<ComponentKind, string>> = {
  client,
  cdn,
  dns,
  'load-balancer': loadBalancer,
  'api-gateway': apiGateway,
  service,
  worker,
  function: functionSteps,
  database,
  cache,
  queue,
  stream,
  'object-storage': objectStorage,
  search,
  'external-api': externalApi,
  identity,
  registry,
  monitoring,
};

/** Fills `{{placeholder}}` fields; unknown placeholders stay visible so a typo in a template shows. */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{\s*([a-zA-Z]+)\s*\}\}/g, (whole, key: string) => (Object.hasOwn(values, key) ? values[key]! : whole));
}
