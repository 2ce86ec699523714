// The customer's calls: orders by page and status, one order with its inspections, the quote decisions, and the
// requirement that becomes a new order.
import { api, call, type Schemas } from '../api/client';

export type OrderStatus = Schemas['OrderStatus'];
export type Order = Schemas['OrderDto'];
export type Quote = Schemas['QuoteDto'];
export type RequirementInput = Schemas['RequirementInput'];

export const orders = {
  list: (status: OrderStatus | undefined, page: number) =>
    call(api.GET('/api/orders', { params: { query: { status, page, pageSize: 20 } } })),
  get: (orderNumber: string) =>
    call(api.GET('/api/orders/{orderNumber}', { params: { path: { orderNumber } } })),
  inspections: (orderNumber: string) =>
    call(api.GET('/api/orders/{orderNumber}/inspections', { params: { path: { orderNumber } } })),
  accept: (orderNumber: string, quoteId: string) =>
    call(api.POST('/api/orders/{orderNumber}/quotes/{quoteId}/accept', { params: { path: { orderNumber, quoteId } } })),
  rejectAll: (orderNumber: string) =>
    call(api.POST('/api/orders/{orderNumber}/reject', { params: { path: { orderNumber } } })),
  requirement: (requirementId: string) =>
    call(api.GET('/api/requirements/{requirementId}', { params: { path: { requirementId } } })),
  /** Saves the requirement as a draft and submits it: the new order. */
  async submit(body: RequirementInput) {
    const draft = await call(api.POST('/api/requirements', { body }));
    return call(api.POST('/api/requirements/{requirementId}/submit', { params: { path: { requirementId: draft.id } } }));
  },
};

/** The certificate PDF's address (a plain link: the browser downloads it with the session cookie). */
export const certificateUrl = (orderNumber: string) => `/api/orders/${encodeURIComponent(orderNumber)}/certificate`;

/** The public verification page of a certificate code. */
export const verifyPath = (code: string) => `/verify/${encodeURIComponent(code)}`;

/** While the order is in these, the page asks again every few seconds: printers and the workflow move it on. */
export const liveStatuses: readonly OrderStatus[] = ['Requested', 'Accepted', 'Printing', 'Inspecting', 'Shipped'];

export const statusLabels: Record<OrderStatus, string> = {
  Requested: 'Requested', Invalid: 'Needs correcting', OnHold: 'On hold', Quoted: 'Quoted', Accepted: 'Accepted',
  Rejected: 'Rejected', Expired: 'Expired', Cancelled: 'Cancelled', Printing: 'Printing', Inspecting: 'Inspecting',
  Shipped: 'Shipped', Delivered: 'Delivered', Failed: 'Failed',
};

export const orderStatuses = Object.keys(statusLabels) as OrderStatus[];

/** The badge's tone: where the order stands for its customer. */
export function statusTone(status: OrderStatus): string {
  switch (status) {
    case 'Delivered': case 'Shipped': return 'ok';
    case 'Quoted': case 'OnHold': case 'Invalid': return 'wait';
    case 'Printing': case 'Inspecting': case 'Accepted': case 'Requested': return 'busy';
    case 'Failed': case 'Rejected': return 'bad';
    default: return 'idle';
  }
}
