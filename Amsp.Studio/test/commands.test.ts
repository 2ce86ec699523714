import { describe, expect, it } from 'vitest';
import { align, distribute } from '../src/designer/model/arrange';
import { copy, paste } from '../src/designer/model/clipboard';
import { addActivity, connect, insertBetween, removeElements, renameActivity, setInput } from '../src/designer/model/commands';
import { definitionToGraph, graphToDefinition } from '../src/designer/model/graph';
import { decorated, descriptor } from './fixtures';

const size = () => ({ width: 100, height: 50 });

describe('edits', () => {
  it('inserts an activity on a connection', () => {
    const graph = definitionToGraph(decorated());
    const { graph: next, id } = insertBetween(graph, 'start:Done->decide', descriptor('Log'), 'Done', { x: 13, y: 27 });
    expect(id).toBe('log-1');
    expect(next.edges.map((e) => e.id)).toEqual(['decide:True->log', 'start:Done->log-1', 'log-1:Done->decide']);
    expect(next.nodes.find((n) => n.id === id)!.position).toEqual({ x: 20, y: 20 });
  });

  it('removes a node with its connections', () => {
    const next = removeElements(definitionToGraph(decorated()), ['decide'], []);
    expect(next.edges).toEqual([]);
    expect(next.nodes.map((n) => n.id)).toEqual(['start', 'log']);
  });

  it('connects once, and only existing activities', () => {
    const graph = definitionToGraph(decorated());
    expect(connect(graph, 'start', 'Done', 'decide')).toBe(graph);
    expect(connect(graph, 'start', 'Done', 'nowhere')).toBe(graph);
    expect(connect(graph, 'decide', 'False', 'start').edges).toHaveLength(3);
  });

  it('renames an activity and moves its connections along, keeping their extra properties', () => {
    const graph = renameActivity(definitionToGraph(decorated()), 'decide', 'big');
    const back = graphToDefinition(graph);
    expect(back.root.activities[1].id).toBe('big');
    expect(back.root.connections[0]).toEqual({ source: { activity: 'start', outcome: 'Done', port: 3 }, target: { activity: 'big', side: 'left' }, designer: { bends: [[1, 2]] } });
    expect(graph.edges.map((e) => e.id)).toEqual(['start:Done->big', 'big:True->log']);
    expect(() => renameActivity(graph, 'big', 'log')).toThrow(/already has the id/);
    expect(() => renameActivity(graph, 'big', ' ')).toThrow(/needs an id/);
  });

  it('sets and clears an input', () => {
    let graph = definitionToGraph(decorated());
    graph = setInput(graph, 'start', 'Note', { syntax: 'Literal', value: 1 });
    expect(graph.nodes[0].activity.inputs).toEqual({ Note: { syntax: 'Literal', value: 1 } });
    graph = setInput(graph, 'start', 'Note', undefined);
    expect(graph.nodes[0].activity.inputs).toBeUndefined();
  });

  it('pastes a copy with fresh ids and its inner connections', () => {
    const graph = definitionToGraph(decorated());
    const clip = copy(graph, ['start', 'decide']);
    expect(clip.connections).toHaveLength(1);
    const { graph: next, ids } = paste(graph, clip, { x: 40, y: 40 });
    expect(ids).toEqual(['start-1', 'decision-1']);
    expect(next.edges.at(-1)!.id).toBe('start-1:Done->decision-1');
    expect(next.nodes.find((n) => n.id === 'start-1')!.position).toEqual({ x: 80, y: 120 });
    expect(next.nodes.find((n) => n.id === 'decision-1')!.activity.inputs).toEqual(graph.nodes[1].activity.inputs);
  });

  it('aligns and distributes placed nodes', () => {
    let graph = definitionToGraph(decorated());
    graph = addActivity(graph, descriptor('Log'), { x: 300, y: 220 }).graph;
    graph = addActivity(graph, descriptor('Log'), { x: 100, y: 0 }).graph;
    const ids = ['start', 'log-1', 'log-2'];
    const left = align(graph, ids, 'left', size);
    expect(left.nodes.filter((n) => ids.includes(n.id)).map((n) => n.position!.x)).toEqual([40, 40, 40]);
    const middle = align(graph, ids, 'middle', size);
    expect(new Set(middle.nodes.filter((n) => ids.includes(n.id)).map((n) => n.position!.y))).toEqual(new Set([110]));
    const spread = distribute(graph, ids, 'horizontal', size);
    expect(spread.nodes.filter((n) => ids.includes(n.id)).map((n) => n.position!.x)).toEqual([40, 300, 170]);
    expect(align(graph, ['start'], 'left', size)).toBe(graph);
  });
});
