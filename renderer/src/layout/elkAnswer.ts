/**
 * ELK's worker answers a layout with the whole input graph, every edge's route included: for
 * 500 components (when ELK still laid those out; it now gets fewer than LARGE_LAYOUT) about
 * 750 KB that the page must deserialise on its main thread, where a long task blocks input. The canvas reads node and zone positions only (see readElkResult) and draws
 * its own curves, so the worker drops the edges (whose routes are most of the answer) before
 * posting it: the answer is then nodes and their positions only.
 */
interface ElkAnswerGraph {
  edges?: unknown;
  children?: ElkAnswerGraph[];
}

/** The graph without its edges, the same object; other messages pass through unchanged. */
export function withoutEdges(message: unknown): unknown {
  const data = (message as { data?: unknown } | null)?.data;
  if (data && typeof data === 'object' && 'children' in data) strip(data as ElkAnswerGraph);
  return message;
}

function strip(graph: ElkAnswerGraph): void {
  delete graph.edges;
  for (const child of graph.children ?? []) strip(child);
}
