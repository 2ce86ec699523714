// The viewer's downloads: the mesh and its defects as bytes (never JSON), with the moments a benchmark reads.
import { ApiError, problemError } from '../api/client';
import { parseDefects, parseMesh, type DefectData, type MeshData } from './meshFormat';

async function bytes(url: string): Promise<ArrayBuffer> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/octet-stream, application/problem+json' } });
  } catch (e) {
    throw new ApiError(0, 'The server cannot be reached', e instanceof Error ? e.message : String(e));
  }
  if (!response.ok) throw problemError(response.status, await response.json().catch(() => null));
  return response.arrayBuffer();
}

/** The part's mesh; marks `amsp-mesh-bytes:<id>` when its last byte has arrived. */
export async function loadMesh(modelId: string): Promise<MeshData> {
  const buffer = await bytes(`/api/models/${encodeURIComponent(modelId)}/mesh`);
  performance.mark(`amsp-mesh-bytes:${modelId}`);
  return parseMesh(buffer);
}

export async function loadDefects(modelId: string): Promise<DefectData> {
  return parseDefects(await bytes(`/api/models/${encodeURIComponent(modelId)}/defects`));
}

/** Marks the first drawn frame of a part and measures `amsp-mesh-shown:<id>` from its bytes' arrival. */
export function markFirstFrame(modelId: string) {
  performance.mark(`amsp-mesh-frame:${modelId}`);
  try {
    performance.measure(`amsp-mesh-shown:${modelId}`, `amsp-mesh-bytes:${modelId}`, `amsp-mesh-frame:${modelId}`);
  } catch {
    // The bytes came from the cache of an earlier view: nothing to measure.
  }
}

/** What the order's analysis says about thin walls and orientations (the API's analysis JSON, read loosely). */
export interface PartAnalysis {
  scale?: number;
  thinWalls?: { minThickness: number; spots: { centroid: number[]; areaMm2: number }[] }[];
  printers?: { printerName: string; amCentreName: string; orientation?: { axes: string } | null }[];
}
