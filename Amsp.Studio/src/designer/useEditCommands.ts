// The editing commands behind the toolbar, the keyboard and the canvas: each one an edit of the store.
import type { ReactFlowInstance } from '@xyflow/react';
import { useCallback, useMemo, useRef, type RefObject } from 'react';
import { useToasts } from '../shell/toasts';
import type { ActivityFlowNode, ConnectionFlowEdge } from './canvas/flow';
import { sizer } from './geometry';
import { layOutGraph } from './laidOut';
import { align, distribute, type Alignment } from './model/arrange';
import { copy, paste, type Clip } from './model/clipboard';
import { addActivity, connect, insertBetween, moveNodes, removeElements, resizeNode } from './model/commands';
import type { Graph } from './model/graph';
import type { DesignerStore } from './model/history';
import { GRID, NODE_WIDTH, outcomesOf, snap } from './model/outcomes';
import type { Descriptor, DescriptorIndex, XY } from './model/types';

type Flow = ReactFlowInstance<ActivityFlowNode, ConnectionFlowEdge>;

export function useEditCommands(store: DesignerStore, index: DescriptorIndex, flow: RefObject<Flow | null>, gridSize: number) {
  const toasts = useToasts();
  const clip = useRef<Clip | null>(null);
  const pastes = useRef(0);

  const selectOnly = useCallback((ids: string[]) => store.select({ nodes: ids, edges: [] }), [store]);

  const add = useCallback((descriptor: Descriptor, at?: XY) => {
    const where = at ?? centre(flow.current);
    let id = '';
    store.apply(`Add ${descriptor.displayName}`, (g) => {
      const added = addActivity(g, descriptor, { x: where.x - NODE_WIDTH / 2, y: where.y - 30 });
      id = added.id;
      return added.graph;
    });
    selectOnly([id]);
  }, [store, flow, selectOnly]);

  const insertOn = useCallback((edgeId: string, descriptor: Descriptor) => {
    let id = '';
    store.apply(`Insert ${descriptor.displayName}`, (g) => {
      const made = insertWithRoom(g, edgeId, descriptor, index);
      id = made.id;
      return made.graph;
    });
    selectOnly([id]);
  }, [store, index, selectOnly]);

  const remove = useCallback(() => {
    const { nodes, edges } = store.getState().selection;
    if (store.apply(nodes.length + edges.length > 1 ? 'Delete selection' : 'Delete', (g) => removeElements(g, nodes, edges))) {
      store.select({ nodes: [], edges: [] });
    }
  }, [store]);

  const copySelection = useCallback(() => {
    const { nodes } = store.getState().selection;
    if (nodes.length === 0) return false;
    clip.current = copy(store.getState().graph, nodes);
    pastes.current = 0;
    navigator.clipboard?.writeText(JSON.stringify(clip.current, null, 2)).catch(() => undefined);
    return true;
  }, [store]);

  const pasteClip = useCallback(() => {
    if (!clip.current) return;
    pastes.current += 1;
    const offset = 2 * GRID * pastes.current;
    let ids: string[] = [];
    store.apply('Paste', (g) => {
      const pasted = paste(g, clip.current!, { x: offset, y: offset });
      ids = pasted.ids;
      return pasted.graph;
    });
    selectOnly(ids);
  }, [store, selectOnly]);

  const arrange = useCallback((how: Alignment | 'horizontal' | 'vertical') => {
    const ids = store.getState().selection.nodes;
    store.apply(how === 'horizontal' || how === 'vertical' ? 'Distribute' : 'Align', (g) => {
      const { sizeOf } = sizer(g, index);
      return how === 'horizontal' || how === 'vertical' ? distribute(g, ids, how, sizeOf) : align(g, ids, how, sizeOf);
    });
  }, [store, index]);

  const nudge = useCallback((dx: number, dy: number) => {
    const { graph, selection } = store.getState();
    const positions = new Map(graph.nodes.filter((n) => selection.nodes.includes(n.id) && n.position)
      .map((n) => [n.id, { x: n.position!.x + dx * gridSize, y: n.position!.y + dy * gridSize }]));
    store.apply('Move', (g) => moveNodes(g, positions), 'nudge');
  }, [store, gridSize]);

  const autoLayout = useCallback(async () => {
    try {
      const laid = await layOutGraph(store.getState().graph, index, true);
      const positions = new Map(laid.nodes.map((n) => [n.id, n.position!]));
      store.apply('Auto-layout', (g) => moveNodes(g, positions));
      requestAnimationFrame(() => flow.current?.fitView({ padding: 0.15, maxZoom: 1, duration: 200 }));
    } catch (e) {
      toasts.error(e, 'The layout failed');
    }
  }, [store, index, flow, toasts]);

  return useMemo(() => ({
    add,
    insertOn,
    remove,
    copy: copySelection,
    cut: () => copySelection() && remove(),
    paste: pasteClip,
    duplicate: () => copySelection() && pasteClip(),
    selectAll: () => store.select({ nodes: store.getState().graph.nodes.map((n) => n.id), edges: store.getState().graph.edges.map((e) => e.id) }),
    arrange,
    nudge,
    autoLayout,
    move: (positions: Map<string, XY>, done: boolean) => {
      store.preview((g) => moveNodes(g, positions));
      if (done) store.end(positions.size > 1 ? `Move ${positions.size} activities` : 'Move activity');
    },
    connect: (source: string, outcome: string, target: string) => store.apply('Connect', (g) => connect(g, source, outcome, target)),
    resize: (id: string, box: { x: number; y: number; width: number; height: number }, done: boolean) => {
      store.preview((g) => resizeNode(g, id, box, { x: box.x, y: box.y }));
      if (done) store.end('Resize activity');
    },
  }), [add, insertOn, remove, copySelection, pasteClip, arrange, nudge, autoLayout, store]);
}

function centre(flow: Flow | null): XY {
  const pane = document.querySelector('.canvas')?.getBoundingClientRect();
  if (!flow || !pane) return { x: 0, y: 0 };
  return flow.screenToFlowPosition({ x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 });
}

/**
 * Inserts on a connection and makes room: the new activity goes right of the source, in its row, and what lies
 * from the target rightwards moves right as far as needed. A connection going back (a loop) gets the new
 * activity under its middle instead.
 */
function insertWithRoom(graph: Graph, edgeId: string, descriptor: Descriptor, index: DescriptorIndex) {
  const edge = graph.edges.find((e) => e.id === edgeId);
  const source = graph.nodes.find((n) => n.id === edge?.source);
  const target = graph.nodes.find((n) => n.id === edge?.target);
  const outcome = outcomesOf({ id: '', type: descriptor.type }, descriptor)[0];
  if (!edge || !source?.position || !target?.position || outcome === undefined) {
    return insertBetween(graph, edgeId, descriptor, outcome ?? 'Done', { x: 0, y: 0 });
  }
  const { sizeOf } = sizer(graph, index);
  const gap = GRID * 4;
  if (target.position.x <= source.position.x) {
    const at = { x: (source.position.x + target.position.x) / 2, y: Math.max(source.position.y, target.position.y) + sizeOf(source).height + gap };
    return insertBetween(graph, edgeId, descriptor, outcome, at);
  }
  const at = { x: source.position.x + sizeOf(source).width + gap, y: source.position.y };
  const need = snap(at.x + NODE_WIDTH + gap - target.position.x);
  let roomy = graph;
  if (need > 0) {
    const shifted = new Map(graph.nodes.filter((n) => n.position && n.id !== source.id && n.position.x >= target.position!.x)
      .map((n) => [n.id, { x: n.position!.x + need, y: n.position!.y }]));
    roomy = moveNodes(graph, shifted);
  }
  return insertBetween(roomy, edgeId, descriptor, outcome, at);
}
