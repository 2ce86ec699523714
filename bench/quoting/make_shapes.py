#!/usr/bin/env python3
"""Writes the generated test shapes of the estimator's calibration table as binary STL (mm): a cylinder, an open
box with 1.6 mm walls, a thin plate, a tall thin tower and a sphere (looked at while the model was built), and a
hexagon nut, a stepped pyramid, a torus and a ramp (held out: added after the model's constants were fixed).

    python3 make_shapes.py OUT_DIR
"""
import math, os, struct, sys

def box(x0, y0, z0, x1, y1, z1):
    v = [(x, y, z) for z in (z0, z1) for y in (y0, y1) for x in (x0, x1)]
    f = [(0, 2, 1), (1, 2, 3), (4, 5, 6), (5, 7, 6), (0, 1, 4), (1, 5, 4),
         (2, 6, 3), (3, 6, 7), (0, 4, 2), (2, 4, 6), (1, 3, 5), (3, 7, 5)]
    return [(v[a], v[b], v[c]) for a, b, c in f]

def open_box(w, d, h, t):
    """A box open at the top: walls and floor of thickness t, one closed surface."""
    o = [(0, 0), (w, 0), (w, d), (0, d)]
    i = [(t, t), (w - t, t), (w - t, d - t), (t, d - t)]
    tris = [((0, 0, 0), (w, d, 0), (w, 0, 0)), ((0, 0, 0), (0, d, 0), (w, d, 0)),          # bottom, facing down
            ((t, t, t), (w - t, t, t), (w - t, d - t, t)), ((t, t, t), (w - t, d - t, t), (t, d - t, t))]  # floor, up
    for k in range(4):
        a, b = o[k], o[(k + 1) % 4]
        tris += [((a[0], a[1], 0), (b[0], b[1], 0), (b[0], b[1], h)), ((a[0], a[1], 0), (b[0], b[1], h), (a[0], a[1], h))]
        p, q = i[k], i[(k + 1) % 4]
        tris += [((p[0], p[1], t), (q[0], q[1], h), (q[0], q[1], t)), ((p[0], p[1], t), (p[0], p[1], h), (q[0], q[1], h))]
        tris += [((a[0], a[1], h), (b[0], b[1], h), (q[0], q[1], h)), ((a[0], a[1], h), (q[0], q[1], h), (p[0], p[1], h))]
    return tris

def cylinder(r, h, n=128):
    t = []
    for i in range(n):
        a0, a1 = 2 * math.pi * i / n, 2 * math.pi * (i + 1) / n
        p0, p1 = (r * math.cos(a0), r * math.sin(a0)), (r * math.cos(a1), r * math.sin(a1))
        t.append(((0, 0, 0), (p1[0], p1[1], 0), (p0[0], p0[1], 0)))
        t.append(((0, 0, h), (p0[0], p0[1], h), (p1[0], p1[1], h)))
        t.append(((p0[0], p0[1], 0), (p1[0], p1[1], 0), (p1[0], p1[1], h)))
        t.append(((p0[0], p0[1], 0), (p1[0], p1[1], h), (p0[0], p0[1], h)))
    return t

def sphere(r, stacks=48, slices=96):
    def p(i, j):
        phi, th = math.pi * i / stacks, 2 * math.pi * j / slices
        return (r * math.sin(phi) * math.cos(th), r * math.sin(phi) * math.sin(th), r + r * math.cos(phi))
    t = []
    for i in range(stacks):
        for j in range(slices):
            a, b, c, d = p(i, j), p(i + 1, j), p(i + 1, j + 1), p(i, j + 1)
            if i > 0:
                t.append((a, b, d))
            if i < stacks - 1:
                t.append((b, c, d))
    return t

def prism(profile, h):
    """A closed prism over a convex-or-star-shaped profile (counter-clockwise, seen from above), from z = 0 to h."""
    cx = sum(p[0] for p in profile) / len(profile)
    cy = sum(p[1] for p in profile) / len(profile)
    t = []
    for k in range(len(profile)):
        a, b = profile[k], profile[(k + 1) % len(profile)]
        t.append(((cx, cy, 0), (b[0], b[1], 0), (a[0], a[1], 0)))
        t.append(((cx, cy, h), (a[0], a[1], h), (b[0], b[1], h)))
        t.append(((a[0], a[1], 0), (b[0], b[1], 0), (b[0], b[1], h)))
        t.append(((a[0], a[1], 0), (b[0], b[1], h), (a[0], a[1], h)))
    return t

def hex_nut(flats, hole, h, n=64):
    """A hexagonal prism with a round hole: outer hexagon and inner circle joined by a ring of triangles."""
    r = flats / 2 / math.cos(math.pi / 6)
    hexagon = [(r * math.cos(math.pi / 3 * k), r * math.sin(math.pi / 3 * k)) for k in range(6)]
    def outer(a):  # point on the hexagon in direction a
        k = int((a % (2 * math.pi)) // (math.pi / 3))
        p, q = hexagon[k], hexagon[(k + 1) % 6]
        d = (math.cos(a), math.sin(a))
        e = (q[0] - p[0], q[1] - p[1])
        t = (p[0] * e[1] - p[1] * e[0]) / (d[0] * e[1] - d[1] * e[0])
        return (t * d[0], t * d[1])
    tris = []
    angles = sorted(set([2 * math.pi * i / n for i in range(n)] + [math.pi / 3 * k for k in range(6)]))
    for i in range(len(angles)):
        a0, a1 = angles[i], angles[(i + 1) % len(angles)]
        o0, o1 = outer(a0), outer(a1)
        i0, i1 = (hole / 2 * math.cos(a0), hole / 2 * math.sin(a0)), (hole / 2 * math.cos(a1), hole / 2 * math.sin(a1))
        for z, up in ((0, False), (h, True)):
            quad = [(i0[0], i0[1], z), (o0[0], o0[1], z), (o1[0], o1[1], z), (i1[0], i1[1], z)]
            a, b, c, d = quad if up else quad[::-1]
            tris += [(a, b, c), (a, c, d)]
        tris += [((o0[0], o0[1], 0), (o1[0], o1[1], 0), (o1[0], o1[1], h)), ((o0[0], o0[1], 0), (o1[0], o1[1], h), (o0[0], o0[1], h))]
        tris += [((i0[0], i0[1], 0), (i1[0], i1[1], h), (i1[0], i1[1], 0)), ((i0[0], i0[1], 0), (i0[0], i0[1], h), (i1[0], i1[1], h))]
    return tris

def torus(big, small, n=96, m=48):
    t = []
    def p(i, j):
        u, w = 2 * math.pi * i / n, 2 * math.pi * j / m
        d = big + small * math.cos(w)
        return (d * math.cos(u), d * math.sin(u), small + small * math.sin(w))
    for i in range(n):
        for j in range(m):
            a, b, c, d = p(i, j), p(i + 1, j), p(i + 1, j + 1), p(i, j + 1)
            t += [(a, b, c), (a, c, d)]
    return t

def stepped_pyramid(sizes, step):
    """Square levels centred on one axis, each `step` high and smaller than the one below: one closed surface."""
    def square(a, z):
        c = sizes[0] / 2
        return [(c - a / 2, c - a / 2, z), (c + a / 2, c - a / 2, z), (c + a / 2, c + a / 2, z), (c - a / 2, c + a / 2, z)]
    b = square(sizes[0], 0)
    t = [(b[0], b[2], b[1]), (b[0], b[3], b[2])]
    for k, a in enumerate(sizes):
        lo, hi = square(a, k * step), square(a, (k + 1) * step)
        for i in range(4):
            j = (i + 1) % 4
            t += [(lo[i], lo[j], hi[j]), (lo[i], hi[j], hi[i])]
        if k + 1 < len(sizes):
            inner = square(sizes[k + 1], (k + 1) * step)
            for i in range(4):
                j = (i + 1) % 4
                t += [(hi[i], hi[j], inner[j]), (hi[i], inner[j], inner[i])]
        else:
            t += [(hi[0], hi[1], hi[2]), (hi[0], hi[2], hi[3])]
    return t

def ramp(w, d, h):
    """A right-triangle prism: the slope rises along x from 0 to h over w, d deep."""
    v = [(0, 0, 0), (w, 0, 0), (w, 0, h), (0, d, 0), (w, d, 0), (w, d, h)]
    f = [(0, 1, 2), (3, 5, 4), (0, 4, 1), (0, 3, 4), (1, 5, 2), (1, 4, 5), (0, 5, 3), (0, 2, 5)]
    return [(v[a], v[b], v[c]) for a, b, c in f]

def write(path, tris):
    # Real unit normals: PrusaSlicer 2.5 takes a binary STL for ASCII when the 128 bytes after the header are all
    # below 0x80, which zero normals and positive coordinates can make happen.
    with open(path, 'wb') as f:
        f.write(b'generated test shape'.ljust(80, b' '))
        f.write(struct.pack('<I', len(tris)))
        for a, b, c in tris:
            u = [b[i] - a[i] for i in range(3)]
            v = [c[i] - a[i] for i in range(3)]
            n = [u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]]
            length = math.sqrt(sum(x * x for x in n)) or 1
            f.write(struct.pack('<3f', *(x / length for x in n)))
            for p in (a, b, c):
                f.write(struct.pack('<3f', *p))
            f.write(b'\0\0')

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
write(os.path.join(out, 'cylinder.stl'), cylinder(20, 30))
write(os.path.join(out, 'open_box.stl'), open_box(60, 40, 30, 1.6))
write(os.path.join(out, 'thin_plate.stl'), box(0, 0, 0, 80, 60, 1.2))
write(os.path.join(out, 'tall_tower.stl'), box(0, 0, 0, 8, 8, 80))
write(os.path.join(out, 'sphere.stl'), sphere(20))
write(os.path.join(out, 'hex_nut.stl'), hex_nut(30, 16, 12))
write(os.path.join(out, 'stepped_pyramid.stl'), stepped_pyramid([60, 40, 20], 10))
write(os.path.join(out, 'torus.stl'), torus(25, 8))
write(os.path.join(out, 'ramp.stl'), ramp(60, 30, 20))
