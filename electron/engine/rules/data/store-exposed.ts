import { defineRule } from '../../types';
import { ProjectWide } from '../support/projectWide';
import { storeKinds } from '../../../../shared/model/component';

/**
 * Reports the stores reachable from the internet or published on the host, in one finding for the
 * project. Object storage served to the internet is a common, deliberate pattern (public assets,
 * signed links), so it is a warning; every other case is an error.
 */
export const storeExposed = defineRule({
  meta: {
    id: 'data/store-exposed',
    checklist: 'data',
    severity: 'error',
    title: 'Data store reachable from outside',
    why: 'A store reachable from the internet or published on the host can be read, filled or wiped by anyone who finds it, and it bypasses the services that enforce access rules and absorb load. Scanners find open database ports within hours, and every new instance added as traffic grows widens the exposure.',
    fix: 'Keep each store on a private network that only its services can reach, remove the published port, require authentication and TLS, and let clients reach data only through the services (or, for object storage, through signed links or a CDN).',
    source: { guide: 'Scaling Systems the Smart Way', section: '2. Separate Compute from Storage' },
  },
  check(ctx) {
    const stores = new ProjectWide();
    let only = '';
    let internetCount = 0;
    let publishedCount = 0;
    for (const store of ctx.project.components) {
      const exposure = store.exposure;
      if (!storeKinds.includes(store.kind) || !exposure) continue;
      const internet = exposure.internet === true;
      const published = exposure.publishedPort === true;
      if (!internet && !published) continue;
      const publicBucket = store.kind === 'object-storage' && !published;
      if (stores.size === 0) {
        const how = [...(internet ? ['is reachable from the internet'] : []), ...(published ? ['publishes its port on the host'] : [])];
        only = `${store.name} ${how.join(' and ')}${publicBucket ? '; make sure only public assets are readable and nothing is writable from outside' : ''}.`;
      }
      if (internet) internetCount++;
      if (published) publishedCount++;
      let label: string | undefined;
      if (stores.listing) {
        const how = [...(internet ? ['from the internet'] : []), ...(published ? ['port published on the host'] : [])];
        label = `${store.name} (${how.join(', ')}${publicBucket ? ': only public assets may be readable' : ''})`;
      }
      stores.add(store.id, label, publicBucket ? 'warning' : 'error');
    }
    if (stores.size === 0) return [];
    const message = stores.size === 1 ? only : `${stores.size} data stores are reachable from outside their private network: ${stores.names()}.`;
    return [stores.report(storeExposed.meta.severity, message, { stores: stores.size, internet: internetCount, publishedPort: publishedCount })];
  },
});
