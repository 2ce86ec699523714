// What changed between two versions of a definition: activities added, removed or changed (anything but their
// place on the canvas), connections added or removed, and the workflow's own settings. diffGraph lays both
// versions over each other for the canvas: the newer one, plus what the older one had and the newer lacks.
import { definitionToGraph, type Graph } from './graph';
import { jsonEqual } from './json';
import type { ActivityJson, DefinitionJson } from './types';

export type DiffStatus = 'added' | 'removed' | 'changed' | 'same';

export interface DefinitionDiff {
  activities: { added: string[]; removed: string[]; changed: { id: string; fields: string[] }[] };
  connections: { added: string[]; removed: string[] };
  /** Changed top-level parts: name, description, variables, inputs, outputs, options, ... */
  workflow: string[];
}

/** Parts of a definition that are version bookkeeping, not design. */
const bookkeeping = new Set(['id', 'version', 'isLatest', 'isPublished', 'root']);

export function diffDefinitions(older: DefinitionJson, newer: DefinitionJson): DefinitionDiff {
  const a = byId(older.root?.activities ?? []);
  const b = byId(newer.root?.activities ?? []);
  const keys = (d: DefinitionJson) => new Set((d.root?.connections ?? []).map((c) => `${c.source.activity}:${c.source.outcome ?? 'Done'}->${c.target.activity}`));
  const ka = keys(older);
  const kb = keys(newer);
  const workflowKeys = new Set([...Object.keys(older), ...Object.keys(newer)].filter((k) => !bookkeeping.has(k)));
  const rootKeys = new Set([...Object.keys(older.root ?? {}), ...Object.keys(newer.root ?? {})].filter((k) => k !== 'activities' && k !== 'connections'));
  return {
    activities: {
      added: [...b.keys()].filter((id) => !a.has(id)),
      removed: [...a.keys()].filter((id) => !b.has(id)),
      changed: [...b.keys()].filter((id) => a.has(id)).map((id) => ({ id, fields: changedFields(a.get(id)!, b.get(id)!) })).filter((c) => c.fields.length > 0),
    },
    connections: { added: [...kb].filter((k) => !ka.has(k)), removed: [...ka].filter((k) => !kb.has(k)) },
    workflow: [
      ...[...workflowKeys].filter((k) => !jsonEqual(older[k], newer[k])),
      ...[...rootKeys].filter((k) => !jsonEqual(older.root?.[k], newer.root?.[k])).map((k) => `root.${k}`),
    ],
  };
}

/** The fields of an activity that differ, ignoring its designer metadata: type, displayName, inputs.X, ... */
function changedFields(a: ActivityJson, b: ActivityJson): string[] {
  const fields: string[] = [];
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (key === 'designer' || key === 'id') continue;
    if (key === 'inputs') {
      const ia = a.inputs ?? {};
      const ib = b.inputs ?? {};
      for (const name of new Set([...Object.keys(ia), ...Object.keys(ib)])) {
        if (!jsonEqual(ia[name], ib[name])) fields.push(`inputs.${name}`);
      }
    } else if (!jsonEqual(a[key], b[key])) {
      fields.push(key);
    }
  }
  return fields;
}

function byId(activities: ActivityJson[]): Map<string, ActivityJson> {
  return new Map(activities.map((a) => [a.id, a]));
}

export interface DiffGraph {
  graph: Graph;
  nodes: ReadonlyMap<string, DiffStatus>;
  edges: ReadonlyMap<string, DiffStatus>;
  diff: DefinitionDiff;
}

/** The newer version's graph with the older one's removed activities and connections added back, each marked. */
export function diffGraph(older: DefinitionJson, newer: DefinitionJson): DiffGraph {
  const diff = diffDefinitions(older, newer);
  const a = definitionToGraph(older);
  const b = definitionToGraph(newer);
  const removedNodes = new Set(diff.activities.removed);
  const removedEdges = new Set(diff.connections.removed);
  const graph: Graph = {
    definition: newer,
    nodes: [...b.nodes, ...a.nodes.filter((n) => removedNodes.has(n.id))],
    edges: [...b.edges, ...a.edges.filter((e) => removedEdges.has(keyOf(e)) && !b.edges.some((x) => x.id === e.id))],
  };
  const changed = new Set(diff.activities.changed.map((c) => c.id));
  const added = new Set(diff.activities.added);
  const addedEdges = new Set(diff.connections.added);
  const nodes = new Map<string, DiffStatus>(graph.nodes.map((n) => [n.id,
    removedNodes.has(n.id) ? 'removed' : added.has(n.id) ? 'added' : changed.has(n.id) ? 'changed' : 'same']));
  const edges = new Map<string, DiffStatus>(graph.edges.map((e) => [e.id,
    removedEdges.has(keyOf(e)) && !b.edges.includes(e) ? 'removed' : addedEdges.has(keyOf(e)) ? 'added' : 'same']));
  return { graph, nodes, edges, diff };
}

function keyOf(e: { source: string; outcome: string; target: string }): string {
  return `${e.source}:${e.outcome}->${e.target}`;
}
