// The graph as xyflow draws it. Nodes and edges are rebuilt only when what they show changed, so that dragging
// one node of three hundred re-renders one node, not three hundred.
import type { Edge, Node } from '@xyflow/react';
import type { ValidationIssue } from '../../api/client';
import type { Graph, GraphEdge, GraphNode } from '../model/graph';
import { nodeSize, outcomesOf } from '../model/outcomes';
import { descriptorOf, type ActivityJson, type Descriptor, type DescriptorIndex } from '../model/types';
import type { EdgeTone, NodeMark } from './marks';

export type ActivityNodeData = {
  activity: ActivityJson;
  descriptor: Descriptor | undefined;
  outcomes: string[];
  /** Outcomes that connections use but the type does not have (drawn in red). */
  unknownOutcomes: string[];
  mark?: NodeMark;
  issues?: ValidationIssue[];
  readOnly: boolean;
};

export type ConnectionEdgeData = {
  tone?: EdgeTone;
  issues?: ValidationIssue[];
  readOnly: boolean;
};

export type ActivityFlowNode = Node<ActivityNodeData, 'activity'>;
export type ConnectionFlowEdge = Edge<ConnectionEdgeData, 'connection'>;

export interface Decor {
  nodeMarks?: ReadonlyMap<string, NodeMark>;
  edgeTones?: ReadonlyMap<string, EdgeTone>;
  nodeIssues?: ReadonlyMap<string, ValidationIssue[]>;
  edgeIssues?: ReadonlyMap<string, ValidationIssue[]>;
}

interface NodeEntry {
  node: GraphNode;
  descriptor: Descriptor | undefined;
  selected: boolean;
  mark?: NodeMark;
  issues?: ValidationIssue[];
  used: string;
  readOnly: boolean;
  flow: ActivityFlowNode;
}

interface EdgeEntry {
  edge: GraphEdge;
  selected: boolean;
  tone?: EdgeTone;
  issues?: ValidationIssue[];
  readOnly: boolean;
  flow: ConnectionFlowEdge;
}

/** Keeps the last projection of each node and edge, and reuses it while nothing it shows changed. */
export class FlowProjection {
  private nodes = new Map<string, NodeEntry>();
  private edges = new Map<string, EdgeEntry>();

  project(graph: Graph, index: DescriptorIndex, selectedNodes: ReadonlySet<string>, selectedEdges: ReadonlySet<string>,
    decor: Decor, readOnly: boolean): { nodes: ActivityFlowNode[]; edges: ConnectionFlowEdge[] } {
    const usedOutcomes = new Map<string, Set<string>>();
    for (const e of graph.edges) {
      if (!usedOutcomes.has(e.source)) usedOutcomes.set(e.source, new Set());
      usedOutcomes.get(e.source)!.add(e.outcome);
    }
    const nodes = graph.nodes.map((node) => {
      const descriptor = descriptorOf(index, node.activity);
      const selected = selectedNodes.has(node.id);
      const mark = decor.nodeMarks?.get(node.id);
      const issues = decor.nodeIssues?.get(node.id);
      const used = [...(usedOutcomes.get(node.id) ?? [])].join('\u0000');
      const old = this.nodes.get(node.id);
      if (old && old.node === node && old.descriptor === descriptor && old.selected === selected && old.mark === mark
        && old.issues === issues && old.used === used && old.readOnly === readOnly) return old.flow;
      const flow = toFlowNode(node, descriptor, graph, selected, mark, issues, readOnly);
      this.nodes.set(node.id, { node, descriptor, selected, mark, issues, used, readOnly, flow });
      return flow;
    });
    const edges = graph.edges.map((edge) => {
      const selected = selectedEdges.has(edge.id);
      const tone = decor.edgeTones?.get(edge.id);
      const issues = decor.edgeIssues?.get(edge.id);
      const old = this.edges.get(edge.id);
      if (old && old.edge === edge && old.selected === selected && old.tone === tone && old.issues === issues && old.readOnly === readOnly) return old.flow;
      const flow: ConnectionFlowEdge = {
        id: edge.id, type: 'connection', source: edge.source, sourceHandle: edge.outcome, target: edge.target, targetHandle: 'in',
        selected, data: { tone, issues, readOnly }, ariaLabel: `Connection from ${edge.source} (${edge.outcome}) to ${edge.target}`,
      };
      this.edges.set(edge.id, { edge, selected, tone, issues, readOnly, flow });
      return flow;
    });
    this.forgetMissing(graph);
    return { nodes, edges };
  }

  private forgetMissing(graph: Graph) {
    if (this.nodes.size > graph.nodes.length) {
      const ids = new Set(graph.nodes.map((n) => n.id));
      for (const id of this.nodes.keys()) if (!ids.has(id)) this.nodes.delete(id);
    }
    if (this.edges.size > graph.edges.length) {
      const ids = new Set(graph.edges.map((e) => e.id));
      for (const id of this.edges.keys()) if (!ids.has(id)) this.edges.delete(id);
    }
  }
}

export function drawnOutcomes(node: GraphNode, descriptor: Descriptor | undefined, graph: Graph) {
  const outcomes = outcomesOf(node.activity, descriptor, graph);
  const unknownOutcomes = descriptor
    ? [...new Set(graph.edges.filter((e) => e.source === node.id && !outcomes.includes(e.outcome)).map((e) => e.outcome))]
    : [];
  return { outcomes, unknownOutcomes };
}

function toFlowNode(node: GraphNode, descriptor: Descriptor | undefined, graph: Graph, selected: boolean,
  mark: NodeMark | undefined, issues: ValidationIssue[] | undefined, readOnly: boolean): ActivityFlowNode {
  const { outcomes, unknownOutcomes } = drawnOutcomes(node, descriptor, graph);
  const size = nodeSize(node.size, outcomes.length + unknownOutcomes.length);
  const title = node.activity.displayName || node.id;
  return {
    id: node.id,
    type: 'activity',
    position: node.position ?? { x: 0, y: 0 },
    width: size.width,
    height: size.height,
    selected,
    draggable: !readOnly,
    connectable: !readOnly,
    ariaLabel: `${title} (${node.activity.type}${mark?.label ? `, ${mark.label}` : ''}${issues?.length ? `, ${issues.length} problem(s)` : ''})`,
    data: { activity: node.activity, descriptor, outcomes, unknownOutcomes, mark, issues, readOnly },
  };
}
