// The centre's materials: what it prints in, at what price and with which limits.
import { useQuery } from '@tanstack/react-query';
import { ProblemBox } from '../shell/ProblemBox';
import { money, number } from '../shell/format';
import { useState } from 'react';
import { centre, useCentre, useCentreCurrency, type Material } from './api';
import { MaterialDialog } from './MaterialDialog';
import { NoCentre } from './NoCentre';

export function MaterialsPage() {
  const mine = useCentre();
  const id = mine?.organizationId ?? '';
  const materials = useQuery({ queryKey: ['centre', id, 'materials'], queryFn: () => centre.materials(id), enabled: !!id });
  const currency = useCentreCurrency(id);
  const [editing, setEditing] = useState<Material | 'new' | null>(null);
  if (!mine) return <NoCentre />;
  return (
    <div className="page">
      <div className="page-head">
        <h1>Materials</h1>
        <button type="button" className="primary" onClick={() => setEditing('new')}>Add a material</button>
      </div>
      <p className="hint">The materials {mine.organizationName} prints in; quotes price them by their basis.</p>
      {materials.isError && <ProblemBox error={materials.error} onRetry={() => materials.refetch()} />}
      {materials.isPending && <p role="status">Loading materials…</p>}
      {materials.data && (
        <table className="data" aria-label="Materials">
          <thead>
            <tr><th>Material</th><th>Process</th><th className="num">Price</th><th className="num">Density</th><th className="num">Thinnest wall</th><th>Layer heights</th><th>Colours</th><th><span className="sr-only">Actions</span></th></tr>
          </thead>
          <tbody>
            {materials.data.map((m) => (
              <tr key={m.id}>
                <th scope="row">{m.name}{!m.active && <span className="hint"> (inactive)</span>}</th>
                <td>{m.process}</td>
                <td className="num">{currency ? money(m.unitPrice, currency) : number(m.unitPrice, 2)} per {m.pricingBasis === 'PerKg' ? 'kg' : 'cm³'}</td>
                <td className="num">{number(m.density, 2)} g/cm³</td>
                <td className="num">{number(m.minWallThickness, 2)} mm</td>
                <td>{m.layerHeights.map((h) => `${number(h, 2)} mm`).join(', ')}</td>
                <td>{m.colours.join(', ')}</td>
                <td><button type="button" onClick={() => setEditing(m)}>Change<span className="sr-only"> {m.name}</span></button></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editing && <MaterialDialog centreId={id} material={editing === 'new' ? undefined : editing} currency={currency} onClose={() => setEditing(null)} />}
    </div>
  );
}
