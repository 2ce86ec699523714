// A material or a printer as their forms hold them (text inputs) and back to the API's input. The printer form edits
// what the centre's staff change day to day (loaded material, colour, own hourly rate) and sends the rest as it was;
// the state is left to the pollers and the API key as stored.
import type { Material, MaterialInput, Printer, PrinterInput } from './api';
import { num } from './priceForm';

export interface MaterialForm {
  name: string; process: string; density: string; pricingBasis: string; unitPrice: string;
  minWallThickness: string; layerHeights: string; colours: string; active: boolean;
}

export const newMaterial: MaterialForm = {
  name: '', process: 'MEX', density: '', pricingBasis: 'PerKg', unitPrice: '', minWallThickness: '', layerHeights: '0.1, 0.2', colours: '', active: true,
};

export const materialFormOf = (m: Material): MaterialForm => ({
  name: m.name, process: m.process, density: String(m.density), pricingBasis: m.pricingBasis, unitPrice: String(m.unitPrice),
  minWallThickness: String(m.minWallThickness), layerHeights: m.layerHeights.map(String).join(', '), colours: m.colours.join(', '), active: m.active,
});

/** "Black, White" → ["Black", "White"]; blanks dropped. */
const list = (s: string) => s.split(/[,;]/).map((x) => x.trim()).filter(Boolean);

export function materialInputOf(f: MaterialForm): MaterialInput {
  const heights = list(f.layerHeights).map((h) => num(h));
  return {
    name: f.name.trim() || null, process: f.process as MaterialInput['process'], density: num(f.density),
    pricingBasis: f.pricingBasis as MaterialInput['pricingBasis'], unitPrice: num(f.unitPrice), minWallThickness: num(f.minWallThickness),
    // An unreadable height goes as 0, which the API refuses by name, rather than vanishing from the list.
    layerHeights: heights.length ? heights.map((h) => h ?? 0) : null, colours: list(f.colours).length ? list(f.colours) : null, active: f.active,
  };
}

export interface PrinterForm { loadedMaterialId: string; loadedColour: string; hourlyRate: string }

export const printerFormOf = (p: Printer): PrinterForm => ({
  loadedMaterialId: p.loadedMaterialId ?? '', loadedColour: p.loadedColour ?? '', hourlyRate: p.hourlyRate == null ? '' : String(p.hourlyRate),
});

export function printerInputOf(f: PrinterForm, p: Printer): PrinterInput {
  return {
    name: p.name, process: p.process, buildVolume: p.buildVolume, siteId: p.siteId ?? null, controller: p.controller, baseUrl: p.baseUrl ?? null,
    apiKey: null, state: null, timeParameters: p.timeParameters, active: p.active,
    loadedMaterialId: f.loadedMaterialId || null, loadedColour: f.loadedMaterialId ? f.loadedColour.trim() || null : null,
    // Empty: the price list's machine rate.
    hourlyRate: num(f.hourlyRate),
  };
}
