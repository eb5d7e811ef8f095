import type { Channel } from './contract';

/**
 * What each channel does to the library, for the web host's shared review (`tenfold serve
 * --share`): participants may call only the 'read' channels. A Record over every channel, so a
 * new channel does not compile until someone decides which it is.
 *
 * 'read' channels leave the library as it was. The computations (check, compare, exports) are
 * reads too: they return text and change nothing. projects:open marks the project as opened (the
 * recent list); participants are served a variant that does not. import:preview changes nothing
 * itself but only starts an import, which participants cannot finish, so it counts as a write.
 */
export const channelAccess: Readonly<Record<Channel, 'read' | 'write'>> = {
  'projects:list': 'read',
  'projects:create': 'write',
  'projects:open': 'read',
  'projects:save': 'write',
  'projects:rename': 'write',
  'projects:duplicate': 'write',
  'projects:delete': 'write',
  'projects:undelete': 'write',
  'projects:revisions': 'read',
  'projects:restore': 'write',
  'projects:revision': 'read',
  'projects:compare': 'read',
  'projects:import': 'write',
  'projects:export': 'read',
  'templates:list': 'read',
  'check:run': 'read',
  'check:changes': 'read',
  'check:opened': 'read',
  'rules:docs': 'read',
  'review:update': 'write',
  'review:decide': 'write',
  'settings:get': 'read',
  'settings:set': 'write',
  'recent:list': 'read',
  'export:mermaid': 'read',
  'export:runbook': 'read',
  'export:report': 'read',
  'import:preview': 'write',
  'import:create': 'write',
};

export const writeChannels: readonly Channel[] = (Object.keys(channelAccess) as Channel[]).filter((channel) => channelAccess[channel] === 'write');
