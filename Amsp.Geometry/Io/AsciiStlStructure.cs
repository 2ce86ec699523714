using System.Globalization;

namespace Amsp.Geometry.Io;

/// <summary>
/// Follows the keywords of an ASCII STL around its vertices (facet, outer loop, endloop, endfacet, endsolid) and
/// collects what was missing or out of place. Each kind of problem becomes one warning with its count and the line
/// of its first occurrence, so a file with a million broken facets gives a few lines, not a million.
/// </summary>
internal sealed class AsciiStlStructure
{
    private readonly SortedDictionary<string, (int Count, long FirstLine)> _problems = new(StringComparer.Ordinal);
    private bool _inFacet;
    private bool _inLoop;
    private bool _sawEnd;

    public void Vertex(long line)
    {
        if (!_inLoop)
        {
            Note("vertex lines outside 'outer loop' ... 'endloop'", line);
            _inLoop = true; // one note per loop, not per vertex
        }
    }

    public void Keyword(ReadOnlySpan<byte> keyword, long line)
    {
        if (keyword.SequenceEqual("facet"u8))
        {
            CloseFacet(line);
            _inFacet = true;
        }
        else if (keyword.SequenceEqual("outer"u8))
        {
            if (_inLoop)
            {
                Note("facets without 'endloop'", line);
            }

            if (!_inFacet)
            {
                Note("loops without 'facet'", line);
                _inFacet = true;
            }

            _inLoop = true;
        }
        else if (keyword.SequenceEqual("endloop"u8))
        {
            _inLoop = false;
        }
        else if (keyword.SequenceEqual("endfacet"u8))
        {
            if (_inLoop)
            {
                Note("facets without 'endloop'", line);
            }

            _inLoop = false;
            _inFacet = false;
        }
        else
        {
            CloseFacet(line);
            _sawEnd = true;
        }
    }

    public void End(long line)
    {
        CloseFacet(line);
        if (!_sawEnd)
        {
            Note("no 'endsolid' at the end of the file (it may be cut short after a whole facet)", line);
        }
    }

    /// <summary>One sentence per kind of problem: what was missing, how often, where first.</summary>
    public IReadOnlyList<string> Warnings() =>
        [.. _problems.Select(p => string.Create(CultureInfo.InvariantCulture,
            $"ASCII STL: {p.Key}: {p.Value.Count} time(s), first at line {p.Value.FirstLine}; read as if the file were well formed."))];

    private void CloseFacet(long line)
    {
        if (_inLoop)
        {
            Note("facets without 'endloop'", line);
        }

        if (_inFacet)
        {
            Note("facets without 'endfacet'", line);
        }

        _inLoop = false;
        _inFacet = false;
    }

    private void Note(string problem, long line) =>
        _problems[problem] = _problems.TryGetValue(problem, out var p) ? (p.Count + 1, p.FirstLine) : (1, line);
}
