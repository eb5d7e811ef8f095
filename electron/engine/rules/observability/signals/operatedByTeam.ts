import type { Component } from '../../../../../shared/model/component';

/**
 * Whether the team runs this component and so must watch it. Clients and third-party APIs are
 * run by others. CDNs, DNS and object storage are provider services by default (their kind
 * scales as managed-elastic): the provider watches them unless the model says they are self-run.
 */
export function operatedByTeam(component: Component): boolean {
  switch (component.kind) {
    case 'client':
    case 'external-api':
      return false;
    case 'cdn':
    case 'dns':
    case 'object-storage':
      return component.deployment?.managed === false;
    default:
      return true;
  }
}
