import type { Component } from '../../../../../shared/model/component';

/**
 * Whether the team runs this component's own code or servers and so must watch and test it the
 * way it does the product. Clients and third-party APIs are run by others; a provider runs, and
 * watches, what the model marks as managed; monitoring tools are the watchers, not what they
 * watch. CDNs, DNS and object storage are provider services by default (their kind scales as
 * managed-elastic) unless the model says they are self-run.
 */
export function operatedByTeam(component: Component): boolean {
  switch (component.kind) {
    case 'client':
    case 'external-api':
    case 'monitoring':
      return false;
    case 'cdn':
    case 'dns':
    case 'object-storage':
      return component.deployment?.managed === false;
    default:
      return component.deployment?.managed !== true;
  }
}
