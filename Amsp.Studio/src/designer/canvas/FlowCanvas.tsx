// The canvas, for editing, viewing a version, a diff, or an instance's run: xyflow in controlled mode over the
// designer's graph. Every change it reports goes back to the caller, which owns the document (and its history).
import {
  Background, BackgroundVariant, Controls, MarkerType, MiniMap, ReactFlow,
  type EdgeChange, type NodeChange, type OnConnect, type ReactFlowInstance,
} from '@xyflow/react';
import { useCallback, useMemo, useRef, type DragEvent } from 'react';
import type { Selection } from '../model/history';
import type { Graph } from '../model/graph';
import type { DescriptorIndex, XY } from '../model/types';
import type { CanvasSettings } from '../settings';
import { ActivityNodeView } from './ActivityNodeView';
import { ConnectionEdge } from './ConnectionEdge';
import { CanvasActions, type CanvasActionsApi } from './context';
import { FlowProjection, type ActivityFlowNode, type ConnectionFlowEdge, type Decor } from './flow';
import { initialViewport } from './viewport';

export const activityMime = 'application/x-amsp-activity';

const nodeTypes = { activity: ActivityNodeView };
const edgeTypes = { connection: ConnectionEdge };
const defaultEdgeOptions = { markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16 } };

export interface FlowCanvasProps {
  graph: Graph;
  index: DescriptorIndex;
  selection: Selection;
  /** The selection as it is now (xyflow reports node and edge selection in separate calls). */
  currentSelection: () => Selection;
  onSelect: (selection: Selection) => void;
  decor?: Decor;
  readOnly: boolean;
  settings: CanvasSettings;
  onMove?: (positions: Map<string, XY>, done: boolean) => void;
  onConnect?: (source: string, outcome: string, target: string) => void;
  onResize?: CanvasActionsApi['resize'];
  onInsertOn?: CanvasActionsApi['insertOn'];
  onDropActivity?: (type: string, version: number, at: XY) => void;
  onReady?: (flow: ReactFlowInstance<ActivityFlowNode, ConnectionFlowEdge>) => void;
  label: string;
}

export function FlowCanvas(props: FlowCanvasProps) {
  const { graph, index, selection, currentSelection, onSelect, decor, readOnly, settings } = props;
  const projection = useRef(new FlowProjection());
  const flow = useRef<ReactFlowInstance<ActivityFlowNode, ConnectionFlowEdge> | null>(null);
  const pane = useRef<HTMLDivElement>(null);
  const { nodes, edges } = useMemo(
    () => projection.current.project(graph, index, new Set(selection.nodes), new Set(selection.edges), decor ?? {}, readOnly),
    [graph, index, selection, decor, readOnly],
  );

  const { onMove, onSelect: select } = { onMove: props.onMove, onSelect };
  const onNodesChange = useCallback((changes: NodeChange<ActivityFlowNode>[]) => {
    const moved = new Map<string, XY>();
    let done = false;
    let selected: Set<string> | null = null;
    for (const c of changes) {
      if (c.type === 'position' && c.position && c.dragging !== undefined) {
        moved.set(c.id, { x: Math.round(c.position.x), y: Math.round(c.position.y) });
        done ||= !c.dragging;
      } else if (c.type === 'select') {
        selected ??= new Set(currentSelection().nodes);
        if (c.selected) selected.add(c.id);
        else selected.delete(c.id);
      }
    }
    if (moved.size > 0 && onMove) onMove(moved, done);
    if (selected) select({ nodes: [...selected], edges: currentSelection().edges });
  }, [onMove, select, currentSelection]);

  const onEdgesChange = useCallback((changes: EdgeChange<ConnectionFlowEdge>[]) => {
    let selected: Set<string> | null = null;
    for (const c of changes) {
      if (c.type !== 'select') continue;
      selected ??= new Set(currentSelection().edges);
      if (c.selected) selected.add(c.id);
      else selected.delete(c.id);
    }
    if (selected) select({ nodes: currentSelection().nodes, edges: [...selected] });
  }, [select, currentSelection]);

  const connect = props.onConnect;
  const onConnect: OnConnect = useCallback((c) => {
    if (connect && c.source && c.target && c.sourceHandle) connect(c.source, c.sourceHandle, c.target);
  }, [connect]);

  const drop = props.onDropActivity;
  const onDragOver = useCallback((e: DragEvent) => {
    if (drop && e.dataTransfer.types.includes(activityMime)) {
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
    }
  }, [drop]);
  const onDrop = useCallback((e: DragEvent) => {
    const payload = e.dataTransfer.getData(activityMime);
    if (!drop || !payload || !flow.current) return;
    e.preventDefault();
    const { type, version } = JSON.parse(payload) as { type: string; version: number };
    drop(type, version, flow.current.screenToFlowPosition({ x: e.clientX, y: e.clientY }));
  }, [drop]);

  const actions = useMemo<CanvasActionsApi>(() => ({
    resize: props.onResize ?? (() => {}),
    insertOn: props.onInsertOn ?? (() => {}),
  }), [props.onResize, props.onInsertOn]);

  const ready = props.onReady;
  return (
    <CanvasActions.Provider value={actions}>
      <div className="canvas" ref={pane} onDragOver={onDragOver} onDrop={onDrop} aria-label={props.label} role="region">
        <ReactFlow<ActivityFlowNode, ConnectionFlowEdge>
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          defaultEdgeOptions={defaultEdgeOptions}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onConnect={onConnect}
          onInit={(instance) => {
            flow.current = instance;
            void instance.setViewport(initialViewport(graph, index, pane.current?.getBoundingClientRect() ?? { width: 0, height: 0 }));
            ready?.(instance);
          }}
          nodesDraggable={!readOnly}
          nodesConnectable={!readOnly}
          edgesReconnectable={false}
          deleteKeyCode={null}
          selectionKeyCode="Shift"
          multiSelectionKeyCode={['Control', 'Meta']}
          snapToGrid={settings.snapToGrid}
          snapGrid={[settings.gridSize, settings.gridSize]}
          panOnScroll={settings.panOnScroll}
          zoomActivationKeyCode={['Control', 'Meta']}
          onlyRenderVisibleElements={nodes.length > 150}
          minZoom={0.1}
          maxZoom={2}
        >
          <Background variant={BackgroundVariant.Dots} gap={settings.gridSize} size={1.2} />
          {settings.showMinimap && <MiniMap pannable zoomable ariaLabel="Overview of the workflow" nodeStrokeWidth={2} />}
          <Controls showInteractive={false} />
        </ReactFlow>
      </div>
    </CanvasActions.Provider>
  );
}
