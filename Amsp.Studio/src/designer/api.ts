// The designer's calls to the API. A definition travels with its ETag: saves and publishes send it back in
// If-Match, so a change someone else saved in the meantime comes back as a 409 instead of being overwritten.
import { useQuery } from '@tanstack/react-query';
import { api, call, callWithHeaders, type Schemas, type ValidationIssue } from '../api/client';
import { indexDescriptors, type DefinitionJson, type Descriptor, type DescriptorIndex } from './model/types';

export interface Loaded {
  definition: DefinitionJson;
  etag: string | null;
}

type Body = Schemas['WorkflowDefinition'];

const loaded = ({ data, headers }: { data: unknown; headers: Headers }): Loaded =>
  ({ definition: normalize(data as DefinitionJson), etag: headers.get('etag') });

/** Versions come as numbers; the schema allows strings too (ASP.NET reads numbers from strings). */
function normalize(d: DefinitionJson): DefinitionJson {
  return typeof d.version === 'string' ? { ...d, version: Number(d.version) } : d;
}

export interface Palette {
  categories: { name: string; activities: Descriptor[] }[];
  index: DescriptorIndex;
}

export function usePalette() {
  return useQuery({
    queryKey: ['activity-descriptors'],
    queryFn: async (): Promise<Palette> => {
      const categories = await call(api.GET('/api/activity-descriptors'));
      return { categories, index: indexDescriptors(categories.flatMap((c) => c.activities)) };
    },
    staleTime: Infinity,
  });
}

export const definitions = {
  list: (search: string, page: number) =>
    call(api.GET('/api/workflow-definitions', { params: { query: { search, page, pageSize: 50 } } })),

  load: async (definitionId: string, version: string | number = 'latest') =>
    loaded(await callWithHeaders(api.GET('/api/workflow-definitions/{definitionId}', {
      params: { path: { definitionId }, query: { version: String(version) } },
    }))),

  versions: (definitionId: string) =>
    call(api.GET('/api/workflow-definitions/{definitionId}/versions', { params: { path: { definitionId } } })),

  save: async (definition: DefinitionJson, etag: string | null) =>
    loaded(await callWithHeaders(api.POST('/api/workflow-definitions', {
      body: definition as unknown as Body,
      headers: etag ? { 'If-Match': etag } : {},
    }))),

  publish: async (definitionId: string, version: number, etag: string | null) =>
    loaded(await callWithHeaders(api.POST('/api/workflow-definitions/{definitionId}/publish', {
      params: { path: { definitionId }, query: { version } },
      headers: etag ? { 'If-Match': etag } : {},
    }))),

  retract: (definitionId: string) =>
    call(api.POST('/api/workflow-definitions/{definitionId}/retract', { params: { path: { definitionId } } })),

  revert: async (definitionId: string, version: number) =>
    loaded(await callWithHeaders(api.POST('/api/workflow-definitions/{definitionId}/revert/{version}', {
      params: { path: { definitionId, version } },
    }))),

  import: async (definition: DefinitionJson) =>
    loaded(await callWithHeaders(api.POST('/api/workflow-definitions/import', { body: definition as unknown as Body }))),

  validate: async (definition: DefinitionJson, signal?: AbortSignal): Promise<ValidationIssue[]> => {
    const result = await call(api.POST('/api/workflow-definitions/validate', { body: definition as unknown as Body, signal }));
    return result.errors;
  },

  execute: (definitionId: string, input: Record<string, unknown> | null, correlationId: string | null) =>
    call(api.POST('/api/workflow-definitions/{definitionId}/execute', {
      params: { path: { definitionId } },
      body: { input: input as Schemas['JsonObject'] | null, correlationId },
    })),
};
