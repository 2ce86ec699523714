import { describe, expect, it } from 'vitest';
import { problemError, sentence, validationDetail } from '../src/api/client';
import { errorsByInput, inputIdOf, toInput, emptyForm } from '../src/orders/requirementForm';
import { calendarDate, count, dateTime, days, money, mm, signed } from '../src/shell/format';

describe('formatting', () => {
  it('writes money with its own currency and minor digits, in the locale asked for', () => {
    expect(money(1234.5, 'EUR', 'en-GB')).toBe('€1,234.50');
    expect(money('1234.5', 'EUR', 'de-DE')).toBe('1.234,50\u00a0€');
    expect(money(1234, 'JPY', 'en-GB')).toBe('JP¥1,234');
    expect(money(1.5, 'KWD', 'en-GB')).toBe('KWD\u00a01.500');
    expect(money(3, 'XYZ1', 'en-GB')).toBe('3.00 XYZ1');
  });

  it('writes dates in the locale, and a calendar date as the same day everywhere', () => {
    expect(dateTime('2026-06-30T14:05:00Z', 'en-GB')).toMatch(/30 Jun 2026/);
    expect(calendarDate('2026-06-30', 'en-US')).toBe('Jun 30, 2026');
    expect(calendarDate('2026-06-30', 'de-DE')).toBe('30.06.2026');
    expect(dateTime(null)).toBe('—');
  });

  it('writes deviations with their sign and lengths in mm', () => {
    expect(signed(0.2, 'en-GB')).toBe('+0.2');
    expect(signed('-0.15', 'en-GB')).toBe('−0.15');
    expect(signed(0, 'en-GB')).toBe('0');
    expect(mm(40, 'en-GB')).toBe('40 mm');
    expect(days(1)).toBe('1 day');
    expect(days('12')).toBe('12 days');
    expect(count(1, 'print job')).toBe('1 print job');
    expect(count(1200, 'order', 'en-GB')).toBe('1,200 orders');
  });
});

describe('problem details', () => {
  it('turns a validation problem into sentences, never JSON', () => {
    expect(sentence('quantity', 'must be from 1 to 1,000,000.')).toBe('Quantity must be from 1 to 1,000,000.');
    expect(sentence('criticalDimensions[0].nominal', 'must be above 0.')).toBe('Critical dimensions 1, nominal must be above 0.');
    expect(validationDetail({ title: ['is required to submit.'], dueDate: ['is required to submit.'] }))
      .toBe('Title is required to submit. Due date is required to submit.');
    expect(validationDetail(undefined)).toBeUndefined();
  });

  it('reads an upload answer without problem details by its status', () => {
    expect(problemError(413, null).title).toBe('The file is too large');
    const invalid = problemError(400, { title: 'One or more fields are invalid', detail: 'The request has invalid fields: dueDate …', errors: { dueDate: ['is required.'] } });
    expect(invalid.detail).toBe('Due date is required.');
    expect(invalid.fields).toEqual({ dueDate: ['is required.'] });
    expect(problemError(422, { title: 'The model is broken', detail: 'It has no triangles.' }).message).toBe('The model is broken: It has no triangles.');
  });

  it('places each API field on the input that shows it', () => {
    expect(inputIdOf('title')).toBe('req-title');
    expect(inputIdOf('modelId')).toBe('req-model');
    expect(inputIdOf('deliveryAddress')).toBe('req-street');
    expect(inputIdOf('deliveryAddress.postalCode')).toBe('req-postalCode');
    expect(inputIdOf('criticalDimensions[2].lowerDeviation')).toBe('req-dim-2-lowerDeviation');
    expect(errorsByInput({ modelId: ['is required.'], 'deliveryAddress.country': ['must be an ISO code.'] }))
      .toEqual({ 'req-model': 'Model is required.', 'req-country': 'Delivery address country must be an ISO code.' });
  });

  it('sends the form as the API takes it, empty optional fields left out', () => {
    const input = toInput({ ...emptyForm, title: ' Bracket ', quantity: '3', country: 'de', street: 'Main 1', postalCode: '1', city: 'X',
      criticalDimensions: [{ name: 'Hole', nominal: '40', lowerDeviation: '-0,2', upperDeviation: '0.2', method: '' }] });
    expect(input.title).toBe('Bracket');
    expect(input.quantity).toBe(3);
    expect(input.material).toBeNull();
    expect(input.deliveryAddress).toEqual({ street: 'Main 1', postalCode: '1', city: 'X', region: null, country: 'DE' });
    expect(input.criticalDimensions).toEqual([{ name: 'Hole', nominal: 40, lowerDeviation: -0.2, upperDeviation: 0.2, method: null }]);
    expect(toInput(emptyForm).deliveryAddress).toBeNull();
  });
});
