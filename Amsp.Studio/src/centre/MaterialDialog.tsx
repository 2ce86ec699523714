// Adding or changing a material of the centre. The API checks every field; its messages appear under the inputs.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { described, Field } from '../orders/Field';
import { Dialog } from '../shell/Dialog';
import { useToasts } from '../shell/toasts';
import { centre, type Material } from './api';
import { materialFormOf, materialInputOf, newMaterial, type MaterialForm } from './catalogForm';
import { SaveActions, useFieldErrors } from './useFieldErrors';

const processes = ['MEX', 'VPP', 'PBF-P', 'PBF-LB/M', 'MJT', 'BJT', 'SHL', 'DED'];
const labels: Record<string, string> = {
  'material-name': 'Name', 'material-process': 'Process', 'material-density': 'Density', 'material-pricingBasis': 'Pricing basis',
  'material-unitPrice': 'Price', 'material-minWallThickness': 'Thinnest wall', 'material-layerHeights': 'Layer heights', 'material-colours': 'Colours',
};

export function MaterialDialog({ centreId, material, currency, onClose }: { centreId: string; material?: Material; currency?: string; onClose: () => void }) {
  const queries = useQueryClient();
  const toasts = useToasts();
  const [form, setForm] = useState<MaterialForm>(() => (material ? materialFormOf(material) : newMaterial));
  const { errors, clear, show } = useFieldErrors('material', labels);
  const save = useMutation({
    mutationFn: () => (material ? centre.saveMaterial(material.id, materialInputOf(form)) : centre.createMaterial(centreId, materialInputOf(form))),
    onSuccess: async (saved) => {
      clear();
      await queries.invalidateQueries({ queryKey: ['centre', centreId, 'materials'] });
      toasts.show('success', `Saved ${saved.name}`);
      onClose();
    },
    onError: show,
  });
  const input = (key: keyof MaterialForm & string, extra: object = {}) => ({
    ...described(`material-${key}`, errors[`material-${key}`]), ...extra,
    value: form[key] as string, onChange: (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value })),
  });
  const field = (key: keyof MaterialForm & string, label: string, control: ReactNode, hint?: string) => (
    <Field id={`material-${key}`} label={label} required error={errors[`material-${key}`]} hint={hint}>{control}</Field>
  );
  const submit = (e: FormEvent) => { e.preventDefault(); save.mutate(); };
  const unit = form.pricingBasis === 'PerKg' ? 'kg' : 'cm³';
  return (
    <Dialog title={material ? `Change ${material.name}` : 'Add a material'} onClose={onClose} wide>
      <form onSubmit={submit} noValidate aria-label="Material">
        <div className="row">
          {field('name', 'Name', <input {...input('name')} maxLength={200} />)}
          {field('process', 'Process', <select {...input('process')}>{processes.map((p) => <option key={p}>{p}</option>)}</select>)}
        </div>
        <div className="row">
          {field('pricingBasis', 'Priced per', <select {...input('pricingBasis')}><option value="PerKg">kg</option><option value="PerCm3">cm³</option></select>)}
          {field('unitPrice', `Price per ${unit}${currency ? ` (${currency})` : ''}`, <input {...input('unitPrice', { type: 'number', min: 0, step: '0.01' })} />)}
        </div>
        <div className="row">
          {field('density', 'Density (g/cm³)', <input {...input('density', { type: 'number', min: 0, step: '0.01' })} />)}
          {field('minWallThickness', 'Thinnest wall (mm)', <input {...input('minWallThickness', { type: 'number', min: 0, step: '0.1' })} />)}
        </div>
        <div className="row">
          {field('layerHeights', 'Layer heights (mm)', <input {...input('layerHeights')} />, 'Separated by commas, e.g. 0.1, 0.2')}
          {field('colours', 'Colours', <input {...input('colours')} />, 'Separated by commas, e.g. Black, White')}
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={form.active} onChange={(e) => setForm((f) => ({ ...f, active: e.target.checked }))} /> Active: offered to customers
        </label>
        <SaveActions save={save} label="Save material" onCancel={onClose} />
      </form>
    </Dialog>
  );
}
