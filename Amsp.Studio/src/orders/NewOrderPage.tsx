// A new order: the requirement (ISO/ASTM 52901) with its model, saved as a draft and submitted in one go. The API
// checks everything; its messages appear under the inputs they name.
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, ApiError, call } from '../api/client';
import { ProblemBox } from '../shell/ProblemBox';
import { DimensionsTable } from './DimensionsTable';
import { described, Field } from './Field';
import { ModelUpload } from './ModelUpload';
import { printerOrientations } from './PartViews';
import { ModelViewer } from '../viewer/ModelViewer';
import type { PrinterFit } from './upload';
import { emptyForm, errorsByInput, toInput, type RequirementForm } from './requirementForm';

const materials = ['PLA', 'PETG', 'PA12', 'Standard resin'];

export function NewOrderPage() {
  const navigate = useNavigate();
  const [form, setForm] = useState<RequirementForm>(emptyForm);
  const [draftId, setDraftId] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [fits, setFits] = useState<PrinterFit[]>([]);
  const set = <K extends keyof RequirementForm>(key: K, value: RequirementForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const text = (key: keyof RequirementForm & string) => ({
    ...described(`req-${key}`, errors[`req-${key}`]),
    value: form[key] as string,
    onChange: (e: { target: { value: string } }) => set(key, e.target.value as never),
  });

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      // A draft that failed to submit is corrected in place, not saved again beside it.
      const body = toInput(form);
      const draft = draftId
        ? await call(api.PUT('/api/requirements/{requirementId}', { params: { path: { requirementId: draftId } }, body }))
        : await call(api.POST('/api/requirements', { body }));
      setDraftId(draft.id);
      const order = await call(api.POST('/api/requirements/{requirementId}/submit', { params: { path: { requirementId: draft.id } } }));
      navigate(`/orders/${order.number}`);
    } catch (err) {
      const fields = err instanceof ApiError ? errorsByInput(err.fields) : {};
      setErrors(fields);
      setProblem(err);
      const first = Object.keys(fields)[0];
      if (first) document.getElementById(first)?.focus();
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="page narrow">
      <p className="crumbs"><Link to="/orders">Orders</Link> / New order</p>
      <h1>New order</h1>
      <p className="hint">What you want printed. Fields marked * are needed to submit; AM centres quote within minutes.</p>
      <form onSubmit={submit} noValidate aria-label="New order">
        <section className="form-section">
          <h2>Part</h2>
          <Field id="req-title" label="Title" required error={errors['req-title']}><input {...text('title')} maxLength={200} /></Field>
          <ModelUpload error={errors['req-model'] ?? errors['req-modelId']} onUploaded={(id, printers) => { set('modelId', id); setFits(printers ?? []); }} />
          {form.modelId && <ModelViewer key={form.modelId} modelId={form.modelId} label="Your part as uploaded" orientations={printerOrientations({ printers: fits })} />}
          <div className="row">
            <Field id="req-units" label="Units of the model" error={errors['req-units']}>
              <select {...text('units')}><option value="mm">millimetres</option><option value="inch">inches</option></select>
            </Field>
            <Field id="req-material" label="Material" hint="Empty: any suitable material." error={errors['req-material']}>
              <input {...text('material')} list="req-materials" /></Field>
            <datalist id="req-materials">{materials.map((m) => <option key={m} value={m} />)}</datalist>
            <Field id="req-quantity" label="Quantity" required error={errors['req-quantity']}>
              <input {...text('quantity')} type="number" min={1} max={1_000_000} step={1} /></Field>
          </div>
        </section>
        <section className="form-section">
          <h2>Quality</h2>
          <div className="row">
            <Field id="req-generalTolerance" label="General tolerance (ISO 2768-1)" error={errors['req-generalTolerance']}>
              <select {...text('generalTolerance')}>
                <option value="f">f — fine</option><option value="m">m — medium</option><option value="c">c — coarse</option><option value="v">v — very coarse</option>
              </select>
            </Field>
            <Field id="req-certificateLevel" label="Certificate" error={errors['req-certificateLevel']}>
              <select {...text('certificateLevel')}>
                <option value="None">None</option><option value="CertificateOfConformance">Certificate of conformance</option>
                <option value="InspectionReport">Inspection report</option>
              </select>
            </Field>
          </div>
          <DimensionsTable rows={form.criticalDimensions} units={form.units} errors={errors} onChange={(rows) => set('criticalDimensions', rows)} />
        </section>
        <section className="form-section">
          <h2>Delivery</h2>
          <div className="short">
            <Field id="req-dueDate" label="Due date" required error={errors['req-dueDate']}><input {...text('dueDate')} type="date" /></Field>
          </div>
          <Field id="req-street" label="Street and number" required error={errors['req-street']}><input {...text('street')} autoComplete="street-address" /></Field>
          <div className="row">
            <Field id="req-postalCode" label="Postal code" required error={errors['req-postalCode']}><input {...text('postalCode')} autoComplete="postal-code" /></Field>
            <Field id="req-city" label="City" required error={errors['req-city']}><input {...text('city')} autoComplete="address-level2" /></Field>
            <Field id="req-region" label="Region" error={errors['req-region']}><input {...text('region')} autoComplete="address-level1" /></Field>
            <Field id="req-country" label="Country (ISO code, e.g. DE)" required error={errors['req-country']}>
              <input {...text('country')} maxLength={2} autoComplete="country" /></Field>
          </div>
          <Field id="req-notes" label="Notes" error={errors['req-notes']}><textarea {...text('notes')} rows={3} /></Field>
        </section>
        {problem !== null && <ProblemBox error={problem} />}
        <div className="form-actions">
          <button type="submit" className="primary" disabled={busy}>{busy ? 'Submitting…' : 'Submit order'}</button>
          <Link to="/orders">Cancel</Link>
        </div>
      </form>
    </div>
  );
}
