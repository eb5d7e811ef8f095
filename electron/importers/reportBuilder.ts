import type { ComponentId, ConnectionId } from '../../shared/model/ids';
import type { Connection } from '../../shared/model/connection';
import type { ImportNote, ImportReport } from '../../shared/ipc/importReport';

type Group = 'evidence' | 'guessed' | 'confirm';

interface PendingNote {
  readonly group: Group;
  readonly text: string;
  readonly where?: readonly string[];
  /** A component's name, or a connection's `from → to` names. */
  readonly component?: string;
  readonly connection?: readonly [string, string];
}

export interface NoteTarget {
  readonly where?: readonly string[];
  readonly component?: string;
  readonly connection?: readonly [string, string];
}

/** Most places a note names; a setting shared by fifty services is cited by its first few. */
const MAX_WHERE = 5;

/**
 * Collects the report while the importer works, naming components and connections by name; `build`
 * turns the names into the ids the project ends up with.
 */
export class ReportBuilder {
  private readonly notes: PendingNote[] = [];
  readonly sources: string[] = [];
  readonly ignored: string[] = [];
  readonly suggested: Array<{ connection: Connection; text: string }> = [];

  evidence(text: string, target: NoteTarget = {}): void {
    this.notes.push({ group: 'evidence', text, ...target });
  }

  guessed(text: string, target: NoteTarget = {}): void {
    this.notes.push({ group: 'guessed', text, ...target });
  }

  confirm(text: string, target: NoteTarget = {}): void {
    this.notes.push({ group: 'confirm', text, ...target });
  }

  ignore(text: string): void {
    this.ignored.push(text);
  }

  build(componentIds: ReadonlyMap<string, string>, connectionIds: ReadonlyMap<string, string>): ImportReport {
    const groups: Record<Group, ImportNote[]> = { evidence: [], guessed: [], confirm: [] };
    for (const note of this.notes) {
      const componentId = note.component !== undefined ? componentIds.get(note.component) : undefined;
      const connectionId = note.connection !== undefined ? connectionIds.get(connectionKey(note.connection[0], note.connection[1])) : undefined;
      groups[note.group].push({
        text: note.text,
        ...(note.where && note.where.length > 0 ? { where: citeFirst(note.where) } : {}),
        ...(componentId ? { componentId: componentId as ComponentId } : {}),
        ...(connectionId ? { connectionId: connectionId as ConnectionId } : {}),
      });
    }
    return { sources: this.sources, ...groups, ignored: this.ignored, suggested: this.suggested };
  }
}

function citeFirst(where: readonly string[]): string[] {
  const unique = [...new Set(where)];
  return unique.length <= MAX_WHERE ? unique : [...unique.slice(0, MAX_WHERE - 1), `and ${unique.length - MAX_WHERE + 1} more places`];
}

/** The key of a connection between two components by name. */
export function connectionKey(from: string, to: string): string {
  return `${from}\u0000${to}`;
}
