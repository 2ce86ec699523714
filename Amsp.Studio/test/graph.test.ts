import { describe, expect, it } from 'vitest';
import { moveNodes, resizeNode } from '../src/designer/model/commands';
import { definitionToGraph, graphToDefinition } from '../src/designer/model/graph';
import { layout, needsLayout } from '../src/designer/model/layout';
import { nodeSize, outcomesOf } from '../src/designer/model/outcomes';
import type { ActivityJson, DefinitionJson } from '../src/designer/model/types';
import { decorated, descriptor, shippedWorkflows } from './fixtures';

const withoutDesigner = (d: DefinitionJson) => ({
  ...d,
  root: { ...d.root, activities: d.root.activities.map(({ designer: _, ...rest }) => rest as ActivityJson) },
});

describe('graph <-> definition JSON', () => {
  const shipped = shippedWorkflows();

  it('finds the shipped workflows', () => {
    expect(shipped.length).toBeGreaterThan(0);
  });

  it.each(shipped)('%s comes back byte for byte', (_, definition) => {
    const back = graphToDefinition(definitionToGraph(definition));
    expect(JSON.stringify(back)).toBe(JSON.stringify(definition));
  });

  it.each(shipped)('%s keeps everything but designer metadata through its first layout', async (_, definition) => {
    const graph = definitionToGraph(definition);
    expect(needsLayout(graph)).toBe(true);
    const outcomes = (id: string) => outcomesOf(graph.nodes.find((n) => n.id === id)!.activity, undefined, graph);
    const positions = await layout({ graph, sizeOf: (id) => nodeSize(null, outcomes(id).length), outcomesOf: outcomes });
    const back = graphToDefinition(moveNodes(graph, positions));
    expect(back.root.activities.every((a) => typeof a.designer?.x === 'number' && typeof a.designer?.y === 'number')).toBe(true);
    expect(withoutDesigner(back)).toEqual(withoutDesigner(definition));
    expect(JSON.stringify(graphToDefinition(definitionToGraph(back)))).toBe(JSON.stringify(back));
  });

  it('keeps unknown properties at every level', () => {
    const definition = decorated();
    expect(JSON.stringify(graphToDefinition(definitionToGraph(definition)))).toBe(JSON.stringify(definition));
  });

  it('rewrites only the designer place of the node that moved, keeping its other designer keys', () => {
    const definition = decorated();
    const moved = graphToDefinition(moveNodes(definitionToGraph(definition), new Map([['start', { x: 100, y: 200 }]])));
    expect(moved.root.activities[0]).toEqual({ ...definition.root.activities[0], designer: { x: 100, y: 200, colour: 'green' } });
    expect(moved.root.activities.slice(1)).toEqual(definition.root.activities.slice(1));
    expect(moved.root.activities[1]).toBe(definition.root.activities[1]);
  });

  it('stores a resized node\'s size with its place', () => {
    const graph = definitionToGraph(decorated());
    const back = graphToDefinition(resizeNode(graph, 'decide', { width: 300.4, height: 99.6 }, { x: 20, y: 40 }));
    expect(back.root.activities[1].designer).toEqual({ x: 20, y: 40, width: 300, height: 100 });
  });
});

describe('layout', () => {
  it('places a chain left to right without overlaps', async () => {
    const definition: DefinitionJson = {
      definitionId: 'chain', name: 'Chain',
      root: {
        activities: ['a', 'b', 'c', 'd'].map((id) => ({ id, type: 'Log' })),
        connections: [['a', 'b'], ['b', 'c'], ['b', 'd']].map(([s, t]) => ({ source: { activity: s, outcome: 'Done' }, target: { activity: t } })),
      },
    };
    const graph = definitionToGraph(definition);
    const size = nodeSize(null, 1);
    const positions = await layout({ graph, sizeOf: () => size, outcomesOf: () => ['Done'] });
    expect(positions.get('a')!.x).toBeLessThan(positions.get('b')!.x);
    expect(positions.get('b')!.x).toBeLessThan(positions.get('c')!.x);
    const boxes = [...positions.values()];
    for (const [i, p] of boxes.entries()) {
      for (const q of boxes.slice(i + 1)) {
        const apart = Math.abs(p.x - q.x) >= size.width || Math.abs(p.y - q.y) >= size.height;
        expect(apart).toBe(true);
      }
    }
  });
});

describe('outcomes', () => {
  it('adds the literal list of the outcomes input to the fixed outcomes', () => {
    const fork = descriptor('Fork', [], { outcomesFromInput: 'Branches' });
    const activity: ActivityJson = { id: 'f', type: 'Fork', inputs: { Branches: { syntax: 'Literal', value: ['review', 'deadline', ''] } } };
    expect(outcomesOf(activity, fork)).toEqual(['review', 'deadline']);
    const sw = descriptor('Switch', ['Default'], { outcomesFromInput: 'Cases' });
    expect(outcomesOf({ id: 's', type: 'Switch', inputs: { Cases: { syntax: 'JavaScript', value: '["x"]' } } }, sw)).toEqual(['Default']);
  });

  it('takes an unknown type\'s outcomes from its connections', () => {
    const graph = definitionToGraph(decorated());
    expect(outcomesOf(graph.nodes[1].activity, undefined, graph)).toEqual(['True']);
  });
});
