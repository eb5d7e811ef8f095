import { useSyncExternalStore } from 'react';
import { Focus, libraryFocus, ProjectChanged, Room, ShareSession, sharePaths, type ShareRole } from '../../../shared/share/meeting';
import { isBrowserHost } from '../api/client';

/**
 * This browser's part in a shared review (`tenfold serve --share`), if any: its role, whether a
 * participant follows the presenter, and the presenter's latest focus. Everywhere else (the
 * desktop app, `tenfold serve` without --share) the role stays null and nothing here runs.
 */
export interface ShareState {
  readonly role: ShareRole | null;
  /** A participant follows the presenter until they look around on their own. */
  readonly following: boolean;
  readonly presenterFocus: Focus | null;
  /** Participants in the room (their open tabs), once the host has said. */
  readonly participants: number | null;
}

let state: ShareState = { role: null, following: true, presenterFocus: null, participants: null };
const listeners = new Set<() => void>();
const changeListeners = new Set<(change: ProjectChanged) => void>();

function update(change: Partial<ShareState>): void {
  state = { ...state, ...change };
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getShareState(): ShareState {
  return state;
}

export function useShareState(): ShareState {
  return useSyncExternalStore(subscribe, getShareState);
}

/** True for a participant: the host refuses their writes, so the app does not attempt them. */
export function useReadOnly(): boolean {
  return useShareState().role === 'participant';
}

/** The presenter's focus while this participant follows it, else null. */
export function useFollowedFocus(): Focus | null {
  const share = useShareState();
  return share.role === 'participant' && share.following ? share.presenterFocus : null;
}

export function follow(): void {
  if (!state.following) update({ following: true });
}

export function lookAround(): void {
  if (state.following && state.role === 'participant') update({ following: false });
}

/** Called when the presenter saved a project: participants showing it load the new revision. */
export function onProjectChanged(listener: (change: ProjectChanged) => void): () => void {
  changeListeners.add(listener);
  return () => changeListeners.delete(listener);
}

let started = false;

/** Asks the host for this browser's role, then opens the meeting's event stream. Once per page. */
export function startShareSession(): void {
  if (started || !isBrowserHost || typeof EventSource === 'undefined') return;
  started = true;
  void fetch(sharePaths.session)
    // Not shared: the host answers null (a browser that is not in a meeting has nothing to do here).
    .then(async (response) => (response.ok ? ShareSession.nullable().safeParse(((await response.json()) as { value?: unknown }).value) : null))
    .then((session) => {
      if (!session?.success || session.data === null) return;
      update({ role: session.data.role });
      listen();
      // What the presenter opened before the role was known.
      if (session.data.role === 'presenter') publishFocus({});
    })
    .catch(() => undefined);
}

function listen(): void {
  // EventSource reconnects by itself after a dropped connection (the host says retry: 2000).
  const events = new EventSource(sharePaths.events);
  events.addEventListener('room', (event) => {
    const room = Room.safeParse(JSON.parse((event as MessageEvent<string>).data));
    if (room.success) update({ participants: room.data.participants });
  });
  // The host sends focus and changes to participants only.
  events.addEventListener('focus', (event) => {
    const focus = Focus.safeParse(JSON.parse((event as MessageEvent<string>).data));
    if (focus.success) update({ presenterFocus: focus.data });
  });
  events.addEventListener('changed', (event) => {
    const change = ProjectChanged.safeParse(JSON.parse((event as MessageEvent<string>).data));
    if (change.success) for (const listener of changeListeners) listener(change.data);
  });
}

let published: Focus = libraryFocus;
let sending: ReturnType<typeof setTimeout> | null = null;

/**
 * The presenter's part: where it is now, sent to the host a moment after it settles (a pan
 * changes the viewport on every frame; the room needs where it stops, not each step).
 */
export function publishFocus(change: Partial<Focus>): void {
  published = { ...published, ...change };
  if (state.role !== 'presenter' || sending !== null) return;
  sending = setTimeout(() => {
    sending = null;
    void fetch(sharePaths.focus, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(published) }).catch(() => undefined);
  }, 120);
}
