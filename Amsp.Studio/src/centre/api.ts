// An AM centre's own calls: its printers (their state comes from the pollers), materials, price lists, print jobs,
// and the orders it quoted for.
import { useQuery } from '@tanstack/react-query';
import { useSession } from '../auth/session';
import { centreOf } from '../auth/roles';
import { api, call, type Schemas } from '../api/client';

export type Printer = Schemas['PrinterDto'];
export type Material = Schemas['MaterialDto'];
export type PriceList = Schemas['PriceListDto'];
export type PriceListInput = Schemas['PriceListInput'];
export type PrintJob = Schemas['PrintJob'];
export type MaterialInput = Schemas['MaterialInput'];
export type PrinterInput = Schemas['PrinterInput'];

const org = (organizationId: string) => ({ params: { path: { organizationId } } });

export const centre = {
  printers: (id: string) => call(api.GET('/api/organizations/{organizationId}/printers', org(id))),
  materials: (id: string) => call(api.GET('/api/organizations/{organizationId}/materials', org(id))),
  priceLists: (id: string) => call(api.GET('/api/organizations/{organizationId}/price-lists', org(id))),
  savePriceList: (priceListId: string, body: PriceListInput) =>
    call(api.PUT('/api/price-lists/{priceListId}', { params: { path: { priceListId } }, body })),
  createMaterial: (organizationId: string, body: MaterialInput) => call(api.POST('/api/organizations/{organizationId}/materials', { ...org(organizationId), body })),
  saveMaterial: (materialId: string, body: MaterialInput) => call(api.PUT('/api/materials/{materialId}', { params: { path: { materialId } }, body })),
  savePrinter: (printerId: string, body: PrinterInput) => call(api.PUT('/api/printers/{printerId}', { params: { path: { printerId } }, body })),
  jobs: () => call(api.GET('/api/print-jobs', { params: { query: { pageSize: 20 } } })),
  orders: () => call(api.GET('/api/orders', { params: { query: { pageSize: 20 } } })),
};

/** The signed-in manufacturer's AM centre. */
export function useCentre() {
  const person = useSession().data;
  return person ? centreOf(person) : undefined;
}

/**
 * The currency of the centre's money: materials and printers carry none, their prices are in the price list's (the
 * active one, else the first). Undefined until the lists are read, or when the centre has none.
 */
export function useCentreCurrency(centreId: string): string | undefined {
  const lists = useQuery({ queryKey: ['centre', centreId, 'price-lists'], queryFn: () => centre.priceLists(centreId), enabled: !!centreId });
  return (lists.data?.find((l) => l.active) ?? lists.data?.[0])?.currency;
}

export const printerTone: Record<Schemas['PrinterState'], string> = {
  Operational: 'ok', Printing: 'busy', Paused: 'wait', Offline: 'idle', Error: 'bad', Maintenance: 'wait',
};
