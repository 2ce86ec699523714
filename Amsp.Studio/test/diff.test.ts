import { describe, expect, it } from 'vitest';
import { insertBetween, moveNodes, setInput } from '../src/designer/model/commands';
import { diffDefinitions, diffGraph } from '../src/designer/model/diff';
import { definitionToGraph, graphToDefinition } from '../src/designer/model/graph';
import { decorated, descriptor, shippedWorkflows } from './fixtures';

const review = shippedWorkflows().find(([f]) => f === 'design-review.json')![1];

describe('diff between two versions', () => {
  it('finds an activity inserted on a connection', () => {
    const graph = definitionToGraph(review);
    const inserted = insertBetween(graph, 'start:Done->model-from-input', descriptor('Log'), 'Done', { x: 0, y: 0 });
    const v2 = graphToDefinition(setInput(inserted.graph, inserted.id, 'Message', { syntax: 'JavaScript', value: "'hello'" }));

    const diff = diffDefinitions(review, v2);
    expect(diff.activities).toEqual({ added: ['log-1'], removed: [], changed: [] });
    expect(diff.connections.added.sort()).toEqual(['log-1:Done->model-from-input', 'start:Done->log-1']);
    expect(diff.connections.removed).toEqual(['start:Done->model-from-input']);
    expect(diff.workflow).toEqual([]);
  });

  it('names the fields that changed and ignores moves', () => {
    const v1 = decorated();
    let graph = definitionToGraph(v1);
    graph = moveNodes(graph, new Map([['start', { x: 500, y: 500 }], ['decide', { x: 1, y: 1 }]]));
    graph = setInput(graph, 'decide', 'Condition', { syntax: 'JavaScript', value: 'variables.total > 200' });
    const v2 = { ...graphToDefinition(graph), name: 'Renamed', version: 7, isPublished: true };
    v2.root = { ...v2.root, lane: 'side' };

    const diff = diffDefinitions(v1, v2);
    expect(diff.activities.changed).toEqual([{ id: 'decide', fields: ['inputs.Condition'] }]);
    expect(diff.activities.added).toEqual([]);
    expect(diff.workflow).toEqual(['name', 'root.lane']);
  });

  it('finds removed activities with their connections', () => {
    const v1 = decorated();
    const v2 = { ...v1, root: { ...v1.root, activities: v1.root.activities.slice(0, 2), connections: v1.root.connections.slice(0, 1) } };
    const diff = diffDefinitions(v1, v2);
    expect(diff.activities.removed).toEqual(['log']);
    expect(diff.connections.removed).toEqual(['decide:True->log']);
  });

  it('lays the removed parts over the newer version, each marked', () => {
    const v1 = decorated();
    const graph = insertBetween(definitionToGraph(v1), 'start:Done->decide', descriptor('Log'), 'Done', { x: 0, y: 0 });
    const v2 = graphToDefinition(graph.graph);
    v2.root.activities = v2.root.activities.filter((a) => a.id !== 'log');
    v2.root.connections = v2.root.connections.filter((c) => c.target.activity !== 'log');
    v2.root.activities[1] = { ...v2.root.activities[1], displayName: 'Bigger?' };

    const overlay = diffGraph(v1, v2);
    expect(Object.fromEntries(overlay.nodes)).toEqual({ start: 'same', decide: 'changed', 'log-1': 'added', log: 'removed' });
    expect(Object.fromEntries(overlay.edges)).toEqual({
      'start:Done->log-1': 'added', 'log-1:Done->decide': 'added', 'start:Done->decide': 'removed', 'decide:True->log': 'removed',
    });
  });
});
