// Sizes and outcomes of nodes as the canvas draws them, for layout, alignment and insertion.
import { drawnOutcomes } from './canvas/flow';
import type { Graph, GraphNode } from './model/graph';
import { nodeSize } from './model/outcomes';
import { descriptorOf, type DescriptorIndex, type Size } from './model/types';

export function sizer(graph: Graph, index: DescriptorIndex) {
  const outcomes = (node: GraphNode) => {
    const drawn = drawnOutcomes(node, descriptorOf(index, node.activity), graph);
    return [...drawn.outcomes, ...drawn.unknownOutcomes];
  };
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  return {
    outcomes,
    sizeOf: (node: GraphNode): Size => nodeSize(node.size, outcomes(node).length),
    sizeById: (id: string): Size => nodeSize(byId.get(id)!.size, outcomes(byId.get(id)!).length),
    outcomesById: (id: string) => outcomes(byId.get(id)!),
  };
}
