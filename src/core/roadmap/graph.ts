// Prerequisite cycles. A leaf can be studied once the requires of itself and of
// its ancestors are met, and a required topic is met when all its leaves are.
// Two nodes per topic keep the graph linear in size:
//   A(t) "every leaf of t is finished"  -> A(child) for each child; A(leaf) -> R(leaf)
//   R(t) "t's prerequisites are met"    -> R(parent); R(t) -> A(x) for x in requires(t)
// A cycle in this graph is exactly a leaf that (transitively) requires itself,
// which includes requiring one's own ancestor or descendant.

export interface GraphTopic<E extends { id: string }> {
  readonly id: string | null;
  readonly requires: readonly E[];
  readonly children: readonly GraphTopic<E>[];
}

export interface Cycle<E> {
  /** Topic ids along the cycle, first repeated at the end: ["a", "b", "a"]. */
  path: string[];
  /** One requires entry that closes the cycle (where to report it). */
  edge: E;
}

export function findCycle<E extends { id: string }>(roots: readonly GraphTopic<E>[]): Cycle<E> | null {
  const topics: GraphTopic<E>[] = [];
  const parentOf: number[] = [];
  const index = new Map<string, number>();
  const visit = (list: readonly GraphTopic<E>[], parent: number) => {
    for (const t of list) {
      const i = topics.length;
      topics.push(t);
      parentOf.push(parent);
      if (t.id !== null) index.set(t.id, i);
      visit(t.children, i);
    }
  };
  visit(roots, -1);

  // Childrens' topic indices, computed once.
  const childIdx: number[][] = topics.map(() => []);
  parentOf.forEach((p, i) => p >= 0 && childIdx[p]!.push(i));

  type Edge = { to: number; label: E | null };
  const edges = (node: number): Edge[] => {
    const t = node >> 1;
    if ((node & 1) === 0) {
      const kids = childIdx[t]!;
      return kids.length ? kids.map((c) => ({ to: c * 2, label: null })) : [{ to: t * 2 + 1, label: null }];
    }
    const out: Edge[] = [];
    const p = parentOf[t]!;
    if (p >= 0) out.push({ to: p * 2 + 1, label: null });
    for (const r of topics[t]!.requires) {
      const x = index.get(r.id);
      if (x !== undefined) out.push({ to: x * 2, label: r });
    }
    return out;
  };

  const WHITE = 0,
    GREY = 1,
    BLACK = 2;
  const colour = new Uint8Array(topics.length * 2);
  for (let start = 0; start < topics.length * 2; start++) {
    if (colour[start] !== WHITE) continue;
    // Iterative DFS: a stack of (node, its edges, next edge, label of the edge into it).
    const stack: { node: number; out: Edge[]; next: number; via: E | null }[] = [];
    colour[start] = GREY;
    stack.push({ node: start, out: edges(start), next: 0, via: null });
    while (stack.length) {
      const frame = stack[stack.length - 1]!;
      if (frame.next === frame.out.length) {
        colour[frame.node] = BLACK;
        stack.pop();
        continue;
      }
      const edge = frame.out[frame.next++]!;
      if (colour[edge.to] === GREY) {
        const from = stack.findIndex((f) => f.node === edge.to);
        const labels = [...stack.slice(from + 1).map((f) => f.via), edge.label].filter((l): l is E => l !== null);
        return { path: describeCycle(labels, topics), edge: labels[labels.length - 1]! };
      }
      if (colour[edge.to] === WHITE) {
        colour[edge.to] = GREY;
        stack.push({ node: edge.to, out: edges(edge.to), next: 0, via: edge.label });
      }
    }
  }
  return null;
}

function describeCycle<E extends { id: string }>(labels: E[], topics: GraphTopic<E>[]): string[] {
  // Each label is a requires entry; find the topic that owns it.
  const owner = new Map<E, string>();
  for (const t of topics) for (const r of t.requires) owner.set(r, t.id ?? '?');
  const path: string[] = [];
  for (const label of labels) {
    const from = owner.get(label) ?? '?';
    if (path[path.length - 1] !== from) path.push(from);
    path.push(label.id);
  }
  if (path[0] !== path[path.length - 1]) path.push(path[0]!);
  return path;
}
