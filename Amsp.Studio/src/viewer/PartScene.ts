// One part in a WebGL canvas: the mesh, its defects as overlays, its bounding box, a section plane and the camera
// the person turns. Drawn on demand (after a change or a camera move), never in a loop, so an idle page costs nothing.
import {
  Box3, Box3Helper, BufferAttribute, BufferGeometry, Color, Group, LineBasicMaterial, LineSegments, Mesh, MeshBasicMaterial,
  DoubleSide, PerspectiveCamera, Plane, Scene, Sphere, SphereGeometry, Vector3, WebGLRenderer, type ShaderMaterial,
} from 'three';
import { OrbitControls } from 'three/addons/controls/OrbitControls.js';
import { bounds, facesIndex, type DefectData, type MeshData } from './meshFormat';
import { partMaterial, setClipping, setOverhang } from './partMaterial';

export type Layer = 'boundary' | 'nonManifold' | 'flipped' | 'thin' | 'box';
export interface ThinSpot { centroid: number[]; areaMm2: number }
export type Axis = 0 | 1 | 2;

export class PartScene {
  readonly renderer: WebGLRenderer;
  private readonly scene = new Scene();
  private readonly camera = new PerspectiveCamera(40, 1, 0.1, 1000);
  private readonly controls: OrbitControls;
  private readonly material: ShaderMaterial;
  private readonly layers = new Map<Layer, Group>();
  private box = new Box3(new Vector3(-1, -1, -1), new Vector3(1, 1, 1));
  private readonly section = new Plane(new Vector3(0, 0, -1), 0);
  private frame = 0;
  private position: BufferAttribute | null = null;
  private mesh: MeshData | null = null;
  onFirstFrame?: () => void;

  constructor(canvas: HTMLCanvasElement, color: number[]) {
    this.renderer = new WebGLRenderer({ canvas, antialias: false, powerPreference: 'high-performance' });
    this.renderer.setPixelRatio(Math.min(window.devicePixelRatio, 2));
    this.renderer.localClippingEnabled = true;
    this.scene.background = new Color(0xf4f6f8);
    this.material = partMaterial(color);
    this.controls = new OrbitControls(this.camera, canvas);
    this.controls.addEventListener('change', () => this.draw());
    this.warmUp();
  }

  /**
   * Draws one triangle and one line with the part's and the overlays' materials, out of sight: the GPU programs are
   * compiled while the mesh downloads, so its arrival costs only the upload and the draw.
   */
  private warmUp() {
    const geometry = new BufferGeometry();
    geometry.setAttribute('position', new BufferAttribute(new Float32Array([0, 0, 0, 1, 0, 0, 0, 1, 0]), 3));
    geometry.setIndex([0, 1, 2]);
    const warm = new Scene();
    const line = new LineBasicMaterial({ depthTest: false });
    const flat = new MeshBasicMaterial({ side: DoubleSide });
    warm.add(new Mesh(geometry, this.material), new LineSegments(geometry, line), new Mesh(geometry, flat));
    this.renderer.render(warm, this.camera);
    geometry.dispose();
    line.dispose();
    flat.dispose();
  }

  /** The part itself: its vertices go to the GPU as they came (no normals: the material derives them). */
  setMesh(mesh: MeshData, thin: ThinSpot[]) {
    this.mesh = mesh;
    const geometry = new BufferGeometry();
    this.position = new BufferAttribute(mesh.positions, 3);
    geometry.setAttribute('position', this.position);
    geometry.setIndex(new BufferAttribute(mesh.indices, 1));
    const { min, max } = bounds(mesh.positions);
    this.box = new Box3(new Vector3(...min), new Vector3(...max));
    geometry.boundingBox = this.box.clone();
    geometry.boundingSphere = this.box.getBoundingSphere(new Sphere());
    this.scene.add(new Mesh(geometry, this.material));
    this.replace('box', this.group(new Box3Helper(this.box, new Color(0x607080))));
    this.setThinSpots(thin);
    this.resetView();
  }

  /** The defects arrive after the mesh (the server finds them on request): drawn as soon as they are here. */
  setDefects(defects: DefectData) {
    if (!this.mesh || !this.position) return;
    this.replace('boundary', this.lines(defects.boundaryEdges, 0xd62728));
    this.replace('nonManifold', this.lines(defects.nonManifoldEdges, 0x9c27b0));
    const flipped = new BufferGeometry();
    flipped.setAttribute('position', this.position);
    flipped.setIndex(new BufferAttribute(facesIndex(this.mesh.indices, defects.flippedFaces), 1));
    this.replace('flipped', this.group(new Mesh(flipped, new MeshBasicMaterial({
      color: 0x1f77b4, side: DoubleSide, polygonOffset: true, polygonOffsetFactor: -1, polygonOffsetUnits: -1,
    }))));
  }

  /** Thin-wall spots as translucent spheres of the spot's area. */
  setThinSpots(thin: ThinSpot[]) {
    const size = this.box.getSize(new Vector3()).length() || 1;
    const spots = new Group();
    const sphere = new SphereGeometry(1, 16, 12);
    const orange = new MeshBasicMaterial({ color: 0xff7f0e, transparent: true, opacity: 0.55, depthWrite: false });
    for (const spot of thin) {
      const s = new Mesh(sphere, orange);
      s.position.set(spot.centroid[0], spot.centroid[1], spot.centroid[2]);
      s.scale.setScalar(Math.max(Math.sqrt(spot.areaMm2 / Math.PI), size * 0.01));
      spots.add(s);
    }
    this.replace('thin', this.group(spots));
  }

  /** Looks at the part from the front, a little from above and from the side, with all of it in view. */
  resetView() {
    const center = this.box.getCenter(new Vector3());
    const radius = (this.box.getSize(new Vector3()).length() / 2) || 1;
    const distance = radius / Math.sin((this.camera.fov * Math.PI) / 360);
    this.camera.up.set(0, 0, 1);
    this.camera.position.copy(center).add(new Vector3(0.9, -1.5, 1.0).normalize().multiplyScalar(distance * 0.85));
    this.camera.near = distance / 100;
    this.camera.far = distance * 10;
    this.camera.updateProjectionMatrix();
    this.controls.target.copy(center);
    this.controls.update();
    this.draw();
  }

  /** Turns the camera around the part (radians), or moves it nearer (factor < 1) or further: for the keyboard. */
  orbit(azimuth: number, elevation: number) {
    const offset = this.camera.position.clone().sub(this.controls.target);
    offset.applyAxisAngle(new Vector3(0, 0, 1), azimuth);
    const side = new Vector3().crossVectors(this.camera.up, offset).normalize();
    const turned = offset.clone().applyAxisAngle(side, -elevation);
    if (Math.abs(turned.clone().normalize().z) < 0.98) offset.copy(turned);
    this.camera.position.copy(this.controls.target).add(offset);
    this.controls.update();
  }

  zoom(factor: number) {
    const offset = this.camera.position.clone().sub(this.controls.target).multiplyScalar(factor);
    this.camera.position.copy(this.controls.target).add(offset);
    this.controls.update();
  }

  show(layer: Layer, visible: boolean) {
    const g = this.layers.get(layer);
    if (g) g.visible = visible;
    this.draw();
  }

  /** The section: everything beyond the fraction (0..1) of the box along an axis is cut away; null shows all. */
  cut(axis: Axis, fraction: number | null) {
    if (fraction === null) {
      setClipping(this.material, []);
    } else {
      const at = this.box.min.getComponent(axis) + fraction * (this.box.max.getComponent(axis) - this.box.min.getComponent(axis));
      const normal = new Vector3();
      normal.setComponent(axis, -1);
      this.section.set(normal, at);
      setClipping(this.material, [this.section]);
    }
    this.draw();
  }

  overhang(on: boolean, up: [number, number, number], angleDegrees = 45) {
    const u = new Vector3(...up).normalize();
    const corners = [this.box.min, this.box.max];
    let low = Infinity;
    for (const x of corners) for (const y of corners) for (const z of corners) low = Math.min(low, x.x * u.x + y.y * u.y + z.z * u.z);
    const span = this.box.getSize(new Vector3()).length() || 1;
    setOverhang(this.material, on, [u.x, u.y, u.z], low + 1e-4 * span, angleDegrees);
    this.draw();
  }

  resize(width: number, height: number) {
    this.renderer.setSize(width, height, false);
    this.camera.aspect = width / Math.max(height, 1);
    this.camera.updateProjectionMatrix();
    this.draw();
  }

  dispose() {
    cancelAnimationFrame(this.frame);
    this.controls.dispose();
    this.disposeAll(this.scene);
    this.renderer.dispose();
  }

  private disposeAll(root: Scene | Group) {
    root.traverse((o) => {
      if (o instanceof Mesh || o instanceof LineSegments) {
        o.geometry.dispose();
        (Array.isArray(o.material) ? o.material : [o.material]).forEach((m) => m.dispose());
      }
    });
  }

  private draw() {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.renderer.render(this.scene, this.camera);
      if (this.onFirstFrame) {
        this.onFirstFrame();
        this.onFirstFrame = undefined;
      }
    });
  }

  private replace(layer: Layer, group: Group) {
    const old = this.layers.get(layer);
    if (old) {
      group.visible = old.visible;
      this.scene.remove(old);
      this.disposeAll(old);
    }
    this.layers.set(layer, group);
    this.scene.add(group);
    this.draw();
  }

  private lines(pairs: Uint32Array, color: number): Group {
    const g = new BufferGeometry();
    g.setAttribute('position', this.position!);
    g.setIndex(new BufferAttribute(pairs, 1));
    return this.group(new LineSegments(g, new LineBasicMaterial({ color, depthTest: false })));
  }

  private group(child: Mesh | LineSegments | Group | Box3Helper): Group {
    const g = new Group();
    g.add(child);
    return g;
  }
}
