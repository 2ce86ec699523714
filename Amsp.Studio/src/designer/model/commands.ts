// Every edit of the document is a pure function from one graph to the next (the store records before and after,
// which makes each one reversible). A function that changes nothing returns the graph it was given.
import { connectionKey, toEdge, uniqueEdgeId, type Graph, type GraphNode } from './graph';
import { snap } from './outcomes';
import type { ActivityJson, DefinitionJson, Descriptor, Expression, Size, XY } from './types';

export function newActivityId(graph: Graph, type: string): string {
  const base = type.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase().replace(/[^a-z0-9-]+/g, '-') || 'activity';
  const taken = new Set(graph.nodes.map((n) => n.id));
  let n = 1;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

export function addActivity(graph: Graph, descriptor: Descriptor, position: XY): { graph: Graph; id: string } {
  const id = newActivityId(graph, descriptor.type);
  const activity: ActivityJson = { id, type: descriptor.type };
  if (Number(descriptor.version) !== 1) activity.typeVersion = Number(descriptor.version);
  const node: GraphNode = { id, activity, position: { x: snap(position.x), y: snap(position.y) }, size: null };
  return { graph: { ...graph, nodes: [...graph.nodes, node] }, id };
}

export function removeElements(graph: Graph, nodeIds: Iterable<string>, edgeIds: Iterable<string>): Graph {
  const nodes = new Set(nodeIds);
  const edges = new Set(edgeIds);
  if (nodes.size === 0 && edges.size === 0) return graph;
  return {
    ...graph,
    nodes: graph.nodes.filter((n) => !nodes.has(n.id)),
    edges: graph.edges.filter((e) => !edges.has(e.id) && !nodes.has(e.source) && !nodes.has(e.target)),
  };
}

export function connect(graph: Graph, source: string, outcome: string, target: string): Graph {
  const key = connectionKey(source, outcome, target);
  if (graph.edges.some((e) => e.id === key) || !hasNode(graph, source) || !hasNode(graph, target)) return graph;
  const edge = toEdge({ source: { activity: source, outcome }, target: { activity: target } }, key);
  return { ...graph, edges: [...graph.edges, edge] };
}

export function moveNodes(graph: Graph, positions: ReadonlyMap<string, XY>): Graph {
  let changed = false;
  const nodes = graph.nodes.map((n) => {
    const p = positions.get(n.id);
    if (!p || (n.position && n.position.x === p.x && n.position.y === p.y)) return n;
    changed = true;
    return { ...n, position: { x: p.x, y: p.y } };
  });
  return changed ? { ...graph, nodes } : graph;
}

export function resizeNode(graph: Graph, id: string, size: Size, position?: XY): Graph {
  const rounded = { width: Math.round(size.width), height: Math.round(size.height) };
  return updateNode(graph, id, (n) => ({ ...n, size: rounded, position: position ? { x: Math.round(position.x), y: Math.round(position.y) } : n.position }));
}

export function updateActivity(graph: Graph, id: string, change: (activity: ActivityJson) => ActivityJson): Graph {
  return updateNode(graph, id, (n) => {
    const activity = change(n.activity);
    return activity === n.activity ? n : { ...n, activity };
  });
}

/** Sets an input's expression; undefined removes it (the input then takes its default). */
export function setInput(graph: Graph, id: string, name: string, expression: Expression | undefined): Graph {
  return updateActivity(graph, id, (a) => {
    const inputs = { ...(a.inputs ?? {}) };
    if (expression === undefined) delete inputs[name];
    else inputs[name] = expression;
    const next: ActivityJson = { ...a, inputs };
    if (Object.keys(inputs).length === 0) delete next.inputs;
    return next;
  });
}

export function setDisplayName(graph: Graph, id: string, displayName: string): Graph {
  return updateActivity(graph, id, (a) => {
    const next = { ...a };
    if (displayName.trim() === '') delete next.displayName;
    else next.displayName = displayName;
    return next;
  });
}

/** Gives an activity a new id and moves its connections along; refuses an empty or taken id. */
export function renameActivity(graph: Graph, from: string, to: string): Graph {
  const id = to.trim();
  if (id === from) return graph;
  if (id === '') throw new Error('An activity needs an id.');
  if (hasNode(graph, id)) throw new Error(`Another activity already has the id '${id}'.`);
  const nodes = graph.nodes.map((n) => (n.id === from ? { ...n, id, activity: { ...n.activity, id } } : n));
  const used = new Set<string>();
  const edges = graph.edges.map((e) => {
    if (e.source !== from && e.target !== from) {
      used.add(e.id);
      return e;
    }
    const connection = {
      ...e.connection,
      source: e.source === from ? { ...e.connection.source, activity: id } : e.connection.source,
      target: e.target === from ? { ...e.connection.target, activity: id } : e.connection.target,
    };
    return toEdge(connection, '');
  });
  return { ...graph, nodes, edges: edges.map((e) => (e.id === '' ? { ...e, id: uniqueEdgeId(connectionKey(e.source, e.outcome, e.target), used) } : e)) };
}

/**
 * Puts a new activity on a connection: source → new (same outcome) and new → target (its first outcome). Types
 * without outcomes cannot sit between two activities.
 */
export function insertBetween(graph: Graph, edgeId: string, descriptor: Descriptor, outcome: string, at: XY): { graph: Graph; id: string } {
  const edge = graph.edges.find((e) => e.id === edgeId);
  if (!edge) throw new Error('The connection no longer exists.');
  const added = addActivity(graph, descriptor, at);
  let next = removeElements(added.graph, [], [edge.id]);
  next = connect(next, edge.source, edge.outcome, added.id);
  next = connect(next, added.id, outcome, edge.target);
  return { graph: next, id: added.id };
}

export function updateDefinition(graph: Graph, change: (definition: DefinitionJson) => DefinitionJson): Graph {
  const definition = change(graph.definition);
  return definition === graph.definition ? graph : { ...graph, definition };
}

function updateNode(graph: Graph, id: string, change: (node: GraphNode) => GraphNode): Graph {
  let changed = false;
  const nodes = graph.nodes.map((n) => {
    if (n.id !== id) return n;
    const next = change(n);
    changed = next !== n;
    return next;
  });
  return changed ? { ...graph, nodes } : graph;
}

function hasNode(graph: Graph, id: string): boolean {
  return graph.nodes.some((n) => n.id === id);
}

