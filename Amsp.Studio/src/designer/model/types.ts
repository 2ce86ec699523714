// The definition JSON as the designer handles it: the engine's canonical shape (see docs/workflows.md), typed
// loosely on purpose, since every object may carry properties the designer does not know and must keep.
import type { Schemas } from '../../api/client';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface XY {
  x: number;
  y: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Expression {
  syntax: string;
  value?: Json;
  [extra: string]: unknown;
}

/** Designer metadata of an activity: its place and size on the canvas. The engine keeps it and ignores it. */
export interface DesignerMeta {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  [extra: string]: unknown;
}

export interface ActivityJson {
  id: string;
  type: string;
  typeVersion?: number | null;
  displayName?: string | null;
  inputs?: Record<string, Expression> | null;
  designer?: DesignerMeta | null;
  [extra: string]: unknown;
}

export interface ConnectionJson {
  source: { activity: string; outcome: string; [extra: string]: unknown };
  target: { activity: string; [extra: string]: unknown };
  [extra: string]: unknown;
}

export interface VariableJson {
  name: string;
  type?: string | null;
  default?: Json;
  [extra: string]: unknown;
}

export interface ParameterJson {
  name: string;
  type?: string | null;
  required?: boolean | null;
  description?: string | null;
  [extra: string]: unknown;
}

export interface DefinitionJson {
  definitionId: string;
  id?: string;
  version?: number;
  isLatest?: boolean;
  isPublished?: boolean;
  name: string;
  description?: string | null;
  variables?: VariableJson[] | null;
  inputs?: ParameterJson[] | null;
  outputs?: ParameterJson[] | null;
  root: { activities: ActivityJson[]; connections: ConnectionJson[]; [extra: string]: unknown };
  [extra: string]: unknown;
}

export type Descriptor = Schemas['ActivityDescriptor'];
export type InputDescriptor = Schemas['InputDescriptor'];

/** Descriptors by "type@version" (see descriptorOf). */
export type DescriptorIndex = ReadonlyMap<string, Descriptor>;

export function indexDescriptors(descriptors: Iterable<Descriptor>): DescriptorIndex {
  const index = new Map<string, Descriptor>();
  for (const d of descriptors) index.set(`${d.type}@${Number(d.version)}`, d);
  return index;
}

export function descriptorOf(index: DescriptorIndex, activity: ActivityJson): Descriptor | undefined {
  return index.get(`${activity.type}@${Number(activity.typeVersion ?? 1)}`);
}
