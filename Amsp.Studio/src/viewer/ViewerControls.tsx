// What the viewer shows: the defect layers with their counts (the colour key), the overhang map for a build
// direction, and the section plane. Plain form controls, so the keyboard and screen readers work as everywhere.
import type { DefectData } from './meshFormat';
import type { Layer } from './PartScene';

export interface Orientation { axes: string; label: string }
export interface ViewState {
  layers: Record<Layer, boolean>;
  overhang: boolean;
  up: string;
  sectionAxis: 0 | 1 | 2 | null;
  section: number;
}

const builtIn: Orientation[] = [
  { axes: 'XYZ', label: 'Z up, as modelled' }, { axes: 'XZY', label: 'Y up' }, { axes: 'YZX', label: 'X up' },
];

interface Props {
  id: string;
  view: ViewState;
  onChange: (v: ViewState) => void;
  defects: DefectData | null;
  defectsFailed: boolean;
  defectsPending: boolean;
  thinSpots: number;
  orientations: Orientation[];
  onReset: () => void;
}

export function ViewerControls({ id, view, onChange, defects, defectsFailed, defectsPending, thinSpots, orientations, onReset }: Props) {
  const set = (patch: Partial<ViewState>) => onChange({ ...view, ...patch });
  const layer = (key: Layer, label: string, count: number | null, swatch: string) => (
    <label key={key} className="layer">
      <input type="checkbox" checked={view.layers[key]} disabled={count === 0}
        onChange={(e) => set({ layers: { ...view.layers, [key]: e.target.checked } })} />
      <span className={`swatch ${swatch}`} aria-hidden />
      {label}{count !== null && <span className="count"> ({count})</span>}
    </label>
  );
  const choices = [...orientations, ...builtIn.filter((b) => !orientations.some((o) => o.label === b.label))];
  return (
    <div className="viewer-controls">
      <fieldset>
        <legend>Show</legend>
        {defects && layer('boundary', 'Open edges', defects.boundaryEdges.length / 2, 'open')}
        {defects && layer('nonManifold', 'Non-manifold edges', defects.nonManifoldEdges.length / 2, 'nonmanifold')}
        {defects && layer('flipped', 'Flipped faces', defects.flippedFaces.length, 'flipped')}
        {layer('thin', 'Thin walls', thinSpots, 'thin')}
        {layer('box', 'Bounding box', null, 'box')}
        {defectsPending && <p className="hint" role="status">Locating the defects…</p>}
        {defectsFailed && <p className="hint">The defect locations could not be loaded.</p>}
      </fieldset>
      <fieldset>
        <legend>Overhangs</legend>
        <label className="layer">
          <input type="checkbox" checked={view.overhang} onChange={(e) => set({ overhang: e.target.checked })} />
          <span className="swatch heat" aria-hidden />Overhang map (over 45°)
        </label>
        <label htmlFor={`${id}-up`}>Build direction</label>
        <select id={`${id}-up`} value={view.up} onChange={(e) => set({ up: e.target.value, overhang: true })}>
          {choices.map((o) => <option key={`${o.axes}-${o.label}`} value={o.axes}>{o.label}</option>)}
        </select>
      </fieldset>
      <fieldset>
        <legend>Section</legend>
        <label htmlFor={`${id}-axis`}>Cut across</label>
        <select id={`${id}-axis`} value={view.sectionAxis ?? ''}
          onChange={(e) => set({ sectionAxis: e.target.value === '' ? null : (Number(e.target.value) as 0 | 1 | 2) })}>
          <option value="">No cut</option><option value="0">X</option><option value="1">Y</option><option value="2">Z</option>
        </select>
        <label htmlFor={`${id}-at`}>Position ({view.section} %)</label>
        <input id={`${id}-at`} type="range" min={0} max={100} value={view.section} disabled={view.sectionAxis === null}
          onChange={(e) => set({ section: Number(e.target.value) })} />
      </fieldset>
      <button type="button" onClick={onReset}>Reset view</button>
    </div>
  );
}
