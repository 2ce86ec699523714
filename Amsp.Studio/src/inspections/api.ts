// The quality inspector's calls: the queue of the centre, an order's inspections, and the measurements.
import { api, call, type Schemas } from '../api/client';

export type Inspection = Schemas['InspectionDto'];
export type InspectionInput = Schemas['InspectionInput'];

export const inspections = {
  queue: (page: number) =>
    call(api.GET('/api/inspections', { params: { query: { status: 'Awaiting', page, pageSize: 50 } } })),
  ofOrder: (orderNumber: string) =>
    call(api.GET('/api/orders/{orderNumber}/inspections', { params: { path: { orderNumber } } })),
  order: (orderNumber: string) =>
    call(api.GET('/api/orders/{orderNumber}', { params: { path: { orderNumber } } })),
  record: (orderNumber: string, body: InspectionInput) =>
    call(api.POST('/api/orders/{orderNumber}/inspection', { params: { path: { orderNumber } }, body })),
};
