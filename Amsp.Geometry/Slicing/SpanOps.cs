namespace Amsp.Geometry.Slicing;

/// <summary>Booleans of <see cref="SpanRows"/> regions on the same grid: a merge of sorted span lists per row.</summary>
internal static class SpanOps
{
    public enum Op
    {
        And,
        Or,
        AndNot,
    }

    public static SpanRows Combine(SpanRows a, SpanRows b, Op op)
    {
        if (op == Op.And && (a.IsEmpty || b.IsEmpty))
        {
            return SpanRows.Empty;
        }

        if (b.IsEmpty)
        {
            return a;
        }

        if (a.IsEmpty)
        {
            return op == Op.Or ? b : SpanRows.Empty;
        }

        int first = op == Op.And ? Math.Max(a.FirstRow, b.FirstRow) : op == Op.Or ? Math.Min(a.FirstRow, b.FirstRow) : a.FirstRow;
        int end = op == Op.And ? Math.Min(a.EndRow, b.EndRow) : op == Op.Or ? Math.Max(a.EndRow, b.EndRow) : a.EndRow;
        var output = new SpanBuilder();
        output.Begin(first);
        for (var row = first; row < end; row++)
        {
            CombineRow(a.Row(row), b.Row(row), op, output);
            output.EndRow();
        }

        return output.Build();
    }

    private static void CombineRow(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Op op, SpanBuilder output)
    {
        int ia = 0, ib = 0;
        bool inA = false, inB = false, inside = false;
        var start = 0f;
        while (ia < a.Length || ib < b.Length)
        {
            var xa = ia < a.Length ? a[ia] : float.PositiveInfinity;
            var xb = ib < b.Length ? b[ib] : float.PositiveInfinity;
            var x = Math.Min(xa, xb);
            if (xa == x)
            {
                inA = (ia++ & 1) == 0;
            }

            if (xb == x)
            {
                inB = (ib++ & 1) == 0;
            }

            var now = op switch { Op.And => inA && inB, Op.Or => inA || inB, _ => inA && !inB };
            if (now && !inside)
            {
                start = x;
            }
            else if (!now && inside)
            {
                output.Add(start, x);
            }

            inside = now;
        }
    }
}
