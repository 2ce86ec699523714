using System.Globalization;
using Amsp.Host.Hosting;

namespace Amsp.Host.Workflows;

/// <summary>
/// The paging every workflow list takes, checked the same way everywhere: <c>page</c> a whole number from 1 to
/// <see cref="MaxPage"/>, <c>pageSize</c> from 1 to <see cref="MaxPageSize"/>; anything else (a word, a number too large
/// for any type) is a 400 that says so, never clamped in silence. Read as text so that every bad value gets that answer.
/// </summary>
internal readonly record struct Paging(int Page, int PageSize)
{
    public const int MaxPage = 1_000_000;

    public const int MaxPageSize = 500;

    /// <summary>Rows before the page. Computed in 64 bits: <see cref="MaxPage"/> × <see cref="MaxPageSize"/> fits an int, but no product may wrap.</summary>
    public int Skip => checked((int)((Page - 1L) * PageSize));

    /// <exception cref="ApiProblemException">400 when <paramref name="page"/> or <paramref name="pageSize"/> is not in range.</exception>
    public static Paging Read(string? page, string? pageSize, int defaultPageSize) =>
        new(Number(page, "page", 1, MaxPage, 1), ReadPageSize(pageSize, defaultPageSize));

    /// <summary>A page size alone (cursor-paged lists).</summary>
    /// <exception cref="ApiProblemException">400 when not in range.</exception>
    public static int ReadPageSize(string? pageSize, int defaultPageSize) => Number(pageSize, "pageSize", 1, MaxPageSize, defaultPageSize);

    private static int Number(string? text, string name, int min, int max, int absent)
    {
        if (string.IsNullOrEmpty(text)) return absent;
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw ApiProblemException.BadRequest($"{name} must be a whole number from {min} to {max:N0}, not '{text}'.");
        }
        return value;
    }
}
