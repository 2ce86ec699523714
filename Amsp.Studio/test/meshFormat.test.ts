import { describe, expect, it } from 'vitest';
import { bounds, facesIndex, parseDefects, parseMesh, upOf } from '../src/viewer/meshFormat';

function binary(magic: string, counts: [number, number, number], floats: number[], ints: number[]): ArrayBuffer {
  const buffer = new ArrayBuffer(16 + 4 * (floats.length + ints.length));
  const view = new DataView(buffer);
  [...magic].forEach((c, i) => view.setUint8(i, c.charCodeAt(0)));
  counts.forEach((c, i) => view.setUint32(4 + 4 * i, c, true));
  floats.forEach((f, i) => view.setFloat32(16 + 4 * i, f, true));
  ints.forEach((n, i) => view.setUint32(16 + 4 * (floats.length + i), n, true));
  return buffer;
}

const triangle = () => binary('AMSH', [1, 3, 1], [0, 0, 0, 2, 0, 0, 0, 3, -1], [0, 1, 2]);

describe('mesh format', () => {
  it('reads positions and indices as views on the buffer', () => {
    const buffer = triangle();
    const mesh = parseMesh(buffer);
    expect(mesh.vertexCount).toBe(3);
    expect(mesh.triangleCount).toBe(1);
    expect([...mesh.positions]).toEqual([0, 0, 0, 2, 0, 0, 0, 3, -1]);
    expect([...mesh.indices]).toEqual([0, 1, 2]);
    expect(mesh.positions.buffer).toBe(buffer);
  });

  it('refuses a wrong magic, version or length with a sentence', () => {
    expect(() => parseMesh(new ArrayBuffer(8))).toThrow('The mesh is too short (8 bytes).');
    expect(() => parseMesh(binary('AMDF', [1, 0, 0], [], []))).toThrow('does not start with AMSH');
    expect(() => parseMesh(binary('AMSH', [2, 0, 0], [], []))).toThrow('version 2');
    expect(() => parseMesh(binary('AMSH', [1, 3, 2], [0, 0, 0, 1, 1, 1, 2, 2, 2], [0, 1, 2]))).toThrow('announces 76');
  });

  it('reads the defect lists in order', () => {
    const d = parseDefects(binary('AMDF', [2, 1, 3], [], [0, 1, 1, 2, 4, 5, 7, 8, 9]));
    expect([...d.boundaryEdges]).toEqual([0, 1, 1, 2]);
    expect([...d.nonManifoldEdges]).toEqual([4, 5]);
    expect([...d.flippedFaces]).toEqual([7, 8, 9]);
    expect(() => parseDefects(binary('AMDF', [2, 1, 4], [], [0, 1, 1, 2, 4, 5, 7, 8, 9]))).toThrow('defect list');
  });

  it('turns face numbers into an index buffer over the same vertices', () => {
    expect([...facesIndex(new Uint32Array([0, 1, 2, 2, 1, 3, 3, 4, 5]), new Uint32Array([2, 0]))]).toEqual([3, 4, 5, 0, 1, 2]);
  });

  it('measures the box and names the build direction', () => {
    expect(bounds(parseMesh(triangle()).positions)).toEqual({ min: [0, 0, -1], max: [2, 3, 0] });
    expect(bounds(new Float32Array())).toEqual({ min: [0, 0, 0], max: [0, 0, 0] });
    expect(upOf('XYZ')).toEqual([0, 0, 1]);
    expect(upOf('ZXY')).toEqual([0, 1, 0]);
    expect(upOf('YZX')).toEqual([1, 0, 0]);
    expect(upOf(null)).toEqual([0, 0, 1]);
  });
});
