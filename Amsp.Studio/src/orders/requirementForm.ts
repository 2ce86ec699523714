// The new-order form's state, what it sends, and where the API's validation messages go.
import { sentence } from '../api/client';
import type { RequirementInput } from './api';

export interface DimensionRow {
  name: string;
  nominal: string;
  lowerDeviation: string;
  upperDeviation: string;
  method: string;
}

export interface RequirementForm {
  title: string;
  modelId: string | null;
  units: 'mm' | 'inch';
  material: string;
  quantity: string;
  generalTolerance: 'f' | 'm' | 'c' | 'v';
  criticalDimensions: DimensionRow[];
  certificateLevel: 'None' | 'CertificateOfConformance' | 'InspectionReport';
  dueDate: string;
  street: string;
  postalCode: string;
  city: string;
  region: string;
  country: string;
  notes: string;
}

export const emptyForm: RequirementForm = {
  title: '', modelId: null, units: 'mm', material: '', quantity: '1', generalTolerance: 'm', criticalDimensions: [],
  certificateLevel: 'CertificateOfConformance', dueDate: '', street: '', postalCode: '', city: '', region: '', country: '', notes: '',
};

export const emptyDimension: DimensionRow = { name: '', nominal: '', lowerDeviation: '-0.1', upperDeviation: '0.1', method: '' };

const num = (text: string) => (text.trim() === '' ? Number.NaN : Number(text.trim().replace(',', '.')));
const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** The requirement as the API takes it. Empty optional fields are left out; the API judges the rest. */
export function toInput(f: RequirementForm): RequirementInput {
  const address = [f.street, f.postalCode, f.city, f.country].some((v) => v.trim() !== '')
    ? { street: f.street.trim(), postalCode: f.postalCode.trim(), city: f.city.trim(), region: orNull(f.region), country: f.country.trim().toUpperCase() }
    : null;
  return {
    title: orNull(f.title), modelId: f.modelId, units: f.units, material: orNull(f.material), quantity: Math.trunc(num(f.quantity)) || 0,
    generalTolerance: f.generalTolerance, certificateLevel: f.certificateLevel, dueDate: orNull(f.dueDate), notes: orNull(f.notes),
    deliveryAddress: address,
    criticalDimensions: f.criticalDimensions.map((d) => ({
      name: d.name.trim(), nominal: num(d.nominal) || 0, lowerDeviation: num(d.lowerDeviation) || 0,
      upperDeviation: num(d.upperDeviation) || 0, method: orNull(d.method),
    })),
  } as RequirementInput;
}

/**
 * The API's field names ("deliveryAddress.postalCode", "criticalDimensions[0].nominal", "modelId") as the form's input
 * ids, so that each message shows under its input. A field the form does not have keeps its API name.
 */
export function inputIdOf(field: string): string {
  const f = field.replace(/^\$\./, '').replace(/^body\./i, '');
  const lower = f.charAt(0).toLowerCase() + f.slice(1);
  const address = /^deliveryAddress\.(\w+)$/.exec(lower);
  if (address) return `req-${address[1].charAt(0).toLowerCase() + address[1].slice(1)}`;
  if (lower === 'deliveryAddress') return 'req-street';
  const dimension = /^criticalDimensions\[(\d+)\]\.(\w+)$/.exec(lower);
  if (dimension) return `req-dim-${dimension[1]}-${dimension[2].charAt(0).toLowerCase() + dimension[2].slice(1)}`;
  if (lower === 'modelId') return 'req-model';
  return `req-${lower}`;
}

/** The API's errors by input id, each as a sentence naming its field. */
export function errorsByInput(fields: Record<string, string[]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, messages] of Object.entries(fields)) {
    const id = inputIdOf(field);
    out[id] = [out[id], ...messages.map((m) => sentence(field, m))].filter(Boolean).join(' ');
  }
  return out;
}
