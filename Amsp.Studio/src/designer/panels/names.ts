// What an expression can read in a workflow (the engine's scope: variables, input, outputs), for completion
// and the variable picker.
import type { Graph } from '../model/graph';
import { descriptorOf, type DescriptorIndex } from '../model/types';

export interface ScopeName {
  group: 'Variables' | 'Workflow inputs' | 'Activity outputs';
  javascript: string;
  liquid: string;
}

const property = (name: string) => (/^[A-Za-z_$][\w$]*$/.test(name) ? `.${name}` : `['${name.replace(/'/g, "\\'")}']`);

export function scopeNames(graph: Graph, index: DescriptorIndex, exceptActivity?: string): ScopeName[] {
  const names: ScopeName[] = [];
  for (const v of graph.definition.variables ?? []) {
    names.push({ group: 'Variables', javascript: `variables${property(v.name)}`, liquid: `{{ variables${property(v.name)} }}` });
  }
  for (const i of graph.definition.inputs ?? []) {
    names.push({ group: 'Workflow inputs', javascript: `input${property(i.name)}`, liquid: `{{ input${property(i.name)} }}` });
  }
  for (const n of graph.nodes) {
    if (n.id === exceptActivity) continue;
    for (const o of descriptorOf(index, n.activity)?.outputs ?? []) {
      const path = outputPath(n.id, o.name);
      names.push({ group: 'Activity outputs', javascript: path, liquid: `{{ ${path} }}` });
    }
  }
  return names;
}

/** How expressions read an activity's output: outputs.id.Name, or outputs['id-with-dashes'].Name. */
export function outputPath(activityId: string, output: string): string {
  return `outputs${property(activityId)}${property(output)}`;
}
