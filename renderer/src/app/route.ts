/**
 * The open project lives in location.hash (#/project/<id>) so a reload reopens it and a review
 * meeting can share the link. Nothing else is routed: the app has two screens.
 */
const pattern = /^#\/project\/([0-9a-f-]{36})$/i;

export function projectIdFromHash(hash: string = location.hash): string | null {
  return pattern.exec(hash)?.[1] ?? null;
}

export function setProjectHash(id: string | null): void {
  const next = id ? `#/project/${id}` : '';
  if (location.hash === next || (next === '' && location.hash === '')) return;
  history.replaceState(null, '', next === '' ? location.pathname + location.search : next);
}
