// Automatic layout with ELK's layered algorithm, left to right, one port per outcome in the order the node draws
// them, so branches leave a node in order and lines cross as little as ELK can manage. ELK is loaded on first use.
import type { ElkNode } from 'elkjs/lib/elk-api';
import type { Graph } from './graph';
import { GRID, snap } from './outcomes';
import type { Size, XY } from './types';

export interface LayoutInput {
  graph: Graph;
  sizeOf: (id: string) => Size;
  outcomesOf: (id: string) => string[];
}

export async function layout({ graph, sizeOf, outcomesOf }: LayoutInput): Promise<Map<string, XY>> {
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  const elk = new ELK();
  const outcomes = new Map(graph.nodes.map((n) => [n.id, outcomesOf(n.id)]));
  const root: ElkNode = {
    id: '__root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.edgeRouting': 'POLYLINE',
      'elk.layered.spacing.nodeNodeBetweenLayers': String(GRID * 4),
      'elk.spacing.nodeNode': String(GRID * 2),
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    },
    children: graph.nodes.map((n) => ({
      id: n.id,
      ...sizeOf(n.id),
      layoutOptions: { 'elk.portConstraints': 'FIXED_ORDER' },
      ports: [
        { id: `${n.id}\u0000in`, width: 1, height: 1, layoutOptions: { 'elk.port.side': 'WEST' } },
        ...outcomes.get(n.id)!.map((o, i) => ({
          id: `${n.id}\u0000out\u0000${o}`, width: 1, height: 1,
          layoutOptions: { 'elk.port.side': 'EAST', 'elk.port.index': String(i) },
        })),
      ],
    })),
    edges: graph.edges.filter((e) => outcomes.has(e.source) && outcomes.has(e.target)).map((e) => ({
      id: e.id,
      sources: [outcomes.get(e.source)!.includes(e.outcome) ? `${e.source}\u0000out\u0000${e.outcome}` : e.source],
      targets: [`${e.target}\u0000in`],
    })),
  };
  const result = await elk.layout(root);
  return new Map((result.children ?? []).map((c) => [c.id, { x: snap((c.x ?? 0) + GRID * 2), y: snap((c.y ?? 0) + GRID * 2) }]));
}

/** Whether a graph needs a first layout: some activity has no place yet (the shipped files have none). */
export function needsLayout(graph: Graph): boolean {
  return graph.nodes.some((n) => n.position === null);
}
