// A price list as its form holds it (text inputs) and back to the API's input; steps and discounts the form does not
// edit are kept as they were.
import type { PriceList, PriceListInput } from './api';

export interface PriceForm {
  name: string;
  currency: string;
  setupFee: string;
  machineHourlyRate: string;
  marginPercent: string;
  quoteValidityDays: string;
  pricingScript: string;
  active: boolean;
}

export const formOf = (p: PriceList): PriceForm => ({
  name: p.name, currency: p.currency, setupFee: String(p.setupFee), machineHourlyRate: String(p.machineHourlyRate),
  marginPercent: String(p.marginPercent), quoteValidityDays: String(p.quoteValidityDays), pricingScript: p.pricingScript ?? '', active: p.active,
});

export function inputOf(f: PriceForm, kept: PriceList): PriceListInput {
  return {
    name: f.name.trim() || null, currency: f.currency.trim().toUpperCase() || null, setupFee: num(f.setupFee),
    machineHourlyRate: num(f.machineHourlyRate), marginPercent: num(f.marginPercent), quoteValidityDays: num(f.quoteValidityDays),
    pricingScript: f.pricingScript.trim() ? f.pricingScript : null, active: f.active,
    postProcessing: kept.postProcessing, quantityDiscounts: kept.quantityDiscounts,
  };
}

/** The API's field names ("machineHourlyRate", "Input.setupFee") as the form's input ids ("price-machineHourlyRate"). */
export const priceErrors = (fields: Record<string, string[]>) => errorsById('price', fields);

/** The API's field names as the input ids of a form whose ids are `${prefix}-${field}`, with the messages joined. */
export function errorsById(prefix: string, fields: Record<string, string[]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, messages] of Object.entries(fields)) {
    const name = field.replace(/^input\./i, '');
    const id = `${prefix}-${name.charAt(0).toLowerCase()}${name.slice(1)}`;
    out[id] = [out[id], ...messages].filter(Boolean).join(' ');
  }
  return out;
}

/** Empty or unreadable numbers go as null: the API names what is missing. */
export const num = (s: string) => (s.trim() === '' || !Number.isFinite(Number(s)) ? null : Number(s));
