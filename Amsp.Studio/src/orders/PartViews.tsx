// The order's part in 3D: as uploaded, with the defects the analysis found, and the repaired version beside it
// when the platform mended the mesh; thin walls and the printers' orientations come from the order's analysis.
import { useQuery } from '@tanstack/react-query';
import { api, call } from '../api/client';
import type { PartAnalysis } from '../viewer/api';
import { ModelViewer } from '../viewer/ModelViewer';
import type { ThinSpot } from '../viewer/PartScene';
import type { Orientation } from '../viewer/ViewerControls';
import type { Order } from './api';

/** The thin spots of the strictest wall limit the analysis checked, in the model's own units. */
export function thinSpots(analysis: PartAnalysis | null | undefined): ThinSpot[] {
  const walls = [...(analysis?.thinWalls ?? [])].sort((a, b) => b.minThickness - a.minThickness)[0];
  const scale = analysis?.scale || 1;
  return (walls?.spots ?? []).map((s) => ({ centroid: s.centroid.map((c) => c / scale), areaMm2: s.areaMm2 / (scale * scale) }));
}

/** One choice per distinct orientation the printers would print the part in, named after the printers. */
export function printerOrientations(analysis: PartAnalysis | null | undefined): Orientation[] {
  const byAxes = new Map<string, string[]>();
  for (const p of analysis?.printers ?? []) {
    if (!p.orientation) continue;
    byAxes.set(p.orientation.axes, [...(byAxes.get(p.orientation.axes) ?? []), p.printerName]);
  }
  return [...byAxes].map(([axes, names]) => ({ axes, label: `As printed on ${names.join(', ')}` }));
}

export function PartViews({ order }: { order: Order }) {
  const repaired = order.repairedModelId;
  // A repaired order points at the repaired model; what the customer uploaded is its parent.
  const parent = useQuery({
    queryKey: ['model', repaired],
    queryFn: () => call(api.GET('/api/models/{modelId}', { params: { path: { modelId: repaired! } } })),
    enabled: !!repaired,
  });
  if (!order.modelId) return <p className="hint">The order has no model.</p>;
  const analysis = order.analysis as PartAnalysis | null;
  const original = repaired ? parent.data?.model.parentId : order.modelId;
  const spots = thinSpots(analysis);
  const orientations = printerOrientations(analysis);
  return (
    <div className="part-views">
      {original && <ModelViewer modelId={original} label="Part as uploaded" orientations={orientations} thinSpots={repaired ? [] : spots} />}
      {repaired && (
        <div>
          <ModelViewer modelId={repaired} label="Repaired part" orientations={orientations} thinSpots={spots} color={[0.72, 0.84, 0.76]} />
          <p><a href={`/api/models/${encodeURIComponent(repaired)}/file`} download>Download the repaired file</a></p>
        </div>
      )}
    </div>
  );
}
