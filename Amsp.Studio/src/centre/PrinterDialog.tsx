// What the centre's staff change on a printer day to day: the material and colour loaded, and its own hourly rate.
// The API checks them (a colour the material does not come in, a negative rate); its messages appear under the inputs.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { described, Field } from '../orders/Field';
import { Dialog } from '../shell/Dialog';
import { useToasts } from '../shell/toasts';
import { centre, type Material, type Printer } from './api';
import { printerFormOf, printerInputOf, type PrinterForm } from './catalogForm';
import { SaveActions, useFieldErrors } from './useFieldErrors';

const labels: Record<string, string> = {
  'printer-loadedMaterialId': 'Loaded material', 'printer-loadedColour': 'Colour', 'printer-hourlyRate': 'Own hourly rate',
};

export function PrinterDialog({ printer, materials, currency, onClose }: { printer: Printer; materials: Material[]; currency?: string; onClose: () => void }) {
  const queries = useQueryClient();
  const toasts = useToasts();
  const [form, setForm] = useState<PrinterForm>(() => printerFormOf(printer));
  const { errors, clear, show } = useFieldErrors('printer', labels);
  const save = useMutation({
    mutationFn: () => centre.savePrinter(printer.id, printerInputOf(form, printer)),
    onSuccess: async (saved) => {
      clear();
      await queries.invalidateQueries({ queryKey: ['centre', saved.organizationId, 'printers'] });
      toasts.show('success', `Saved ${saved.name}`);
      onClose();
    },
    onError: show,
  });
  const input = (key: keyof PrinterForm) => ({
    ...described(`printer-${key}`, errors[`printer-${key}`]),
    value: form[key], onChange: (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value })),
  });
  const loaded = materials.find((m) => m.id === form.loadedMaterialId);
  const submit = (e: FormEvent) => { e.preventDefault(); save.mutate(); };
  return (
    <Dialog title={`Change ${printer.name}`} onClose={onClose}>
      <form onSubmit={submit} noValidate aria-label="Printer">
        <Field id="printer-loadedMaterialId" label="Loaded material" error={errors['printer-loadedMaterialId']}>
          <select {...input('loadedMaterialId')}>
            <option value="">None</option>
            {materials.filter((m) => m.process === printer.process).map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
          </select>
        </Field>
        <Field id="printer-loadedColour" label="Colour" error={errors['printer-loadedColour']} hint={loaded ? `${loaded.name} comes in ${loaded.colours.join(', ')}.` : undefined}>
          <input {...input('loadedColour')} list="printer-colours" disabled={!form.loadedMaterialId} maxLength={64} />
        </Field>
        <datalist id="printer-colours">{loaded?.colours.map((c) => <option key={c} value={c} />)}</datalist>
        <Field id="printer-hourlyRate" label={`Own hourly rate${currency ? ` (${currency} per hour)` : ''}`} error={errors['printer-hourlyRate']}
          hint="Empty: the price list's machine hourly rate.">
          <input {...input('hourlyRate')} type="number" step="0.01" />
        </Field>
        <SaveActions save={save} label="Save printer" onCancel={onClose} />
      </form>
    </Dialog>
  );
}
