import { CURRENT_SCHEMA_VERSION, type Project } from '../../shared/model/project';
import { parseProjectFile } from '../../shared/model/projectFile';
import { decodeModel, encodeModel } from './modelCodec';
import { applyRevisionDelta, indexById, isDelta, revisionDelta, type DeltaBase } from './revisionDelta';

/** A stored revision's model as its row holds it. */
export interface StoredModel {
  readonly id: number;
  readonly model: Buffer;
  readonly base_id: number | null;
}

/** A model ready to be written: the blob, the revision it is changes to (if any) and its depth. */
export interface EncodedModel {
  readonly model: Buffer;
  readonly baseId: number | null;
  /** How many revisions stored as changes lie between it and a whole model (0: it is whole). */
  readonly depth: number;
}

/**
 * At most this many revisions stored as changes follow one another before a whole model is
 * written: reading a revision applies the changes of each one after the whole model before it.
 */
export const MAX_DEPTH = 40;
/** Models kept assembled, by revision: the revisions in use and the bases of the next ones. */
const KEPT_MODELS = 8;

interface Assembled {
  readonly data: Record<string, unknown>;
  readonly depth: number;
}

/**
 * Reads and writes revision models, whole or as the changes to the revision before
 * (revisionDelta.ts). An autosave is compared with the last revision this process wrote or read
 * of the project and stored as the changes to it when that is much smaller, up to MAX_DEPTH in
 * a row. Assembled models of recent revisions are kept, so reading the next revision of a chain
 * applies one set of changes, not all of them since the whole model.
 */
export function createRevisionModels(readStored: (revisionId: number) => StoredModel | undefined) {
  const assembled = new Map<number, Assembled>();
  // By project id: the revision its next autosave is compared with.
  const bases = new Map<string, DeltaBase & { readonly depth: number }>();

  const remember = <K, V>(map: Map<K, V>, key: K, value: V, kept: number): void => {
    map.delete(key);
    map.set(key, value);
    for (const oldest of map.keys()) {
      if (map.size <= kept) break;
      map.delete(oldest);
    }
  };

  const baseFor = (projectId: string, revisionId: number, data: Record<string, unknown>, depth: number): void => {
    // A model from an older schema is migrated on read: changes must never refer to its unmigrated form.
    if (data['schemaVersion'] !== CURRENT_SCHEMA_VERSION) return;
    const project = data as unknown as Project;
    let indexes: DeltaBase['indexes'] | undefined;
    remember(
      bases,
      projectId,
      {
        revisionId,
        data: project,
        depth,
        get indexes() {
          indexes ??= { components: indexById(project.components), connections: indexById(project.connections) };
          return indexes;
        },
      },
      KEPT_MODELS,
    );
  };

  /** The stored data of a revision, assembled from the whole model before it and the changes since. */
  const assemble = (row: StoredModel): Assembled => {
    const chain: StoredModel[] = [];
    let start: Assembled | undefined;
    for (let at: StoredModel | undefined = row; at;) {
      start = assembled.get(at.id);
      if (start) break;
      chain.push(at);
      if (at.base_id === null) break;
      const base = readStored(at.base_id);
      if (!base) throw new Error(`revision ${at.id} is stored as changes to revision ${at.base_id}, which is missing`);
      at = base;
    }
    let current = start;
    for (const step of chain.reverse()) {
      const data = JSON.parse(decodeModel(step.model)) as Record<string, unknown>;
      current = isDelta(data) ? { data: applyRevisionDelta(data, current!.data), depth: current!.depth + 1 } : { data, depth: 0 };
    }
    remember(assembled, row.id, current!, KEPT_MODELS);
    return current!;
  };

  const encodeAgainst = (project: Project, base: (DeltaBase & { readonly depth: number }) | undefined): EncodedModel => {
    const delta = base && base.depth < MAX_DEPTH ? revisionDelta(project, base) : null;
    if (delta) return { model: encodeModel(delta), baseId: delta.base, depth: base!.depth + 1 };
    return { model: encodeModel(project), baseId: null, depth: 0 };
  };

  return {
    /**
     * A stored model. Only validated projects are ever written, so a current-version model is
     * trusted as is (validating 10,000 components again would blow the 100 ms open budget); an
     * older one goes through the project-file loader, which migrates and validates it.
     */
    read(row: StoredModel, projectId: string): Project {
      const { data, depth } = assemble(row);
      baseFor(projectId, row.id, data, depth);
      if (data['schemaVersion'] === CURRENT_SCHEMA_VERSION) return data as unknown as Project;
      return parseProjectFile(JSON.stringify(data), `revision ${row.id} in the library`);
    },

    /** The blob to store: an autosave as changes to the project's last revision in use when that is much smaller. */
    encode(project: Project, autosave: boolean): EncodedModel {
      return encodeAgainst(project, autosave ? bases.get(project.id) : undefined);
    },

    /** After writing a revision: the next autosave of the project is compared with it. */
    written(project: Project, revisionId: number, encoded: EncodedModel): void {
      remember(assembled, revisionId, { data: project, depth: encoded.depth }, KEPT_MODELS);
      baseFor(project.id, revisionId, project, encoded.depth);
    },

    /**
     * The revisions `kept` whose chain of changes passes through one in `dropped`, stored again
     * so they no longer need it: as changes to the kept revision before them, or whole. Call
     * before deleting `dropped`, in the same transaction. `rewrite` stores a revision's new model.
     */
    rebase(rows: readonly StoredModel[], dropped: ReadonlySet<number>, rewrite: (id: number, encoded: EncodedModel) => void): void {
      const depthOf = new Map<number, number>();
      let previous: { row: StoredModel; depth: number } | undefined;
      for (const row of [...rows].sort((a, b) => a.id - b.id)) {
        if (dropped.has(row.id)) continue;
        let stored = row;
        let depth = row.base_id === null ? 0 : (depthOf.get(row.base_id) ?? MAX_DEPTH) + 1;
        if (row.base_id !== null && dropped.has(row.base_id)) {
          const project = assemble(row).data as unknown as Project;
          let base: (DeltaBase & { readonly depth: number }) | undefined;
          if (previous && project.schemaVersion === CURRENT_SCHEMA_VERSION) {
            const data = assemble(previous.row).data as unknown as Project;
            base = {
              revisionId: previous.row.id,
              data,
              depth: previous.depth,
              indexes: { components: indexById(data.components), connections: indexById(data.connections) },
            };
          }
          const encoded = encodeAgainst(project, base);
          rewrite(row.id, encoded);
          stored = { id: row.id, model: encoded.model, base_id: encoded.baseId };
          depth = encoded.depth;
          // The same model, at another depth.
          assembled.set(row.id, { data: project, depth });
          for (const [projectId, memo] of bases) if (memo.revisionId === row.id) bases.delete(projectId);
        }
        depthOf.set(row.id, depth);
        previous = { row: stored, depth };
      }
    },

    /** Revisions were deleted (thinning): forget them. */
    forget(revisionIds: readonly number[]): void {
      const gone = new Set(revisionIds);
      for (const [projectId, base] of bases) if (gone.has(base.revisionId)) bases.delete(projectId);
      for (const id of gone) assembled.delete(id);
    },
  };
}
export type RevisionModels = ReturnType<typeof createRevisionModels>;
