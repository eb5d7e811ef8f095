import type { ComponentId, ConnectionId } from '../../shared/model/ids';
import type { Connection } from '../../shared/model/connection';
import type { ImportNote, ImportReport } from '../../shared/ipc/importReport';

type Group = 'evidence' | 'guessed' | 'confirm';

interface PendingNote extends NoteTarget {
  readonly group: Group;
  readonly text: string;
}

export interface NoteTarget {
  readonly where?: readonly string[];
  /** A component's name, or a connection's `from → to` names. */
  readonly component?: string;
  readonly connection?: readonly [string, string];
  /**
   * Notes of one family (the same fact about many components) become one line when there are more
   * than a few: `summary` gets the components' names.
   */
  readonly family?: { readonly key: string; readonly summary: (names: readonly string[]) => string };
}

/** Members a family may have before its notes become one line. */
const FAMILY_LINES = 3;

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
    for (const note of this.withFamiliesMerged()) {
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

  /** Each family with more than a few members as one note, where its first member was. */
  private withFamiliesMerged(): PendingNote[] {
    const families = new Map<string, PendingNote[]>();
    for (const note of this.notes) {
      if (!note.family) continue;
      const key = `${note.group}\u0000${note.family.key}`;
      const members = families.get(key);
      if (members) members.push(note);
      else families.set(key, [note]);
    }
    const merged: PendingNote[] = [];
    for (const note of this.notes) {
      const members = note.family ? families.get(`${note.group}\u0000${note.family.key}`)! : undefined;
      if (!members || members.length <= FAMILY_LINES) merged.push(note);
      else if (members[0] === note) {
        const names = members.map((m) => m.component ?? '').filter((n) => n !== '');
        merged.push({ group: note.group, text: note.family!.summary(names), where: members.flatMap((m) => m.where ?? []) });
      }
    }
    return merged;
  }
}

/** '"a", "b" and "c"', or the first twelve and how many more. */
export function quoteNames(names: readonly string[]): string {
  const quoted = names.map((n) => `"${n}"`);
  if (quoted.length > 12) return `${quoted.slice(0, 12).join(', ')} and ${quoted.length - 12} more`;
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}

function citeFirst(where: readonly string[]): string[] {
  const unique = [...new Set(where)];
  return unique.length <= MAX_WHERE ? unique : [...unique.slice(0, MAX_WHERE - 1), `and ${unique.length - MAX_WHERE + 1} more places`];
}

/** The key of a connection between two components by name. */
export function connectionKey(from: string, to: string): string {
  return `${from}\u0000${to}`;
}
