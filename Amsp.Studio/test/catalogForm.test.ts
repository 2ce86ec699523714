import { describe, expect, it } from 'vitest';
import type { Material, Printer } from '../src/centre/api';
import { materialFormOf, materialInputOf, printerFormOf, printerInputOf } from '../src/centre/catalogForm';
import { errorsById } from '../src/centre/priceForm';

const pla: Material = {
  id: 'm1', organizationId: 'c1', name: 'PLA', process: 'MEX', density: 1.24, colours: ['Black', 'White'], pricingBasis: 'PerKg',
  unitPrice: 25, minWallThickness: 0.8, layerHeights: [0.1, 0.2], active: true,
};

const printer: Printer = {
  id: 'p1', organizationId: 'c1', name: 'MEX 1', process: 'MEX', buildVolume: { x: 220, y: 220, z: 250 }, siteId: 's1',
  loadedMaterialId: 'm1', loadedColour: 'Black', controller: 'Virtual', baseUrl: 'mex-1', hasApiKey: true, state: 'Printing',
  hourlyRate: 4.5, timeParameters: { setupMinutes: 5 } as Printer['timeParameters'], active: true,
};

describe('material form', () => {
  it('round-trips a material, lists written with commas', () => {
    expect(materialInputOf(materialFormOf(pla))).toEqual({
      name: 'PLA', process: 'MEX', density: 1.24, pricingBasis: 'PerKg', unitPrice: 25, minWallThickness: 0.8,
      layerHeights: [0.1, 0.2], colours: ['Black', 'White'], active: true,
    });
    expect(materialInputOf({ ...materialFormOf(pla), colours: ' Black ;White,, ', layerHeights: '0.1, x' })).toMatchObject({
      colours: ['Black', 'White'], layerHeights: [0.1, 0],
    });
  });

  it('sends what is missing as null, for the API to name', () => {
    expect(materialInputOf({ ...materialFormOf(pla), name: ' ', density: '', colours: '', layerHeights: '' }))
      .toMatchObject({ name: null, density: null, colours: null, layerHeights: null });
  });
});

describe('printer form', () => {
  it('changes the loaded material, colour and rate, and leaves state and key to the API', () => {
    const input = printerInputOf({ ...printerFormOf(printer), loadedColour: ' White ', hourlyRate: '' }, printer);
    expect(input).toMatchObject({ name: 'MEX 1', loadedMaterialId: 'm1', loadedColour: 'White', hourlyRate: null, state: null, apiKey: null, baseUrl: 'mex-1' });
    expect(input.timeParameters).toEqual(printer.timeParameters);
    expect(printerInputOf({ ...printerFormOf(printer), loadedMaterialId: '' }, printer)).toMatchObject({ loadedMaterialId: null, loadedColour: null });
  });

  it('puts the API messages under the inputs they name', () => {
    expect(errorsById('printer', { loadedColour: ['must be one of the material\'s colours (Black).'] }))
      .toEqual({ 'printer-loadedColour': 'must be one of the material\'s colours (Black).' });
  });
});
