import { describe, expect, it } from 'vitest';
import { formOf, inputOf, priceErrors } from '../src/centre/priceForm';
import type { PriceList } from '../src/centre/api';

const list: PriceList = {
  id: 'p1', organizationId: 'o1', name: 'Standard', currency: 'EUR', setupFee: 15, machineHourlyRate: 4.5, marginPercent: 25,
  quoteValidityDays: 14, pricingScript: null, active: true, updatedAt: '2026-01-01T00:00:00Z',
  postProcessing: [{ kind: 'Sanding', pricePerPart: 3 }], quantityDiscounts: [{ minQuantity: 10, discountPercent: 5 }],
};

describe('price list form', () => {
  it('round-trips a price list and keeps what the form does not edit', () => {
    const input = inputOf({ ...formOf(list), machineHourlyRate: '9.25', currency: 'usd' }, list);
    expect(input.machineHourlyRate).toBe(9.25);
    expect(input.currency).toBe('USD');
    expect(input.setupFee).toBe(15);
    expect(input.pricingScript).toBeNull();
    expect(input.postProcessing).toEqual(list.postProcessing);
    expect(input.quantityDiscounts).toEqual(list.quantityDiscounts);
  });

  it('sends empty or unreadable numbers as missing, for the API to name', () => {
    const input = inputOf({ ...formOf(list), setupFee: '', marginPercent: 'ten' }, list);
    expect(input.setupFee).toBeNull();
    expect(input.marginPercent).toBeNull();
  });

  it('puts the API messages under the inputs they name', () => {
    expect(priceErrors({ machineHourlyRate: ['is required.'], 'Input.SetupFee': ['must not be negative.', 'x'] }))
      .toEqual({ 'price-machineHourlyRate': 'is required.', 'price-setupFee': 'must not be negative. x' });
  });
});
