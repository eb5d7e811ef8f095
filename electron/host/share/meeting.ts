import type { ServerResponse } from 'node:http';
import { libraryFocus, type Focus, type ProjectChanged, type Room, type ShareRole } from '../../../shared/share/meeting';

/** Keeps proxies and idle-connection timers from closing a quiet event stream. */
const heartbeatMs = 20_000;

/**
 * The live part of a shared review: the presenter's latest focus and the open event streams of
 * the room. A participant's stream gets the current focus as it opens, then every change as it
 * happens; every stream, the presenter's too, hears who is in the room as people join and leave.
 */
export class Meeting {
  private focus: Focus = libraryFocus;
  private readonly streams = new Map<ServerResponse, ShareRole>();
  private readonly heartbeat: NodeJS.Timeout;

  constructor() {
    this.heartbeat = setInterval(() => this.send(': still here\n\n'), heartbeatMs);
    this.heartbeat.unref();
  }

  get currentFocus(): Focus {
    return this.focus;
  }

  get listeners(): number {
    return this.streams.size;
  }

  /** Who is in the room: the participants' open streams (a browser tab each). */
  get room(): Room {
    let participants = 0;
    for (const role of this.streams.values()) if (role === 'participant') participants++;
    return { participants };
  }

  /** Answers GET /share/events: a server-sent event stream until the browser leaves or the host stops. */
  openStream(res: ServerResponse, role: ShareRole): void {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    res.write(`retry: 2000\n${role === 'participant' ? event('focus', this.focus) : ''}`);
    this.streams.set(res, role);
    this.send(event('room', this.room));
    res.on('close', () => {
      this.streams.delete(res);
      this.send(event('room', this.room));
    });
  }

  publishFocus(focus: Focus): void {
    this.focus = focus;
    this.send(event('focus', focus), 'participant');
  }

  projectChanged(change: ProjectChanged): void {
    this.send(event('changed', change), 'participant');
  }

  /** Ends every stream, so the host can close without waiting for them. */
  close(): void {
    clearInterval(this.heartbeat);
    for (const res of this.streams.keys()) res.end();
    this.streams.clear();
  }

  /** To every stream, or only to those of one role. */
  private send(text: string, only?: ShareRole): void {
    for (const [res, role] of this.streams) if (only === undefined || role === only) res.write(text);
  }
}

function event(name: string, data: unknown): string {
  return `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;
}
