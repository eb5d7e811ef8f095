// Indexed reads here assert non-null rather than call itemAt: every index comes from the same graph's arrays, and a call per read slows the check's inner loops.
/**
 * Strongly connected components (Tarjan) over components numbered 0..n-1 with a compressed
 * adjacency list (the targets of v are targets[offsets[v]] .. targets[offsets[v + 1] - 1]).
 * Iterative, so long chains cannot overflow the stack, and on typed arrays, so 10,000 components
 * take a few milliseconds. Members of each group come in ascending number; groups are ordered
 * by their smallest member, so the output is deterministic. Groups of one are included (the
 * caller decides whether a self-call makes one a cycle).
 */
export function stronglyConnected(n: number, offsets: Int32Array, targets: Int32Array): number[][] {
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const frameNode: number[] = [];
  const frameEdge: number[] = [];
  const groups: number[][] = [];
  let counter = 0;
  const open = (v: number) => {
    index[v] = low[v] = counter++;
    stack.push(v);
    onStack[v] = 1;
    frameNode.push(v);
    frameEdge.push(offsets[v]!);
  };
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    open(root);
    while (frameNode.length > 0) {
      const top = frameNode.length - 1;
      const v = frameNode[top]!;
      const edge = frameEdge[top]!;
      if (edge < offsets[v + 1]!) {
        frameEdge[top] = edge + 1;
        const w = targets[edge]!;
        if (index[w] === -1) open(w);
        else if (onStack[w]) low[v] = Math.min(low[v]!, index[w]!);
        continue;
      }
      frameNode.pop();
      frameEdge.pop();
      if (frameNode.length > 0) {
        const parent = frameNode[frameNode.length - 1]!;
        low[parent] = Math.min(low[parent]!, low[v]!);
      }
      if (low[v] !== index[v]) continue;
      // Most components are a group of their own: a one-element literal, not an empty array
      // grown by push (17 slots) and sorted.
      if (stack[stack.length - 1] === v) {
        stack.pop();
        onStack[v] = 0;
        groups.push([v]);
        continue;
      }
      const group: number[] = [];
      let member: number;
      do {
        member = stack.pop()!;
        onStack[member] = 0;
        group.push(member);
      } while (member !== v);
      groups.push(group.sort((a, b) => a - b));
    }
  }
  // Ordered by smallest member. Those are distinct, so placing each group at its smallest
  // member gives the sorted order in one pass, without a comparator call per pair.
  const bySmallest: (number[] | undefined)[] = new Array(n);
  for (let g = 0; g < groups.length; g++) bySmallest[groups[g]![0]!] = groups[g]!;
  const ordered: number[][] = [];
  for (let v = 0; v < n; v++) if (bySmallest[v] !== undefined) ordered.push(bySmallest[v]!);
  return ordered;
}
