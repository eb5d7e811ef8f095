import type { ServerResponse } from 'node:http';
import { libraryFocus, type Focus, type ProjectChanged } from '../../../shared/share/meeting';

/** Keeps proxies and idle-connection timers from closing a quiet event stream. */
const heartbeatMs = 20_000;

/**
 * The live part of a shared review: the presenter's latest focus and the open event streams of
 * the room. Every stream gets the current focus as it opens, then every change as it happens.
 */
export class Meeting {
  private focus: Focus = libraryFocus;
  private readonly streams = new Set<ServerResponse>();
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

  /** Answers GET /share/events: a server-sent event stream until the browser leaves or the host stops. */
  openStream(res: ServerResponse): void {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    res.write(`retry: 2000\n${event('focus', this.focus)}`);
    this.streams.add(res);
    res.on('close', () => this.streams.delete(res));
  }

  publishFocus(focus: Focus): void {
    this.focus = focus;
    this.send(event('focus', focus));
  }

  projectChanged(change: ProjectChanged): void {
    this.send(event('changed', change));
  }

  /** Ends every stream, so the host can close without waiting for them. */
  close(): void {
    clearInterval(this.heartbeat);
    for (const res of this.streams) res.end();
    this.streams.clear();
  }

  private send(text: string): void {
    for (const res of this.streams) res.write(text);
  }
}

function event(name: string, data: unknown): string {
  return `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;
}
