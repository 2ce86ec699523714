#!/usr/bin/env python3
"""Write a clean, closed binary STL torus with about N triangles (benchmark input).

Usage: make_torus_stl.py TRIANGLES OUT.stl [damaged [EVERY]]

The torus is an n x m grid (n = 2 m) of quads split in two: 2 n m triangles, n m vertices,
one shell, watertight, consistently oriented outward. With "damaged", one triangle in EVERY (default
100,000) is left out (a hole each) and one in 50,000 is reversed (a flipped face each), for repair benchmarks;
EVERY = 97 gives about 10,000 separate holes on 1M triangles (97 does not divide a row, so holes in
neighbouring rows do not touch).
Python 3 standard library only.
"""
import math
import struct
import sys


def main():
    target, out = int(sys.argv[1]), sys.argv[2]
    damaged = len(sys.argv) > 3 and sys.argv[3] == "damaged"
    every = int(sys.argv[4]) if len(sys.argv) > 4 else 100000
    m = max(3, int(round(math.sqrt(target / 4))))
    n = 2 * m
    big, small = 60.0, 20.0
    pts = []
    for i in range(n):
        u = 2 * math.pi * i / n
        for j in range(m):
            w = 2 * math.pi * j / m
            d = big + small * math.cos(w)
            pts.append(struct.pack("<3f", d * math.cos(u), d * math.sin(u), small * math.sin(w)))
    count = 2 * n * m
    if damaged:
        count -= len(range(7, count, every))
    zero = struct.pack("<3f", 0, 0, 0)
    attr = b"\0\0"
    with open(out, "wb") as f:
        f.write(b"solid torus benchmark (binary STL despite this word)".ljust(80, b" "))
        f.write(struct.pack("<I", count))
        rows = []
        index = 0
        for i in range(n):
            i1 = (i + 1) % n
            for j in range(m):
                j1 = (j + 1) % m
                a, b, c, d = pts[i * m + j], pts[i1 * m + j], pts[i1 * m + j1], pts[i * m + j1]
                for tri in ((a, b, c), (a, c, d)):
                    k = index
                    index += 1
                    if damaged and k % every == 7:
                        continue
                    if damaged and k % 50000 == 3:
                        tri = (tri[0], tri[2], tri[1])
                    rows.append(zero + b"".join(tri) + attr)
            if len(rows) > 100000:
                f.write(b"".join(rows))
                rows = []
        f.write(b"".join(rows))
    print(f"{out}: {count} triangles, {n * m} vertices{' (damaged)' if damaged else ''}")


if __name__ == "__main__":
    main()
