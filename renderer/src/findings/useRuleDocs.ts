import { useEffect, useState } from 'react';
import type { RuleDoc } from '../../../shared/model/finding';
import { call } from '../api/client';

/** Rule docs never change while the app runs: fetch them once and share the answer. */
let docsRequest: Promise<ReadonlyMap<string, RuleDoc>> | null = null;

function loadRuleDocs(): Promise<ReadonlyMap<string, RuleDoc>> {
  docsRequest ??= call('rules:docs', {})
    .then((docs) => new Map(docs.map((doc) => [doc.id, doc])))
    .catch((error: unknown) => {
      // Let a later render try again; call() has already told the user what went wrong.
      docsRequest = null;
      throw error;
    });
  return docsRequest;
}

/** Every rule's documentation by rule id; empty until loaded. */
export function useRuleDocs(): ReadonlyMap<string, RuleDoc> {
  const [docs, setDocs] = useState<ReadonlyMap<string, RuleDoc>>(new Map());
  useEffect(() => {
    let live = true;
    loadRuleDocs().then(
      (loaded) => live && setDocs(loaded),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return docs;
}
