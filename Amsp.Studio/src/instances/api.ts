// The instance viewer's calls: instances by page and filter, one instance with its journal, the version it runs
// on and the path it took.
import { api, call, type Schemas } from '../api/client';

export type InstanceFilter = {
  definitionId?: string;
  version?: number;
  status?: Schemas['WorkflowStatus'];
  correlationId?: string;
  from?: string;
  to?: string;
  page?: number;
};

export const instances = {
  list: (f: InstanceFilter) =>
    call(api.GET('/api/workflow-instances', { params: { query: { ...f, pageSize: 50 } } })),
  get: (instanceId: string) =>
    call(api.GET('/api/workflow-instances/{instanceId}', { params: { path: { instanceId } } })),
  definition: (instanceId: string) =>
    call(api.GET('/api/workflow-instances/{instanceId}/definition', { params: { path: { instanceId } } })),
  path: (instanceId: string) =>
    call(api.GET('/api/workflow-instances/{instanceId}/path', { params: { path: { instanceId } } })),
  journal: (instanceId: string, cursor: string) =>
    call(api.GET('/api/workflow-instances/{instanceId}/journal', { params: { path: { instanceId }, query: { cursor, pageSize: 500 } } })),
  retry: (instanceId: string) =>
    call(api.POST('/api/workflow-instances/{instanceId}/retry', { params: { path: { instanceId } } })),
  cancel: (instanceId: string) =>
    call(api.POST('/api/workflow-instances/{instanceId}/cancel', { params: { path: { instanceId } } })),
};

/** Statuses in which an instance can still change by itself or by a stimulus. */
export const isLive = (status: string | undefined) => status === 'Running' || status === 'Suspended';
