// The part in 3D: turn it (drag, or arrow keys), zoom (wheel, or + and −), cut it with a section plane, and see
// where the analysis found defects. The mesh arrives as bytes and goes to the GPU as it is.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { ProblemBox } from '../shell/ProblemBox';
import { number } from '../shell/format';
import { loadDefects, loadMesh, markFirstFrame } from './api';
import { bounds, upOf } from './meshFormat';
import { PartScene, type Axis, type Layer, type ThinSpot } from './PartScene';
import { ViewerControls, type Orientation, type ViewState } from './ViewerControls';
import './viewer.css';

export interface ModelViewerProps {
  modelId: string;
  /** What the view shows, for its heading and the canvas' label ("Part as uploaded"). */
  label: string;
  withDefects?: boolean;
  thinSpots?: ThinSpot[];
  orientations?: Orientation[];
  color?: number[];
}

const keySteps: Record<string, [number, number]> = { ArrowLeft: [-0.2, 0], ArrowRight: [0.2, 0], ArrowUp: [0, 0.2], ArrowDown: [0, -0.2] };

export function ModelViewer({ modelId, label, withDefects = true, thinSpots = [], orientations = [], color = [0.78, 0.8, 0.84] }: ModelViewerProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const scene = useRef<PartScene | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [view, setView] = useState<ViewState>({ layers: { boundary: true, nonManifold: true, flipped: true, thin: true, box: true },
    overhang: false, up: orientations[0]?.axes ?? 'XYZ', sectionAxis: null, section: 50 });
  const mesh = useQuery({ queryKey: ['mesh', modelId], queryFn: () => loadMesh(modelId), staleTime: Infinity, gcTime: 60_000 });
  const defects = useQuery({ queryKey: ['defects', modelId], queryFn: () => loadDefects(modelId), staleTime: Infinity, enabled: withDefects });
  const ready = !!mesh.data;

  // The scene is made as the view appears, so the GPU is ready while the bytes download; the part goes in when here.
  useEffect(() => {
    const el = canvas.current;
    if (!el) return;
    let made: PartScene;
    try {
      made = new PartScene(el, color);
    } catch (e) {
      setFailure(`The 3D view cannot start in this browser (${e instanceof Error ? e.message : String(e)}).`);
      return;
    }
    scene.current = made;
    const fit = () => made.resize(el.clientWidth, el.clientHeight);
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(el);
    return () => {
      observer.disconnect();
      made.dispose();
      scene.current = null;
    };
    // One scene per part: the colour of a view does not change.
  }, [modelId]);

  useEffect(() => {
    const made = scene.current;
    if (!made || !mesh.data) return;
    made.onFirstFrame = () => {
      // Reading one pixel waits until the GPU has drawn the frame: the measure ends when the part is on screen.
      const gl = made.renderer.getContext();
      gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
      markFirstFrame(modelId);
    };
    made.setMesh(mesh.data, thinSpots);
    performance.mark(`amsp-mesh-scene:${modelId}`);
    // The thin spots come with the order, before the mesh; a later change of them does not rebuild the part.
  }, [mesh.data, modelId]);

  useEffect(() => {
    if (defects.data) scene.current?.setDefects(defects.data);
  }, [defects.data, ready]);

  useEffect(() => {
    const s = scene.current;
    if (!s) return;
    for (const [layer, on] of Object.entries(view.layers)) s.show(layer as Layer, on);
    s.overhang(view.overhang, upOf(view.up));
    s.cut((view.sectionAxis ?? 0) as Axis, view.sectionAxis === null ? null : view.section / 100);
  }, [view, ready, mesh.data, defects.data]);

  function onKey(e: React.KeyboardEvent) {
    const s = scene.current;
    if (!s) return;
    const step = keySteps[e.key];
    if (step) s.orbit(step[0], step[1]);
    else if (e.key === '+' || e.key === '=') s.zoom(0.85);
    else if (e.key === '-' || e.key === '_') s.zoom(1 / 0.85);
    else if (e.key === 'Home' || e.key === '0') s.resetView();
    else return;
    e.preventDefault();
  }

  const box = mesh.data ? bounds(mesh.data.positions) : null;
  const size = box ? box.max.map((m, i) => m - box.min[i]) : null;
  return (
    <figure className="model-viewer" aria-label={label}>
      <figcaption>
        <strong>{label}</strong>
        {mesh.data && <span> · {number(mesh.data.triangleCount, 0)} triangles</span>}
        {size && <span data-testid="part-size"> · {size.map((v) => number(v, 1)).join(' × ')} mm (X × Y × Z)</span>}
      </figcaption>
      <div className="viewer-stage">
        {mesh.isPending && <p className="viewer-note" role="status">Loading the 3D model…</p>}
        {mesh.isError && <ProblemBox error={mesh.error} onRetry={() => mesh.refetch()} />}
        {failure && <p className="viewer-note problem" role="alert">{failure}</p>}
        {!failure && (
          <canvas ref={canvas} style={ready ? undefined : { visibility: 'hidden' }} tabIndex={0} role="img" onKeyDown={onKey} data-testid="viewer-canvas"
            aria-label={`${label} in 3D. Drag or use the arrow keys to turn it, the wheel or + and − to zoom, Home to reset.`} />
        )}
      </div>
      {ready && !failure && (
        <ViewerControls id={modelId} view={view} onChange={setView} defects={defects.data ?? null}
          defectsFailed={defects.isError} defectsPending={withDefects && defects.isPending} thinSpots={thinSpots.length} orientations={orientations} onReset={() => scene.current?.resetView()} />
      )}
    </figure>
  );
}
