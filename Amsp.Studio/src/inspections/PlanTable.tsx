// The inspection plan as a form: one row per characteristic, the measured value typed in (Tab goes from row to row),
// the visual check as accept/reject, and each row's result as the inspector types.
import { mm, signed } from '../shell/format';
import type { Entry, LineVerdict, PlanLine } from './verdict';

const marks: Record<LineVerdict, string> = { pass: '✓ Pass', fail: '✗ Fail', pending: '—', invalid: 'Not a number' };

export function PlanTable({ plan, entries, verdicts, errors, onChange }: {
  plan: PlanLine[]; entries: Record<string, Entry>; verdicts: LineVerdict[]; errors: Record<string, string>;
  onChange: (name: string, entry: Entry) => void;
}) {
  return (
    <table className="data plan" aria-label="Inspection plan">
      <thead>
        <tr><th scope="col">Characteristic</th><th scope="col">Nominal</th><th scope="col">Lower deviation</th>
          <th scope="col">Upper deviation</th><th scope="col">Measured</th><th scope="col">Result</th></tr>
      </thead>
      <tbody>
        {plan.map((line, i) => {
          const id = `measured-${i}`;
          const error = errors[`measurements.${line.name}`];
          return (
            <tr key={line.name} className={`verdict-${verdicts[i]}`}>
              <th scope="row"><label htmlFor={id}>{line.name}</label></th>
              <td>{line.kind === 'Visual' ? '—' : mm(line.nominal)}</td>
              <td>{line.kind === 'Visual' ? '—' : signed(line.lowerDeviation)}</td>
              <td>{line.kind === 'Visual' ? '—' : signed(line.upperDeviation)}</td>
              <td>
                {line.kind === 'Visual' ? (
                  <select id={id} value={entries[line.name]?.accepted == null ? '' : String(entries[line.name]?.accepted)}
                    onChange={(e) => onChange(line.name, { accepted: e.target.value === '' ? null : e.target.value === 'true' })}>
                    <option value="">Choose…</option><option value="true">Accept</option><option value="false">Reject</option>
                  </select>
                ) : (
                  <span className="unit-input">
                    <input id={id} inputMode="decimal" autoComplete="off" value={entries[line.name]?.measured ?? ''}
                      aria-invalid={verdicts[i] === 'invalid' || error ? true : undefined}
                      onChange={(e) => onChange(line.name, { measured: e.target.value })} />
                    <span aria-hidden>mm</span>
                  </span>
                )}
                {error && <p className="field-error">{error}</p>}
              </td>
              <td className="verdict" aria-live="polite">{marks[verdicts[i]]}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
