import { createContext, useCallback, useContext, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';

/**
 * Every user action is a command: the command palette (Ctrl/Cmd+K) lists them, the shortcuts
 * dialog shows their keys, and the hotkey binding runs them. Features register the commands they
 * own while they are mounted, with `useCommands`.
 */
export interface Command {
  /** Stable id, e.g. "editor.undo". */
  readonly id: string;
  readonly label: string;
  /** Group heading in the palette and the shortcuts dialog ("Edit", "View", "Project"). */
  readonly group: string;
  /** Mantine hotkey syntax: "mod+z", "mod+shift+z", "delete", "shift+?". */
  readonly shortcut?: string;
  readonly keywords?: readonly string[];
  readonly disabled?: boolean;
  /** A second key for a listed command: bound, but left out of the palette and the shortcuts list. */
  readonly hidden?: boolean;
  /** Where its shortcut applies (the element the key was pressed on); everywhere when absent. */
  readonly keyTarget?: (target: EventTarget | null) => boolean;
  run(): void;
}

/** Commands made from what the user types (a component to go to), asked for only while the palette is open. */
export type CommandSearch = (query: string) => readonly Command[];

class CommandRegistry {
  private readonly sources = new Map<symbol, readonly Command[]>();
  /** The search of the mounted editor, if any: one at a time. */
  search: CommandSearch | null = null;
  private snapshot: readonly Command[] = [];
  private readonly listeners = new Set<() => void>();

  set(source: symbol, commands: readonly Command[]): void {
    this.sources.set(source, commands);
    this.publish();
  }

  remove(source: symbol): void {
    this.sources.delete(source);
    this.publish();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): readonly Command[] => this.snapshot;

  private publish(): void {
    this.snapshot = [...this.sources.values()].flat();
    for (const listener of this.listeners) listener();
  }
}

const RegistryContext = createContext<CommandRegistry | null>(null);

export function CommandProvider({ children }: { children: ReactNode }) {
  const registry = useMemo(() => new CommandRegistry(), []);
  return <RegistryContext.Provider value={registry}>{children}</RegistryContext.Provider>;
}

function useRegistry(): CommandRegistry {
  const registry = useContext(RegistryContext);
  if (!registry) throw new Error('useCommands must be used inside <CommandProvider>');
  return registry;
}

/** Registers commands while the calling component is mounted; pass a memoized array. */
export function useCommands(commands: readonly Command[]): void {
  const registry = useRegistry();
  const source = useMemo(() => Symbol('commands'), []);
  useEffect(() => {
    registry.set(source, commands);
  }, [registry, source, commands]);
  useEffect(() => () => registry.remove(source), [registry, source]);
}

/** Every registered command, for the palette and the shortcuts dialog. */
export function useAllCommands(): readonly Command[] {
  const registry = useRegistry();
  return useSyncExternalStore(registry.subscribe, registry.getSnapshot);
}

/** Offers commands found by the palette's query (see CommandSearch) while the caller is mounted. */
export function useCommandSearch(search: CommandSearch): void {
  const registry = useRegistry();
  useEffect(() => {
    // eslint-disable-next-line react-hooks/immutability -- the registry is a store outside React, written only in effects
    registry.search = search;
    return () => {
      if (registry.search === search) registry.search = null;
    };
  }, [registry, search]);
}

/** The current command search, read when the palette's query changes. */
export function useCommandSearchSource(): () => CommandSearch | null {
  const registry = useRegistry();
  return useCallback(() => registry.search, [registry]);
}
