// One order's inspection: the plan to measure, a verdict preview as the inspector types, a note required when
// something fails, then the API's verdict and the certificate.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../api/client';
import { InspectionResults } from '../orders/InspectionResults';
import { certificateUrl, verifyPath } from '../orders/api';
import { ProblemBox } from '../shell/ProblemBox';
import { dateTime } from '../shell/format';
import { inspections, type Inspection } from './api';
import { PlanTable } from './PlanTable';
import { measurements, preview, type Entry, type PlanLine } from './verdict';

const planOf = (i: Inspection): PlanLine[] => i.characteristics.map((c) => ({
  name: c.name ?? '', kind: c.kind ?? 'Critical', nominal: Number(c.nominal), lowerDeviation: Number(c.lowerDeviation), upperDeviation: Number(c.upperDeviation),
}));

export function InspectionPage() {
  const number = useParams().orderNumber!;
  const queries = useQueryClient();
  const list = useQuery({ queryKey: ['order', number, 'inspections'], queryFn: () => inspections.ofOrder(number) });
  const order = useQuery({ queryKey: ['order', number], queryFn: () => inspections.order(number) });
  const [entries, setEntries] = useState<Record<string, Entry>>({});
  const [nonconformity, setNonconformity] = useState('');
  const [notes, setNotes] = useState('');
  const [noteMissing, setNoteMissing] = useState(false);
  const awaiting = list.data?.find((i) => i.status === 'Awaiting');
  const plan = useMemo(() => (awaiting ? planOf(awaiting) : []), [awaiting]);
  const verdict = preview(plan, entries);
  const submit = useMutation({
    mutationFn: () => inspections.record(number, { measurements: measurements(plan, entries), nonconformity: nonconformity.trim() || null, notes: notes.trim() || null }),
    onSuccess: async (next) => {
      queries.setQueryData(['order', number], next);
      await queries.invalidateQueries({ queryKey: ['order', number, 'inspections'] });
      await queries.invalidateQueries({ queryKey: ['inspections'] });
    },
  });
  const fields = submit.error instanceof ApiError ? submit.error.fields : {};

  function send(e: FormEvent) {
    e.preventDefault();
    if (verdict.overall === 'fail' && !nonconformity.trim()) {
      setNoteMissing(true);
      document.getElementById('nonconformity')?.focus();
      return;
    }
    setNoteMissing(false);
    submit.mutate();
  }

  if (list.isPending) return <div className="page" role="status">Loading the inspection of {number}…</div>;
  if (list.isError) return <div className="page"><ProblemBox error={list.error} onRetry={() => list.refetch()} /></div>;
  const done = list.data.filter((i) => i.status !== 'Awaiting');
  const certificate = order.data?.certificate;
  const noteError = noteMissing ? 'Say what is wrong: a note is required when a characteristic fails.' : fields.nonconformity?.join(' ');

  return (
    <div className="page">
      <p className="crumbs"><Link to="/inspections">Inspections</Link> / {number}</p>
      <div className="page-head"><h1>Inspect {order.data?.part || number}</h1></div>
      <p className="hint">Order {number}{awaiting ? ` · attempt ${awaiting.attempt} · printed ${dateTime(awaiting.createdAt)}` : ''}</p>
      {awaiting ? (
        <form onSubmit={send} aria-label="Measurements" noValidate>
          <PlanTable plan={plan} entries={entries} verdicts={verdict.lines} errors={Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.join(' ')]))}
            onChange={(name, entry) => setEntries((all) => ({ ...all, [name]: { ...all[name], ...entry } }))} />
          <p className={`verdict-preview verdict-${verdict.overall}`} role="status" data-testid="verdict-preview">
            {verdict.overall === 'pass' && 'Preview: every characteristic is within its tolerance — the parts pass.'}
            {verdict.overall === 'fail' && `Preview: ${verdict.failed.join(', ')} out of tolerance — the parts fail.`}
            {verdict.overall === 'incomplete' && 'Preview: enter every value to see the verdict.'}
          </p>
          <div className="row">
            <div className={`field${noteError ? ' has-error' : ''}`}>
              <label htmlFor="nonconformity">Nonconformity{verdict.overall === 'fail' && <span className="required" aria-hidden> *</span>}</label>
              <textarea id="nonconformity" rows={3} value={nonconformity} onChange={(e) => setNonconformity(e.target.value)}
                aria-invalid={noteError ? true : undefined} aria-describedby={noteError ? 'nonconformity-error' : 'nonconformity-hint'} />
              {noteError ? <p className="field-error" id="nonconformity-error">{noteError}</p>
                : <p className="hint" id="nonconformity-hint">Required when a characteristic fails: what is wrong with the parts.</p>}
            </div>
            <div className="field">
              <label htmlFor="notes">Notes</label>
              <textarea id="notes" rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} />
            </div>
          </div>
          {submit.isError && <ProblemBox error={submit.error} />}
          <div className="form-actions">
            <button type="submit" className="primary" disabled={submit.isPending}>{submit.isPending ? 'Submitting…' : 'Submit inspection'}</button>
          </div>
        </form>
      ) : (
        <p className="notice" role="status">
          {done[0] ? `Inspection ${done[0].attempt} is recorded: the parts ${done[0].status === 'Passed' ? 'passed' : 'failed'}.` : 'This order waits for no inspection now.'}
        </p>
      )}
      {done.length > 0 && (
        <section aria-labelledby="results-title">
          <h2 id="results-title">Results</h2>
          <InspectionResults inspections={done} />
        </section>
      )}
      {certificate && (
        <p className="actions">
          <a className="button primary" href={certificateUrl(number)} download={`${certificate.number}.pdf`}>Download certificate {certificate.number}</a>
          <Link to={verifyPath(certificate.verificationCode)}>Verify it</Link>
        </p>
      )}
    </div>
  );
}
