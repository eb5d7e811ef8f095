import {
  IconAddressBook,
  IconArrowsSplit,
  IconBolt,
  IconBucket,
  IconCloud,
  IconDatabase,
  IconDeviceDesktop,
  IconHeartbeat,
  IconLambda,
  IconRouter,
  IconSearch,
  IconServer,
  IconSettingsAutomation,
  IconShieldLock,
  IconStack2,
  IconTimeline,
  IconWorld,
  IconWorldWww,
  type Icon,
} from '@tabler/icons-react';
import type { ComponentKind } from '../../../shared/model/component';

/** One recognizable icon per kind, used on the canvas, in the palette and in the inspector. */
export const kindIcons: Readonly<Record<ComponentKind, Icon>> = {
  client: IconDeviceDesktop,
  cdn: IconWorld,
  dns: IconWorldWww,
  'load-balancer': IconArrowsSplit,
  'api-gateway': IconRouter,
  service: IconServer,
  worker: IconSettingsAutomation,
  function: IconLambda,
  database: IconDatabase,
  cache: IconBolt,
  queue: IconStack2,
  stream: IconTimeline,
  'object-storage': IconBucket,
  search: IconSearch,
  'external-api': IconCloud,
  identity: IconShieldLock,
  registry: IconAddressBook,
  monitoring: IconHeartbeat,
};

/** Accent color per family of kinds, so tiers read at a glance. */
export function kindColor(kind: ComponentKind): string {
  switch (kind) {
    case 'database':
    case 'object-storage':
    case 'search':
      return 'indigo';
    case 'cache':
      return 'orange';
    case 'queue':
    case 'stream':
      return 'grape';
    case 'client':
    case 'cdn':
    case 'dns':
      return 'gray';
    case 'external-api':
      return 'pink';
    case 'load-balancer':
    case 'api-gateway':
      return 'cyan';
    default:
      return 'blue';
  }
}
