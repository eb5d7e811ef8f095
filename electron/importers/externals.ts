import type { ComponentKind } from '../../shared/model/component';
import type { HostIndex } from './addresses';
import { addedDraft, type ComponentDraft } from './draft';

/** Settings that hold an address: a host, a URL, an endpoint. */
const addressKey = /(host|hostname|url|uri|endpoint|server|servers|address|addr|dsn|baseurl|base_url|api)$/i;
/** A whole value that is a URL or host[:port] with a domain name. */
const externalHost =
  /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:[^@/\s]*@)?([a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,})(?::\d+)?(?:[/?#].*)?$/i;
/** Names that are not a dependency: this machine, private or cluster domains, examples, schema hosts. */
const notDependency =
  /(^localhost$|\.local$|\.localdomain$|\.internal$|\.svc$|\.cluster\.local$|\.lan$|\.home$|(^|\.)example\.(com|org|net)$|(^|\.)w3\.org$|(^|\.)xmlns\.|(^|\.)schemas?\.|(^|\.)test$|(^|\.)invalid$)/i;
/** Telemetry services: monitoring, reached asynchronously, never a hard dependency. */
const telemetry =
  /otel|otlp|trac(e|ing)|jaeger|zipkin|sentry|datadog|newrelic|nr-data|honeycomb|logz|loggly|papertrail|splunk|statsd|metrics|serilog|(^|[\s._/-])(logs?|seq)([._-]|$)|grafana\.net|appinsights|applicationinsights/i;

/**
 * Hosts outside the system that a component's address settings name (spring.mail.host: smtp.163.com,
 * PAYMENT_API_URL: https://api.stripe.com): each becomes an external API, or a monitoring service
 * for telemetry endpoints, so the links connect to it.
 */
export function addExternalHosts(drafts: ComponentDraft[], index: HostIndex): void {
  const created = new Map<string, ComponentDraft>();
  const count = drafts.length;
  for (let i = 0; i < count; i++) {
    const from = drafts[i]!;
    if (!['service', 'worker', 'function', 'api-gateway', 'identity', 'load-balancer', 'client'].includes(from.kind)) continue;
    for (const reference of from.references) {
      if (reference.form === 'command' || !addressKey.test(reference.key)) continue;
      const host = externalHost.exec(reference.text.trim())?.[1]?.toLowerCase();
      if (!host || notDependency.test(host) || index.get(host) || /^\d+(\.\d+){3}$/.test(host)) continue;
      if (index.get(host.split('.')[0]!) && host.split('.').length <= 3) continue;
      let external = created.get(host);
      if (!external) {
        const kind: ComponentKind = telemetry.test(`${reference.key} ${reference.where} ${host}`) ? 'monitoring' : 'external-api';
        external = externalComponent(host, kind, reference.where);
        created.set(host, external);
        drafts.push(external);
        index.add(host, { names: [host] });
      }
    }
  }
}

function externalComponent(host: string, kind: ComponentKind, where: string): ComponentDraft {
  const reason =
    kind === 'monitoring' ? 'a telemetry setting names it, and it is outside the deployment' : 'an address setting names it, and it is outside the deployment';
  return addedDraft(host, { kind, reason, uncertain: false }, where, { hosts: [host], deployment: kind === 'monitoring' ? { managed: true } : {} });
}
