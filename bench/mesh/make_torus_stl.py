#!/usr/bin/env python3
"""Write a clean, closed binary STL torus with about N triangles (benchmark input).

Usage: make_torus_stl.py TRIANGLES OUT.stl

The torus is an n x m grid (n = 2 m) of quads split in two: 2 n m triangles, n m vertices,
one shell, watertight, consistently oriented outward. Python 3 standard library only.
"""
import math
import struct
import sys


def main():
    target, out = int(sys.argv[1]), sys.argv[2]
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
    zero = struct.pack("<3f", 0, 0, 0)
    attr = b"\0\0"
    with open(out, "wb") as f:
        f.write(b"solid torus benchmark (binary STL despite this word)".ljust(80, b" "))
        f.write(struct.pack("<I", count))
        rows = []
        for i in range(n):
            i1 = (i + 1) % n
            for j in range(m):
                j1 = (j + 1) % m
                a, b, c, d = pts[i * m + j], pts[i1 * m + j], pts[i1 * m + j1], pts[i * m + j1]
                rows.append(zero + a + b + c + attr)
                rows.append(zero + a + c + d + attr)
            if len(rows) > 100000:
                f.write(b"".join(rows))
                rows = []
        f.write(b"".join(rows))
    print(f"{out}: {count} triangles, {n * m} vertices")


if __name__ == "__main__":
    main()
