// The centre's price lists: the rates every quote is computed from, or the JavaScript formula that replaces them.
// Saving one changes the next quote; quotes already offered keep their prices.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { ApiError } from '../api/client';
import { described, Field } from '../orders/Field';
import { ProblemBox } from '../shell/ProblemBox';
import { dateTime } from '../shell/format';
import { useToasts } from '../shell/toasts';
import { centre, useCentre, type PriceList } from './api';
import { NoCentre } from './NoCentre';
import { formOf, inputOf, type PriceForm } from './priceForm';
import { useFieldErrors } from './useFieldErrors';
import { TryFormula } from './TryFormula';

export function PricesPage() {
  const mine = useCentre();
  const id = mine?.organizationId ?? '';
  const lists = useQuery({ queryKey: ['centre', id, 'price-lists'], queryFn: () => centre.priceLists(id), enabled: !!id });
  const [chosen, setChosen] = useState<string | null>(null);
  if (!mine) return <NoCentre />;
  const list = lists.data?.find((l) => l.id === chosen) ?? lists.data?.find((l) => l.active) ?? lists.data?.[0];
  return (
    <div className="page narrow">
      <h1>Prices</h1>
      <p className="hint">
        What {mine.organizationName}'s quotes cost. A change applies to the next quote; quotes already offered keep their prices.
        A printer with an hourly rate of its own (see the AM centre page) uses it instead of the list's.
      </p>
      {lists.isError && <ProblemBox error={lists.error} onRetry={() => lists.refetch()} />}
      {lists.isPending && <p role="status">Loading price lists…</p>}
      {lists.data && lists.data.length === 0 && <div className="empty"><p>The centre has no price list yet.</p></div>}
      {lists.data && lists.data.length > 1 && (
        <label className="inline-field">Price list
          <select value={list?.id} onChange={(e) => setChosen(e.target.value)}>
            {lists.data.map((l) => <option key={l.id} value={l.id}>{l.name}{l.active ? ' (active)' : ''}</option>)}
          </select>
        </label>
      )}
      {list && <PriceListForm key={list.id + list.updatedAt} list={list} centreId={id} />}
    </div>
  );
}

const labels: Record<string, string> = {
  'price-name': 'Name', 'price-currency': 'Currency', 'price-setupFee': 'Setup fee', 'price-machineHourlyRate': 'Machine hourly rate',
  'price-marginPercent': 'Margin', 'price-quoteValidityDays': 'Validity', 'price-pricingScript': 'The pricing formula',
};

function PriceListForm({ list, centreId }: { list: PriceList; centreId: string }) {
  const queries = useQueryClient();
  const toasts = useToasts();
  const [form, setForm] = useState<PriceForm>(() => formOf(list));
  const { errors, clear, show } = useFieldErrors('price', labels);
  useEffect(() => setForm(formOf(list)), [list]);
  const save = useMutation({
    mutationFn: () => centre.savePriceList(list.id, inputOf(form, list)),
    onSuccess: (saved) => {
      clear();
      queries.setQueryData(['centre', centreId, 'price-lists'], (old: PriceList[] | undefined) => old?.map((l) => (l.id === saved.id ? saved : l)));
      toasts.show('success', `Saved ${saved.name}: the next quote uses it`);
    },
    onError: show,
  });
  const input = (key: keyof PriceForm & string, extra: object = {}) => ({
    ...described(`price-${key}`, errors[`price-${key}`]), ...extra,
    value: form[key] as string, onChange: (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value })),
  });
  const submit = (e: FormEvent) => { e.preventDefault(); save.mutate(); };
  return (
    <>
      <form onSubmit={submit} noValidate aria-label={`Price list ${list.name}`}>
        <section className="form-section">
          <h2>{list.name}</h2>
          <p className="hint">Last changed {dateTime(list.updatedAt)}.</p>
          <div className="row">
            <Field id="price-name" label="Name" required error={errors['price-name']}><input {...input('name')} maxLength={200} /></Field>
            <Field id="price-currency" label="Currency (ISO code)" required error={errors['price-currency']}><input {...input('currency')} maxLength={3} /></Field>
          </div>
          <div className="row">
            <Field id="price-setupFee" label={`Setup fee per order (${form.currency})`} required error={errors['price-setupFee']}>
              <input {...input('setupFee', { type: 'number', min: 0, step: '0.01' })} /></Field>
            <Field id="price-machineHourlyRate" label={`Machine hourly rate (${form.currency}/h)`} required error={errors['price-machineHourlyRate']}>
              <input {...input('machineHourlyRate', { type: 'number', min: 0, step: '0.01' })} /></Field>
            <Field id="price-marginPercent" label="Margin (%)" required error={errors['price-marginPercent']}>
              <input {...input('marginPercent', { type: 'number', min: 0, max: 1000, step: '0.1' })} /></Field>
            <Field id="price-quoteValidityDays" label="Quotes valid for (days)" required error={errors['price-quoteValidityDays']}>
              <input {...input('quoteValidityDays', { type: 'number', min: 1, max: 365, step: 1 })} /></Field>
          </div>
          <label className="checkbox">
            <input type="checkbox" checked={form.active} onChange={(e) => setForm((f) => ({ ...f, active: e.target.checked }))} /> Active: quotes use this list
          </label>
        </section>
        <section className="form-section">
          <h2>Pricing formula</h2>
          <Field id="price-pricingScript" label="JavaScript formula (empty: the rates above)" error={errors['price-pricingScript']}
            hint="Receives input.part (volume cm³, area cm², supportVolume, machineHours, bbox mm), input.quantity, input.material and input.priceList; returns an array of { description, amount } lines.">
            <textarea {...input('pricingScript')} rows={8} spellCheck={false} className="code" />
          </Field>
        </section>
        {save.isError && !(save.error instanceof ApiError && Object.keys(save.error.fields).length) && <ProblemBox error={save.error} />}
        <div className="form-actions">
          <button type="submit" className="primary" disabled={save.isPending}>{save.isPending ? 'Saving…' : 'Save prices'}</button>
        </div>
      </form>
      <TryFormula priceListId={list.id} script={form.pricingScript} />
    </>
  );
}
