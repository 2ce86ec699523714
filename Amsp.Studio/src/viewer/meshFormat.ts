// The API's binary mesh formats (GET /api/models/{id}/mesh and /defects), read without copying: the typed arrays are
// views on the response's buffer and go to the GPU as they are. Little-endian, a 16-byte header, 4-byte aligned.

export interface MeshData {
  positions: Float32Array;
  indices: Uint32Array;
  vertexCount: number;
  triangleCount: number;
}

export interface DefectData {
  /** Two vertex indices per open edge (used by one face). */
  boundaryEdges: Uint32Array;
  /** Two vertex indices per edge used by more than two faces. */
  nonManifoldEdges: Uint32Array;
  /** Faces turned against the rest of their shell. */
  flippedFaces: Uint32Array;
}

const little = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

function header(buffer: ArrayBuffer, magic: string, what: string): [number, number, number] {
  if (buffer.byteLength < 16) throw new Error(`The ${what} is too short (${buffer.byteLength} bytes).`);
  const view = new DataView(buffer);
  const found = String.fromCharCode(...new Uint8Array(buffer, 0, 4));
  if (found !== magic) throw new Error(`The ${what} does not start with ${magic}.`);
  if (!little) throw new Error('This browser stores numbers big-endian; the 3D view needs a little-endian machine.');
  return [view.getUint32(4, true), view.getUint32(8, true), view.getUint32(12, true)];
}

function expectLength(buffer: ArrayBuffer, words: number, what: string) {
  const expected = 16 + 4 * words;
  if (buffer.byteLength !== expected) throw new Error(`The ${what} has ${buffer.byteLength} bytes where its header announces ${expected}.`);
}

/** "AMSH", version 1, vertex count V, triangle count T; float32[3V] positions; uint32[3T] indices. */
export function parseMesh(buffer: ArrayBuffer): MeshData {
  const [version, vertexCount, triangleCount] = header(buffer, 'AMSH', 'mesh');
  if (version !== 1) throw new Error(`The mesh is in version ${version} of the format; this page reads version 1.`);
  expectLength(buffer, 3 * vertexCount + 3 * triangleCount, 'mesh');
  const positions = new Float32Array(buffer, 16, 3 * vertexCount);
  const indices = new Uint32Array(buffer, 16 + 12 * vertexCount, 3 * triangleCount);
  return { positions, indices, vertexCount, triangleCount };
}

/** "AMDF", counts B, N, F; uint32[2B] open edges, uint32[2N] non-manifold edges, uint32[F] flipped faces. */
export function parseDefects(buffer: ArrayBuffer): DefectData {
  const [b, n, f] = header(buffer, 'AMDF', 'defect list');
  expectLength(buffer, 2 * b + 2 * n + f, 'defect list');
  return {
    boundaryEdges: new Uint32Array(buffer, 16, 2 * b),
    nonManifoldEdges: new Uint32Array(buffer, 16 + 8 * b, 2 * n),
    flippedFaces: new Uint32Array(buffer, 16 + 8 * b + 8 * n, f),
  };
}

/** The three vertex indices of each listed face, as an index buffer over the part's positions. */
export function facesIndex(indices: Uint32Array, faces: Uint32Array): Uint32Array {
  const out = new Uint32Array(faces.length * 3);
  for (let i = 0; i < faces.length; i++) {
    const f = faces[i] * 3;
    out[i * 3] = indices[f];
    out[i * 3 + 1] = indices[f + 1];
    out[i * 3 + 2] = indices[f + 2];
  }
  return out;
}

/** Lower and upper corner of the vertices' box ([0,0,0] twice for an empty mesh). */
export function bounds(positions: Float32Array): { min: [number, number, number]; max: [number, number, number] } {
  if (positions.length < 3) return { min: [0, 0, 0], max: [0, 0, 0] };
  const min: [number, number, number] = [positions[0], positions[1], positions[2]];
  const max: [number, number, number] = [...min];
  for (let i = 3; i < positions.length; i += 3) {
    for (let a = 0; a < 3; a++) {
      const v = positions[i + a];
      if (v < min[a]) min[a] = v;
      else if (v > max[a]) max[a] = v;
    }
  }
  return { min, max };
}

/** The build direction of an orientation the API names by its axes ("XZY": the part's Y points up), as a unit vector. */
export function upOf(axes: string | null | undefined): [number, number, number] {
  switch (axes?.[2]) {
    case 'X': return [1, 0, 0];
    case 'Y': return [0, 1, 0];
    default: return [0, 0, 1];
  }
}
