// An activity's outcome ports: its type's fixed outcomes plus, for types such as Switch and Fork, the names in
// the literal list of one input (the engine's ActivityDescriptor.OutcomesOf). Without a descriptor, the outcomes
// its connections use, so an unknown type still shows what it is wired to.
import type { Graph } from './graph';
import type { ActivityJson, Descriptor, Size } from './types';

export function outcomesOf(activity: ActivityJson, descriptor: Descriptor | undefined, graph?: Graph): string[] {
  if (!descriptor) {
    const used = graph?.edges.filter((e) => e.source === activity.id).map((e) => e.outcome) ?? [];
    return [...new Set(used)];
  }
  const outcomes = [...descriptor.outcomes];
  const from = descriptor.outcomesFromInput;
  const expression = from ? activity.inputs?.[from] : undefined;
  if (expression?.syntax === 'Literal' && Array.isArray(expression.value)) {
    for (const item of expression.value) {
      const name = item === null ? '' : String(item);
      if (name.length > 0 && !outcomes.includes(name)) outcomes.push(name);
    }
  }
  return outcomes;
}

export const GRID = 20;
export const NODE_WIDTH = 220;
const HEADER = 44;
const PORT_ROW = 22;

/** The size a node is drawn at: its own (resized) size, or room for its title and one row per outcome. */
export function nodeSize(size: Size | null, outcomes: number): Size {
  const minimum = minimumSize(outcomes);
  if (size) return { width: Math.max(size.width, minimum.width), height: Math.max(size.height, minimum.height) };
  return { width: NODE_WIDTH, height: minimum.height };
}

/** The smallest a node may be resized to: room for the title and its outcome rows. */
export function minimumSize(outcomes: number): Size {
  const height = Math.max(60, HEADER + Math.max(outcomes, 1) * PORT_ROW);
  return { width: 160, height: Math.ceil(height / GRID) * GRID };
}

export function snap(value: number, grid = GRID): number {
  return Math.round(value / grid) * grid;
}
