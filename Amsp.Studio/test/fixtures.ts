import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Descriptor, DefinitionJson } from '../src/designer/model/types';

export const workflowsFolder = join(import.meta.dirname, '..', '..', 'workflows');

/** Every definition shipped in the repository's workflows/ folder, by file name. */
export function shippedWorkflows(): [string, DefinitionJson][] {
  return readdirSync(workflowsFolder)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => [f, JSON.parse(readFileSync(join(workflowsFolder, f), 'utf8')) as DefinitionJson]);
}

export function descriptor(type: string, outcomes: string[] = ['Done'], extra: Partial<Descriptor> = {}): Descriptor {
  return {
    type, version: 1, category: 'Test', displayName: type, description: null, kind: 'Action', outcomes,
    outcomesFromInput: null, inputs: [], outputs: [], ...extra,
  } as Descriptor;
}

/** A definition with properties the designer does not know at every level. */
export function decorated(): DefinitionJson {
  return {
    definitionId: 'decorated', name: 'Decorated', tags: ['a', { nested: true }], owner: { team: 'quality' },
    variables: [{ name: 'total', type: 'number', default: 3, unit: 'EUR' }],
    inputs: [{ name: 'orderId', type: 'string', required: true, hint: 'from the ERP' }],
    options: { incidentStrategy: { mode: 'Retry', attempts: 3, delay: '00:00:30', jitter: true, note: 'x' }, future: 1 },
    root: {
      lane: 'main',
      activities: [
        { id: 'start', type: 'Start', designer: { x: 40, y: 80, colour: 'green' }, notes: 'first' },
        { id: 'decide', type: 'Decision', typeVersion: 1, displayName: 'Big?',
          inputs: { Condition: { syntax: 'JavaScript', value: 'variables.total > 100', hint: 'kept' } } },
        { id: 'log', type: 'Log', inputs: { Message: { syntax: 'Liquid', value: '{{ variables.total }}' } }, designer: { width: 260, height: 80 } },
      ],
      connections: [
        { source: { activity: 'start', outcome: 'Done', port: 3 }, target: { activity: 'decide', side: 'left' }, designer: { bends: [[1, 2]] } },
        { source: { activity: 'decide', outcome: 'True' }, target: { activity: 'log' }, label: 'yes' },
      ],
    },
  } as DefinitionJson;
}
