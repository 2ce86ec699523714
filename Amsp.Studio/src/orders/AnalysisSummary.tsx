// What the mesh check found, in a few facts: size, volume, whether the mesh is closed, and its warnings.
import { number } from '../shell/format';

interface Mesh {
  triangles?: number;
  watertight?: boolean;
  holes?: number;
  volumeMm3?: number | null;
  volumeIfClosedMm3?: number | null;
  sizeMm?: number[];
  warnings?: string[];
}

export function AnalysisSummary({ analysis }: { analysis: unknown }) {
  const mesh = (analysis as { mesh?: Mesh } | null)?.mesh;
  if (!mesh) return <p className="hint">The model has not been analysed yet.</p>;
  const volume = mesh.volumeMm3 ?? mesh.volumeIfClosedMm3;
  return (
    <>
      <dl className="facts-grid">
        <dt>Size</dt><dd>{mesh.sizeMm?.length === 3 ? `${mesh.sizeMm.map((v) => number(v, 1)).join(' × ')} mm` : '—'}</dd>
        <dt>Volume</dt><dd>{volume != null ? `${number(volume / 1000, 2)} cm³` : '—'}</dd>
        <dt>Triangles</dt><dd>{number(mesh.triangles, 0)}</dd>
        <dt>Mesh</dt><dd>{mesh.watertight ? 'Closed (watertight)' : `Open: ${mesh.holes ?? 0} holes`}</dd>
      </dl>
      {mesh.warnings && mesh.warnings.length > 0 && (
        <ul className="warnings">{mesh.warnings.map((w) => <li key={w}>{w}</li>)}</ul>
      )}
    </>
  );
}
