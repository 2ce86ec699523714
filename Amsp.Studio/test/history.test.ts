import { describe, expect, it } from 'vitest';
import { addActivity, moveNodes, setDisplayName } from '../src/designer/model/commands';
import { definitionToGraph } from '../src/designer/model/graph';
import { DesignerStore } from '../src/designer/model/history';
import { decorated, descriptor } from './fixtures';

const log = descriptor('Log');

describe('undo and redo', () => {
  it('undoes and redoes edits in order, back to the very documents', () => {
    const store = new DesignerStore(definitionToGraph(decorated()));
    const loaded = store.getState().graph;
    store.apply('Add', (g) => addActivity(g, log, { x: 0, y: 0 }).graph);
    const added = store.getState().graph;
    store.apply('Rename', (g) => setDisplayName(g, 'log-1', 'Tell'));
    const renamed = store.getState().graph;
    expect(store.dirty).toBe(true);
    expect(store.nextUndo).toBe('Rename');

    store.undo();
    expect(store.getState().graph).toBe(added);
    store.undo();
    expect(store.getState().graph).toBe(loaded);
    expect(store.dirty).toBe(false);
    expect(store.canUndo).toBe(false);
    store.undo();
    expect(store.getState().graph).toBe(loaded);

    store.redo();
    store.redo();
    expect(store.getState().graph).toBe(renamed);
    expect(store.canRedo).toBe(false);
  });

  it('forgets the redo branch after a new edit', () => {
    const store = new DesignerStore(definitionToGraph(decorated()));
    store.apply('Add', (g) => addActivity(g, log, { x: 0, y: 0 }).graph);
    store.undo();
    store.apply('Rename', (g) => setDisplayName(g, 'start', 'Begin'));
    expect(store.canRedo).toBe(false);
    expect(store.getState().past.map((c) => c.label)).toEqual(['Rename']);
  });

  it('leaves no trace of an edit that changes nothing', () => {
    const store = new DesignerStore(definitionToGraph(decorated()));
    expect(store.apply('Nothing', (g) => setDisplayName(g, 'missing', 'x'))).toBe(false);
    expect(store.canUndo).toBe(false);
    expect(store.dirty).toBe(false);
  });

  it('makes typing into one field one step, and a different field another', () => {
    const store = new DesignerStore(definitionToGraph(decorated()));
    const loaded = store.getState().graph;
    for (const text of ['B', 'Bi', 'Big']) store.apply('Name', (g) => setDisplayName(g, 'decide', text), 'name:decide');
    store.apply('Name', (g) => setDisplayName(g, 'start', 'S'), 'name:start');
    expect(store.getState().past).toHaveLength(2);
    store.undo();
    store.undo();
    expect(store.getState().graph).toBe(loaded);
  });

  it('records a drag as one step when it ends', () => {
    const store = new DesignerStore(definitionToGraph(decorated()));
    const loaded = store.getState().graph;
    for (let x = 1; x <= 30; x++) store.preview((g) => moveNodes(g, new Map([['start', { x, y: 0 }]])));
    expect(store.canUndo).toBe(false);
    store.end('Move');
    expect(store.getState().past).toHaveLength(1);
    expect(store.getState().graph.nodes[0].position).toEqual({ x: 30, y: 0 });
    store.undo();
    expect(store.getState().graph).toBe(loaded);
  });

  it('is clean again once saved, and dirty after the next edit', () => {
    const store = new DesignerStore(definitionToGraph(decorated()));
    store.apply('Rename', (g) => setDisplayName(g, 'start', 'Begin'));
    store.markSaved();
    expect(store.dirty).toBe(false);
    store.undo();
    expect(store.dirty).toBe(true);
  });

  it('drops selected ids that an undo removes', () => {
    const store = new DesignerStore(definitionToGraph(decorated()));
    store.apply('Add', (g) => addActivity(g, log, { x: 0, y: 0 }).graph);
    store.select({ nodes: ['log-1', 'start'], edges: [] });
    store.undo();
    expect(store.getState().selection.nodes).toEqual(['start']);
  });

  it('tells subscribers about every change', () => {
    const store = new DesignerStore(definitionToGraph(decorated()));
    let calls = 0;
    const stop = store.subscribe(() => calls++);
    store.apply('Add', (g) => addActivity(g, log, { x: 0, y: 0 }).graph);
    store.undo();
    stop();
    store.redo();
    expect(calls).toBe(2);
  });
});
