// The part's material: flat faces lit from the camera, normals taken from screen-space derivatives (so the mesh needs
// no normal attribute: a million triangles go to the GPU as positions and indices only), and, when asked, the
// overhang heat map for a build direction. Faces seen from behind (inside a hole, at the section cut, or turned
// inside out) are drawn dark so that the inside of the part is never mistaken for its outside.
import { DoubleSide, ShaderMaterial, Vector3, type Plane } from 'three';

const vertexShader = /* glsl */ `
#include <clipping_planes_pars_vertex>
varying vec3 vWorld;
varying vec3 vView;
void main() {
  vec4 world = modelMatrix * vec4(position, 1.0);
  vWorld = world.xyz;
  vec4 mvPosition = viewMatrix * world;
  vView = mvPosition.xyz;
  gl_Position = projectionMatrix * mvPosition;
  #include <clipping_planes_vertex>
}`;

const fragmentShader = /* glsl */ `
#include <clipping_planes_pars_fragment>
uniform vec3 baseColor;
uniform vec3 up;
uniform float overhangCos;
uniform float plate;
uniform bool heatMap;
varying vec3 vWorld;
varying vec3 vView;
void main() {
  #include <clipping_planes_fragment>
  vec3 viewNormal = normalize(cross(dFdx(vView), dFdy(vView)));
  float light = 0.35 + 0.65 * abs(dot(viewNormal, normalize(-vView)));
  if (!gl_FrontFacing) {
    gl_FragColor = vec4(vec3(0.28, 0.22, 0.30) * light, 1.0);
    return;
  }
  vec3 color = baseColor;
  if (heatMap) {
    // Outward normal: the derivative normal faces the camera, and this face is seen from the front.
    vec3 outward = normalize(cross(dFdx(vWorld), dFdy(vWorld)));
    float down = -dot(outward, up);
    bool onPlate = dot(vWorld, up) <= plate;
    if (down >= overhangCos && !onPlate) {
      float t = clamp((down - overhangCos) / max(1.0 - overhangCos, 1e-3), 0.0, 1.0);
      color = mix(vec3(0.98, 0.80, 0.18), vec3(0.85, 0.12, 0.10), t);
    } else {
      color = vec3(0.62, 0.78, 0.66);
    }
  }
  gl_FragColor = vec4(color * light, 1.0);
}`;

export function partMaterial(color: number[]): ShaderMaterial {
  return new ShaderMaterial({
    vertexShader,
    fragmentShader,
    side: DoubleSide,
    clipping: true,
    uniforms: {
      baseColor: { value: new Vector3(...color) },
      up: { value: new Vector3(0, 0, 1) },
      overhangCos: { value: Math.cos(Math.PI / 4) },
      plate: { value: 0 },
      heatMap: { value: false },
    },
  });
}

/** Shows or hides the overhang map for a build direction; plate is the part's lowest height along it. */
export function setOverhang(material: ShaderMaterial, on: boolean, up: [number, number, number], plate: number, angleDegrees = 45) {
  material.uniforms.heatMap.value = on;
  material.uniforms.up.value.set(...up);
  material.uniforms.plate.value = plate;
  material.uniforms.overhangCos.value = Math.cos((angleDegrees * Math.PI) / 180);
}

export function setClipping(material: ShaderMaterial, planes: Plane[]) {
  material.clippingPlanes = planes;
  material.needsUpdate = true;
}
