// The try-it panel: the formula as it stands in the form (saved or not) run by the API on a sample part, as a quote
// would run it. The sample starts as the bracket of the samples and can be changed.
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, call } from '../api/client';
import { ProblemBox } from '../shell/ProblemBox';
import { money, number } from '../shell/format';

const sampleFields = [
  ['volume', 'Volume (cm³)', '21.6'], ['area', 'Surface (cm²)', '88'], ['supportVolume', 'Support (cm³)', '1.2'],
  ['machineHours', 'Machine time (h)', '2.5'], ['x', 'Box X (mm)', '60'], ['y', 'Box Y (mm)', '40'], ['z', 'Box Z (mm)', '30'],
  ['quantity', 'Quantity', '1'],
] as const;
type Sample = Record<(typeof sampleFields)[number][0], string>;

export function TryFormula({ priceListId, script }: { priceListId: string; script: string }) {
  const [sample, setSample] = useState<Sample>(() => Object.fromEntries(sampleFields.map(([k, , v]) => [k, v])) as Sample);
  const run = useMutation({
    mutationFn: () => call(api.POST('/api/price-lists/{priceListId}/try', {
      params: { path: { priceListId } },
      body: { script: script.trim() ? script : null, materialId: null, part: Object.fromEntries(Object.entries(sample).map(([k, v]) => [k, v.trim() === '' ? null : Number(v)])) as never },
    })),
  });
  const submit = (e: FormEvent) => { e.preventDefault(); run.mutate(); };
  return (
    <section className="form-section" aria-labelledby="try-title">
      <h2 id="try-title">Try the formula</h2>
      <p className="hint">Runs the formula above, saved or not, on a sample part as a quote would. Nothing is stored.</p>
      <form onSubmit={submit} aria-label="Sample part" noValidate>
        <div className="row sample-part">
          {sampleFields.map(([key, label]) => (
            <div className="field" key={key}>
              <label htmlFor={`try-${key}`}>{label}</label>
              <input id={`try-${key}`} type="number" min={0} step="any" value={sample[key]}
                onChange={(e) => setSample((s) => ({ ...s, [key]: e.target.value }))} />
            </div>
          ))}
        </div>
        <button type="submit" disabled={run.isPending}>{run.isPending ? 'Running…' : 'Try the formula'}</button>
      </form>
      {run.isError && <ProblemBox error={run.error} />}
      {run.data && (
        <table className="data compact" aria-label="Tried quote">
          <caption className="hint">With {run.data.materialName}</caption>
          <thead><tr><th>Line</th><th className="num">Qty</th><th className="num">Amount</th></tr></thead>
          <tbody>
            {run.data.lines.map((l, i) => (
              <tr key={i}><td>{l.description}</td><td className="num">{number(l.quantity, 3)}</td><td className="num">{money(l.amount, run.data.currency)}</td></tr>
            ))}
          </tbody>
          <tfoot><tr><th scope="row" colSpan={2}>Total</th><td className="num"><strong>{money(run.data.total, run.data.currency)}</strong></td></tr></tfoot>
        </table>
      )}
    </section>
  );
}
