// A definition ready for the canvas: activities without a place (the shipped files have none) are laid out once.
import { moveNodes } from './model/commands';
import { definitionToGraph, type Graph } from './model/graph';
import { layout, needsLayout } from './model/layout';
import type { DefinitionJson, DescriptorIndex } from './model/types';
import { sizer } from './geometry';

export async function laidOut(definition: DefinitionJson, index: DescriptorIndex): Promise<Graph> {
  return layOutGraph(definitionToGraph(definition), index);
}

export async function layOutGraph(graph: Graph, index: DescriptorIndex, always = false): Promise<Graph> {
  if (!always && !needsLayout(graph)) return graph;
  const s = sizer(graph, index);
  const positions = await layout({ graph, sizeOf: s.sizeById, outcomesOf: s.outcomesById });
  return moveNodes(graph, positions);
}
