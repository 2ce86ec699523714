// The inspections of an order once there: each characteristic against its tolerance, and the verdict.
import type { Schemas } from '../api/client';
import { dateTime, mm, signed } from '../shell/format';

type Inspection = Schemas['InspectionDto'];

export function InspectionResults({ inspections }: { inspections: Inspection[] }) {
  return (
    <>
      {inspections.map((i) => (
        <div key={i.id} className="inspection-result">
          <p>
            <strong>Inspection {i.attempt}: </strong>
            <span className={`badge tone-${i.status === 'Passed' ? 'ok' : i.status === 'Failed' ? 'bad' : 'wait'}`}>{i.status}</span>
            {i.inspectedAt && <span className="hint"> {dateTime(i.inspectedAt)}{i.inspectorName ? ` by ${i.inspectorName}` : ''}</span>}
          </p>
          {i.nonconformity && <p className="field-error">Nonconformity: {i.nonconformity}</p>}
          {i.status !== 'Awaiting' && (
            <table className="data compact" aria-label={`Results of inspection ${i.attempt}`}>
              <thead><tr><th>Characteristic</th><th>Nominal</th><th>Tolerance</th><th>Measured</th><th>Result</th></tr></thead>
              <tbody>
                {i.characteristics.map((c) => (
                  <tr key={c.name}>
                    <td>{c.name}</td>
                    <td>{c.kind === 'Visual' ? '—' : mm(c.nominal)}</td>
                    <td>{c.kind === 'Visual' ? '—' : `${signed(c.lowerDeviation)} / ${signed(c.upperDeviation)}`}</td>
                    <td>{c.kind === 'Visual' ? (c.accepted ? 'Accepted' : 'Rejected') : mm(c.measured)}</td>
                    <td>{c.passed ? '✓ Pass' : '✗ Fail'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      ))}
    </>
  );
}
