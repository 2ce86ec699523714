// The designer's document: a definition seen as a graph of nodes (activities with a place and a size) and edges
// (connections from an outcome port). definitionToGraph and graphToDefinition are inverse: a definition read and
// written back is the same JSON, unknown properties and all; only a node that moved or was resized gets its
// designer metadata rewritten.
import type { ActivityJson, ConnectionJson, DefinitionJson, Size, XY } from './types';

export interface GraphNode {
  id: string;
  activity: ActivityJson;
  position: XY | null;
  size: Size | null;
}

export interface GraphEdge {
  id: string;
  source: string;
  outcome: string;
  target: string;
  connection: ConnectionJson;
}

export interface Graph {
  /** The definition's other parts (name, variables, ...); its root's activity and connection lists are not read. */
  definition: DefinitionJson;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export function connectionKey(source: string, outcome: string, target: string): string {
  return `${source}:${outcome}->${target}`;
}

export function definitionToGraph(definition: DefinitionJson): Graph {
  const nodes = (definition.root?.activities ?? []).map(toNode);
  const used = new Set<string>();
  const edges = (definition.root?.connections ?? []).map((connection) => {
    const key = connectionKey(connection.source.activity, connection.source.outcome ?? 'Done', connection.target.activity);
    return toEdge(connection, uniqueEdgeId(key, used));
  });
  return { definition, nodes, edges };
}

export function graphToDefinition(graph: Graph): DefinitionJson {
  const root = graph.definition.root ?? { activities: [], connections: [] };
  return {
    ...graph.definition,
    root: {
      ...root,
      activities: graph.nodes.map(placed),
      connections: graph.edges.map((e) => e.connection),
    },
  };
}

function toNode(activity: ActivityJson): GraphNode {
  const d = activity.designer;
  const position = d && typeof d.x === 'number' && typeof d.y === 'number' ? { x: d.x, y: d.y } : null;
  const size = d && typeof d.width === 'number' && typeof d.height === 'number' ? { width: d.width, height: d.height } : null;
  return { id: activity.id, activity, position, size };
}

export function toEdge(connection: ConnectionJson, id: string): GraphEdge {
  return {
    id,
    source: connection.source.activity,
    outcome: connection.source.outcome ?? 'Done',
    target: connection.target.activity,
    connection,
  };
}

/** An edge id: the connection's key, with a suffix when the same connection is drawn twice. */
export function uniqueEdgeId(key: string, used: Set<string>): string {
  let id = key;
  for (let n = 2; used.has(id); n++) id = `${key}#${n}`;
  used.add(id);
  return id;
}

/** The activity with its designer metadata brought up to date with the node, unchanged when nothing moved. */
function placed(node: GraphNode): ActivityJson {
  const { activity, position, size } = node;
  const d = activity.designer ?? {};
  const moved = position !== null && (d.x !== position.x || d.y !== position.y);
  const resized = size !== null && (d.width !== size.width || d.height !== size.height);
  if (!moved && !resized) return activity;
  const designer = { ...d };
  if (position) Object.assign(designer, { x: position.x, y: position.y });
  if (size) Object.assign(designer, { width: size.width, height: size.height });
  return { ...activity, designer };
}
