// Where the canvas opens: the whole workflow if it fits at a readable zoom, else its start (left) at that zoom,
// to be scrolled from there. Fitting a long flowchart into the pane would shrink it past reading.
import type { Viewport } from '@xyflow/react';
import { sizer } from '../geometry';
import type { Graph } from '../model/graph';
import type { DescriptorIndex } from '../model/types';

const readable = 0.6;
const padding = 40;

export function initialViewport(graph: Graph, index: DescriptorIndex, pane: { width: number; height: number }): Viewport {
  const placed = graph.nodes.filter((n) => n.position);
  if (placed.length === 0 || pane.width === 0) return { x: padding, y: padding, zoom: 1 };
  const { sizeOf } = sizer(graph, index);
  const minX = Math.min(...placed.map((n) => n.position!.x));
  const minY = Math.min(...placed.map((n) => n.position!.y));
  const maxX = Math.max(...placed.map((n) => n.position!.x + sizeOf(n).width));
  const maxY = Math.max(...placed.map((n) => n.position!.y + sizeOf(n).height));
  const [w, h] = [maxX - minX, maxY - minY];
  const zoom = Math.max(readable, Math.min(1, (pane.width - 2 * padding) / w, (pane.height - 2 * padding) / h));
  const x = w * zoom <= pane.width - 2 * padding ? (pane.width - w * zoom) / 2 - minX * zoom : padding - minX * zoom;
  const y = h * zoom <= pane.height - 2 * padding ? (pane.height - h * zoom) / 2 - minY * zoom : padding - minY * zoom;
  return { x, y, zoom };
}
