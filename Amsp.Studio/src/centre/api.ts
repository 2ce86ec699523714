// An AM centre's own calls: its printers (their state comes from the pollers), materials, price lists, print jobs,
// and the orders it quoted for.
import { useSession } from '../auth/session';
import { centreOf } from '../auth/roles';
import { api, call, type Schemas } from '../api/client';

export type Printer = Schemas['PrinterDto'];
export type Material = Schemas['MaterialDto'];
export type PriceList = Schemas['PriceListDto'];
export type PriceListInput = Schemas['PriceListInput'];
export type PrintJob = Schemas['PrintJob'];

const org = (organizationId: string) => ({ params: { path: { organizationId } } });

export const centre = {
  printers: (id: string) => call(api.GET('/api/organizations/{organizationId}/printers', org(id))),
  materials: (id: string) => call(api.GET('/api/organizations/{organizationId}/materials', org(id))),
  priceLists: (id: string) => call(api.GET('/api/organizations/{organizationId}/price-lists', org(id))),
  savePriceList: (priceListId: string, body: PriceListInput) =>
    call(api.PUT('/api/price-lists/{priceListId}', { params: { path: { priceListId } }, body })),
  jobs: () => call(api.GET('/api/print-jobs', { params: { query: { pageSize: 20 } } })),
  orders: () => call(api.GET('/api/orders', { params: { query: { pageSize: 20 } } })),
};

/** The signed-in manufacturer's AM centre. */
export function useCentre() {
  const person = useSession().data;
  return person ? centreOf(person) : undefined;
}

export const printerTone: Record<Schemas['PrinterState'], string> = {
  Operational: 'ok', Printing: 'busy', Paused: 'wait', Offline: 'idle', Error: 'bad', Maintenance: 'wait',
};
