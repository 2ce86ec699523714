import { describe, expect, it } from 'vitest';
import { judgeLine, measurements, parseMeasured, preview, type PlanLine } from '../src/inspections/verdict';

const hole: PlanLine = { name: 'Hole spacing', kind: 'Critical', nominal: 40, lowerDeviation: -0.2, upperDeviation: 0.2 };
const width: PlanLine = { name: 'Width', kind: 'General', nominal: 25.4, lowerDeviation: -0.1, upperDeviation: 0.3 };
const visual: PlanLine = { name: 'Visual', kind: 'Visual', nominal: 0, lowerDeviation: 0, upperDeviation: 0 };

describe('verdict preview', () => {
  it('passes a value exactly on either limit, despite binary floating point', () => {
    expect(judgeLine(hole, { measured: '40.2' })).toBe('pass');
    expect(judgeLine(hole, { measured: '39.8' })).toBe('pass');
    expect(judgeLine(width, { measured: '25.7' })).toBe('pass');
    expect(judgeLine(width, { measured: '25.3' })).toBe('pass');
  });

  it('fails a value just outside, on either side, and an asymmetric band by its own limits', () => {
    expect(judgeLine(hole, { measured: '40.201' })).toBe('fail');
    expect(judgeLine(hole, { measured: '39.799' })).toBe('fail');
    expect(judgeLine(width, { measured: '25.29' })).toBe('fail');
    expect(judgeLine(width, { measured: '25.65' })).toBe('pass');
  });

  it('reads a decimal comma and spaces, and marks what is not a number', () => {
    expect(parseMeasured(' 40,05 ')).toBe(40.05);
    expect(parseMeasured('.5')).toBe(0.5);
    expect(parseMeasured('40mm')).toBeNull();
    expect(parseMeasured('1e3')).toBeNull();
    expect(parseMeasured('200000')).toBeNull();
    expect(judgeLine(hole, { measured: 'abc' })).toBe('invalid');
    expect(judgeLine(hole, { measured: '  ' })).toBe('pending');
  });

  it('judges the visual check by accept or reject', () => {
    expect(judgeLine(visual, { accepted: true })).toBe('pass');
    expect(judgeLine(visual, { accepted: false })).toBe('fail');
    expect(judgeLine(visual, undefined)).toBe('pending');
  });

  it('is incomplete until every line is answered, failed as soon as one fails', () => {
    const plan = [hole, width, visual];
    expect(preview(plan, { 'Hole spacing': { measured: '40' } }).overall).toBe('incomplete');
    expect(preview(plan, { 'Hole spacing': { measured: '40' }, Width: { measured: '25.4' }, Visual: { accepted: true } }).overall).toBe('pass');
    const failing = preview(plan, { 'Hole spacing': { measured: '41' }, Visual: { accepted: false } });
    expect(failing.overall).toBe('fail');
    expect(failing.failed).toEqual(['Hole spacing', 'Visual']);
    expect(failing.lines).toEqual(['fail', 'pending', 'fail']);
  });

  it('sends one measurement per line of the plan', () => {
    expect(measurements([hole, visual], { 'Hole spacing': { measured: '40,1' }, Visual: { accepted: true } })).toEqual([
      { characteristic: 'Hole spacing', measured: 40.1, accepted: null },
      { characteristic: 'Visual', measured: null, accepted: true },
    ]);
  });
});
