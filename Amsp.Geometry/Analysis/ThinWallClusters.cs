namespace Amsp.Geometry.Analysis;

/// <summary>Sums the measured samples and groups the thin ones into connected regions.</summary>
internal static class ThinWallClusters
{
    public static ThinWallReport Report(Mesh mesh, SurfaceSamples samples, float[] thickness, int[] opposite, double minThickness, double reach, int maxClusters)
    {
        var t = mesh.TriangleCount;
        var idx = mesh.IndexArray;
        var thinTriangle = new bool[t];
        double area = 0, thin = 0, thinnest = double.PositiveInfinity;
        for (var f = 0; f < t; f++)
        {
            for (var s = samples.Start[f]; s < samples.Start[f + 1]; s++)
            {
                area += samples.Weight[f];
                thinnest = thickness[s] < float.MaxValue ? Math.Min(thinnest, thickness[s]) : thinnest;
                if (thickness[s] < minThickness)
                {
                    thin += samples.Weight[f];
                    thinTriangle[f] = true;
                }
            }
        }

        // Regions: thin triangles sharing a vertex, and a thin sample's triangle with the thin triangle its ray hit.
        var sets = UnionFind.Create(mesh.VertexCount);
        for (var f = 0; f < t; f++)
        {
            if (!thinTriangle[f])
            {
                continue;
            }

            UnionFind.Union(sets, idx[f * 3], idx[(f * 3) + 1]);
            UnionFind.Union(sets, idx[f * 3], idx[(f * 3) + 2]);
            for (var s = samples.Start[f]; s < samples.Start[f + 1]; s++)
            {
                if (thickness[s] < minThickness && opposite[s] >= 0 && thinTriangle[opposite[s]])
                {
                    UnionFind.Union(sets, idx[f * 3], idx[opposite[s] * 3]);
                }
            }
        }

        // Sum each region's samples: regions get compact numbers in the order their first triangle comes.
        var number = new int[mesh.VertexCount];
        Array.Fill(number, -1);
        var regions = new List<Region>();
        for (var f = 0; f < t; f++)
        {
            if (!thinTriangle[f])
            {
                continue;
            }

            var root = UnionFind.Find(sets, idx[f * 3]);
            if (number[root] < 0)
            {
                number[root] = regions.Count;
                regions.Add(Region.Empty);
            }

            var region = regions[number[root]];
            for (var s = samples.Start[f]; s < samples.Start[f + 1]; s++)
            {
                if (thickness[s] < minThickness)
                {
                    region = region.Add(samples.Point(mesh, f, s - samples.Start[f]), samples.Weight[f], thickness[s]);
                }
            }

            regions[number[root]] = region;
        }

        var clusters = regions.OrderByDescending(r => r.Area).Take(maxClusters)
            .Select(r => new ThinWallCluster(r.Sum * (1 / r.Area), r.Area, r.Min, r.Low, r.High)).ToArray();
        return new ThinWallReport
        {
            MinThickness = minThickness,
            ThinArea = thin,
            RayLength = reach,
            Area = area,
            ThinnestWall = thinnest,
            Samples = samples.Count,
            Clusters = clusters,
            ClusterCount = regions.Count,
        };
    }

    private readonly record struct Region(double Area, Vec3 Sum, double Min, Vec3 Low, Vec3 High)
    {
        public static readonly Region Empty = new(0, default, double.PositiveInfinity,
            new Vec3(double.MaxValue, double.MaxValue, double.MaxValue), new Vec3(double.MinValue, double.MinValue, double.MinValue));

        public Region Add(Vec3 p, double weight, double thickness) => new(
            Area + weight,
            Sum + (p * weight),
            Math.Min(Min, thickness),
            new Vec3(Math.Min(Low.X, p.X), Math.Min(Low.Y, p.Y), Math.Min(Low.Z, p.Z)),
            new Vec3(Math.Max(High.X, p.X), Math.Max(High.Y, p.Y), Math.Max(High.Z, p.Z)));
    }
}
