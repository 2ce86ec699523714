// Align and distribute: the tidy-up an analyst asks for (Elsa Studio #586). Sizes come from the caller, since a
// node's drawn size depends on its outcomes.
import { moveNodes } from './commands';
import type { Graph, GraphNode } from './graph';
import type { Size, XY } from './types';

export type Alignment = 'left' | 'center' | 'right' | 'top' | 'middle' | 'bottom';

type SizeOf = (node: GraphNode) => Size;

export function align(graph: Graph, ids: readonly string[], how: Alignment, sizeOf: SizeOf): Graph {
  const chosen = placedNodes(graph, ids);
  if (chosen.length < 2) return graph;
  const boxes = chosen.map((n) => ({ n, p: n.position!, s: sizeOf(n) }));
  const left = Math.min(...boxes.map((b) => b.p.x));
  const right = Math.max(...boxes.map((b) => b.p.x + b.s.width));
  const top = Math.min(...boxes.map((b) => b.p.y));
  const bottom = Math.max(...boxes.map((b) => b.p.y + b.s.height));
  const positions = new Map<string, XY>();
  for (const { n, p, s } of boxes) {
    const x = { left, center: (left + right) / 2 - s.width / 2, right: right - s.width }[how as 'left' | 'center' | 'right'];
    const y = { top, middle: (top + bottom) / 2 - s.height / 2, bottom: bottom - s.height }[how as 'top' | 'middle' | 'bottom'];
    positions.set(n.id, { x: Math.round(x ?? p.x), y: Math.round(y ?? p.y) });
  }
  return moveNodes(graph, positions);
}

/** Spaces the nodes evenly between the outermost two, left to right or top to bottom. */
export function distribute(graph: Graph, ids: readonly string[], axis: 'horizontal' | 'vertical', sizeOf: SizeOf): Graph {
  const chosen = placedNodes(graph, ids);
  if (chosen.length < 3) return graph;
  const horizontal = axis === 'horizontal';
  const along = (n: GraphNode) => (horizontal ? n.position!.x : n.position!.y);
  const extent = (n: GraphNode) => (horizontal ? sizeOf(n).width : sizeOf(n).height);
  const sorted = [...chosen].sort((a, b) => along(a) - along(b));
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  const total = sorted.reduce((sum, n) => sum + extent(n), 0);
  const gap = (along(last) + extent(last) - along(first) - total) / (sorted.length - 1);
  const positions = new Map<string, XY>();
  let cursor = along(first);
  for (const n of sorted) {
    const value = Math.round(cursor);
    positions.set(n.id, horizontal ? { x: value, y: n.position!.y } : { x: n.position!.x, y: value });
    cursor += extent(n) + gap;
  }
  return moveNodes(graph, positions);
}

function placedNodes(graph: Graph, ids: readonly string[]): GraphNode[] {
  const wanted = new Set(ids);
  return graph.nodes.filter((n) => wanted.has(n.id) && n.position !== null);
}
