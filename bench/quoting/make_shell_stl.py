#!/usr/bin/env python3
"""Write a hollow torus with about N triangles as binary STL: an outer torus (60, 20) and an inner one (60, 19),
facing inward, so the wall is 1 mm thick everywhere. The thin-wall benchmark's worst case: every ray hits a wall.

Usage: make_shell_stl.py TRIANGLES OUT.stl      (Python 3 standard library only)
"""
import math
import struct
import sys


def main():
    target, out = int(sys.argv[1]), sys.argv[2]
    m = max(3, int(round(math.sqrt(target / 8))))  # two tori of 2 n m triangles, n = 2 m
    n = 2 * m
    with open(out, "wb") as f:
        f.write(b"hollow torus, 1 mm wall".ljust(80, b" "))
        f.write(struct.pack("<I", 4 * n * m))
        for small, inward in ((20.0, False), (19.0, True)):
            def p(i, j):
                u, w = 2 * math.pi * (i % n) / n, 2 * math.pi * (j % m) / m
                d = 60.0 + small * math.cos(w)
                return (d * math.cos(u), d * math.sin(u), small * math.sin(w))
            for i in range(n):
                for j in range(m):
                    a, b, c, d = p(i, j), p(i + 1, j), p(i + 1, j + 1), p(i, j + 1)
                    for tri in ((a, b, c), (a, c, d)):
                        if inward:
                            tri = (tri[0], tri[2], tri[1])
                        f.write(struct.pack("<3f", 0, 0, 0))
                        for q in tri:
                            f.write(struct.pack("<3f", *q))
                        f.write(b"\0\0")


main()
