// Places the API's validation errors on what they name: an activity (and its input), a connection, or the
// workflow as a whole. The API decides what is wrong; this only decides where to draw it. Connection errors name
// their activity and, in the message, the connection's key (source:outcome->target) or the outcome.
import type { ValidationIssue } from '../../api/client';
import type { Graph } from './graph';

export interface PlacedIssues {
  nodes: ReadonlyMap<string, ValidationIssue[]>;
  edges: ReadonlyMap<string, ValidationIssue[]>;
  /** Errors about the workflow itself (no Start, a missing definition id) or about nothing on the canvas. */
  general: ValidationIssue[];
  count: number;
}

export const noIssues: PlacedIssues = { nodes: new Map(), edges: new Map(), general: [], count: 0 };

export function placeIssues(graph: Graph, issues: readonly ValidationIssue[]): PlacedIssues {
  const nodes = new Map<string, ValidationIssue[]>();
  const edges = new Map<string, ValidationIssue[]>();
  const general: ValidationIssue[] = [];
  const add = (map: Map<string, ValidationIssue[]>, id: string, issue: ValidationIssue) => map.set(id, [...(map.get(id) ?? []), issue]);
  const nodeIds = new Set(graph.nodes.map((n) => n.id));
  for (const issue of issues) {
    const onEdges = connectionsNamed(graph, issue);
    if (onEdges.length > 0) {
      for (const id of onEdges) add(edges, id, issue);
    } else if (issue.activityId && nodeIds.has(issue.activityId)) {
      add(nodes, issue.activityId, issue);
    } else {
      general.push(issue);
    }
  }
  return { nodes, edges, general, count: issues.length };
}

function connectionsNamed(graph: Graph, issue: ValidationIssue): string[] {
  if (issue.code === 'DanglingConnection') {
    return graph.edges.filter((e) => issue.message.includes(`Connection ${e.source}:${e.outcome}->${e.target} `)).map((e) => e.id);
  }
  if (issue.code === 'UnknownOutcome' && issue.activityId) {
    return graph.edges.filter((e) => e.source === issue.activityId && issue.message.includes(`outcome '${e.outcome}'`)).map((e) => e.id);
  }
  return [];
}

/** The errors of one input of one activity, for the property panel. */
export function inputIssues(placed: PlacedIssues, activityId: string, input: string): ValidationIssue[] {
  return (placed.nodes.get(activityId) ?? []).filter((i) => i.inputName === input);
}
