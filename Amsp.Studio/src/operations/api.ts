// The operations pages' calls: the overview (printers live, counts by status), the per-day trends for the charts,
// print jobs and orders by status. Instances and their retry are the instance viewer's calls (instances/api.ts).
import { api, call, type Schemas } from '../api/client';

export type Overview = Schemas['OperationsView'];
export type PrinterView = Schemas['PrinterView'];
export type Trends = Schemas['OperationsTrends'];
export type TrendDay = Schemas['TrendDay'];
export type JobStatus = Schemas['PrintJobStatus'];
export type OrderStatus = Schemas['OrderStatus'];

export const jobStatuses: JobStatus[] = ['Queued', 'Printing', 'Completed', 'Failed', 'Cancelled'];
export const jobTone: Record<JobStatus, string> = { Queued: 'wait', Printing: 'busy', Completed: 'ok', Failed: 'bad', Cancelled: 'idle' };

export const orderStatuses: OrderStatus[] = [
  'Requested', 'OnHold', 'Quoted', 'Accepted', 'Printing', 'Inspecting', 'Shipped', 'Delivered', 'Invalid', 'Rejected', 'Expired', 'Cancelled', 'Failed',
];

export const operations = {
  overview: () => call(api.GET('/api/operations', { params: { query: { days: 1 } } })),
  trends: (from: string, to: string) => call(api.GET('/api/operations/trends', { params: { query: { from, to } } })),
  jobs: (status: JobStatus | undefined, printerId: string | undefined, page: number) =>
    call(api.GET('/api/print-jobs', { params: { query: { status, printerId, page, pageSize: 10 } } })),
  orders: (status: OrderStatus | undefined, page: number) =>
    call(api.GET('/api/orders', { params: { query: { status, page, pageSize: 10 } } })),
};
