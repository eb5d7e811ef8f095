import type { ComponentKind } from './component';
import type { Connection } from './connection';
import type { Project } from './project';

/** What the user can make of an imported connection before the project is created. */
export type ConnectionChoice = 'keep' | 'call' | 'read' | 'write' | 'startup' | 'reverse' | 'remove';

export const connectionChoiceLabels: Readonly<Record<ConnectionChoice, string>> = {
  keep: 'Keep as imported',
  call: 'A call (sync, hard)',
  read: 'Reads from it',
  write: 'Reads and writes it',
  startup: 'Needed only to start',
  reverse: 'Reverse the direction',
  remove: 'Remove',
};

/** The user's answers to an import's guesses. */
export interface ImportChoices {
  readonly name?: string;
  /** New kinds by component id. */
  readonly kinds?: Readonly<Record<string, ComponentKind>>;
  /** What to do with each connection, by id; absent means keep. */
  readonly connections?: Readonly<Record<string, ConnectionChoice>>;
  /** Suggested connections the user accepted. */
  readonly added?: readonly Connection[];
}

/**
 * The imported project with the user's answers applied: kinds changed, connections changed,
 * reversed or removed, accepted suggestions added. Pure: the project given is not changed.
 */
export function applyImportChoices(project: Project, choices: ImportChoices): Project {
  const kinds = choices.kinds ?? {};
  const connectionChoices = choices.connections ?? {};
  const components = project.components.map((component) => {
    const kind = kinds[component.id];
    return kind && kind !== component.kind ? { ...component, kind } : component;
  });
  const connections: Connection[] = [];
  for (const connection of project.connections) {
    const changed = applyConnectionChoice(connection, connectionChoices[connection.id] ?? 'keep');
    if (changed) connections.push(changed);
  }
  const present = new Set(connections.map((c) => `${c.from}\u0000${c.to}`));
  for (const connection of choices.added ?? []) {
    if (!present.has(`${connection.from}\u0000${connection.to}`)) connections.push(connection);
  }
  const name = choices.name?.trim();
  return { ...project, ...(name ? { name: name.slice(0, 200) } : {}), components, connections };
}

function applyConnectionChoice(connection: Connection, choice: ConnectionChoice): Connection | null {
  const { dependency: _dependency, ...withoutDependency } = connection;
  switch (choice) {
    case 'keep':
      return connection;
    case 'remove':
      return null;
    case 'reverse':
      return { ...connection, from: connection.to, to: connection.from };
    case 'startup':
      return { ...withoutDependency, kind: 'sync', dependency: 'startup' };
    case 'call':
      return { ...withoutDependency, kind: 'sync' };
    case 'read':
    case 'write':
      return { ...withoutDependency, kind: choice };
  }
}
