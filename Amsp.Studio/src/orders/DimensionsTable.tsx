// Critical dimensions (ISO/ASTM 52901): name, nominal and its deviations in the model's units, how to measure it.
import type { DimensionRow } from './requirementForm';
import { emptyDimension } from './requirementForm';

const columns: { key: keyof DimensionRow; label: string; numeric?: boolean }[] = [
  { key: 'name', label: 'Name' }, { key: 'nominal', label: 'Nominal', numeric: true },
  { key: 'lowerDeviation', label: 'Lower deviation', numeric: true }, { key: 'upperDeviation', label: 'Upper deviation', numeric: true },
  { key: 'method', label: 'Method' },
];

export function DimensionsTable({ rows, units, errors, onChange }: {
  rows: DimensionRow[]; units: string; errors: Record<string, string>; onChange: (rows: DimensionRow[]) => void;
}) {
  const set = (i: number, key: keyof DimensionRow, value: string) => onChange(rows.map((r, j) => (j === i ? { ...r, [key]: value } : r)));
  return (
    <fieldset className="dimensions">
      <legend>Critical dimensions <span className="hint">(in {units}; optional)</span></legend>
      {errors['req-criticalDimensions'] && <p className="field-error">{errors['req-criticalDimensions']}</p>}
      {rows.length > 0 && (
        <table className="data compact">
          <thead><tr>{columns.map((c) => <th key={c.key} scope="col">{c.label}</th>)}<th><span className="sr-only">Remove</span></th></tr></thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i}>
                {columns.map((c) => {
                  const id = `req-dim-${i}-${c.key}`;
                  return (
                    <td key={c.key}>
                      <input id={id} aria-label={`${c.label} of dimension ${i + 1}`} value={row[c.key]} inputMode={c.numeric ? 'decimal' : undefined}
                        aria-invalid={errors[id] ? true : undefined} onChange={(e) => set(i, c.key, e.target.value)} />
                      {errors[id] && <p className="field-error">{errors[id]}</p>}
                    </td>
                  );
                })}
                <td><button type="button" className="icon" aria-label={`Remove dimension ${i + 1}`} onClick={() => onChange(rows.filter((_, j) => j !== i))}>×</button></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" onClick={() => onChange([...rows, { ...emptyDimension }])}>Add a critical dimension</button>
    </fieldset>
  );
}
