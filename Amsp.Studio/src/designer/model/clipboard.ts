// Copy and paste of a selection: the activities and the connections between them. Pasted activities get fresh
// ids where theirs are taken, and connections follow the renaming.
import { newActivityId } from './commands';
import { connectionKey, toEdge, uniqueEdgeId, type Graph, type GraphNode } from './graph';
import type { ActivityJson, ConnectionJson, XY } from './types';

export interface Clip {
  activities: { activity: ActivityJson; position: XY | null }[];
  connections: ConnectionJson[];
}

export function copy(graph: Graph, nodeIds: Iterable<string>): Clip {
  const ids = new Set(nodeIds);
  return {
    activities: graph.nodes.filter((n) => ids.has(n.id)).map((n) => ({ activity: n.activity, position: n.position })),
    connections: graph.edges.filter((e) => ids.has(e.source) && ids.has(e.target)).map((e) => e.connection),
  };
}

export function paste(graph: Graph, clip: Clip, offset: XY): { graph: Graph; ids: string[] } {
  let next = graph;
  const renamed = new Map<string, string>();
  const added: GraphNode[] = [];
  for (const { activity, position } of clip.activities) {
    const id = next.nodes.some((n) => n.id === activity.id) || renamed.has(activity.id) ? newActivityId(next, activity.type) : activity.id;
    renamed.set(activity.id, id);
    const node: GraphNode = {
      id,
      activity: { ...activity, id },
      position: { x: (position?.x ?? 0) + offset.x, y: (position?.y ?? 0) + offset.y },
      size: null,
    };
    const d = activity.designer;
    if (d && typeof d.width === 'number' && typeof d.height === 'number') node.size = { width: d.width, height: d.height };
    added.push(node);
    next = { ...next, nodes: [...next.nodes, node] };
  }
  const used = new Set(next.edges.map((e) => e.id));
  const edges = clip.connections.map((c) => {
    const source = renamed.get(c.source.activity)!;
    const target = renamed.get(c.target.activity)!;
    const connection = { ...c, source: { ...c.source, activity: source }, target: { ...c.target, activity: target } };
    return toEdge(connection, uniqueEdgeId(connectionKey(source, c.source.outcome, target), used));
  });
  return { graph: { ...next, edges: [...next.edges, ...edges] }, ids: added.map((n) => n.id) };
}
