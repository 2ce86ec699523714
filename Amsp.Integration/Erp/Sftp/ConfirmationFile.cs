namespace Amsp.Integration.Erp.Sftp;

/// <summary>One line of a confirmation file.</summary>
public sealed record ConfirmationLine(int Line, string OrderNumber, string Step, bool Confirmed, string? Reason, string? Reference);

/// <summary>
/// A confirmation file (UTF-8 CSV, header row): <c>order_number,step,decision,reason,reference</c>, the first three
/// required, columns in any order, <c>decision</c> <c>confirm</c> or <c>reject</c>. A file with any malformed line is
/// refused whole, with one reason per line.
/// </summary>
public static class ConfirmationFile
{
    public const int MaxLines = 10_000;
    private static readonly string[] Required = ["order_number", "step", "decision"];
    private static readonly string[] Known = [.. Required, "reason", "reference"];

    public static IReadOnlyList<ConfirmationLine> Parse(string text, List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var records = Csv.Read(text.TrimStart('\uFEFF'), out var error);
        if (error is not null)
        {
            errors.Add(error);
            return [];
        }
        if (records.Count == 0)
        {
            errors.Add("The file is empty: expected a header row and at least one line.");
            return [];
        }
        if (records.Count - 1 > MaxLines)
        {
            errors.Add($"The file has {records.Count - 1} lines; at most {MaxLines} are read.");
            return [];
        }
        var header = records[0].Fields.Select(h => h.Trim().ToLowerInvariant()).ToList();
        var missing = Required.Where(r => !header.Contains(r)).ToList();
        var unknown = header.Where(h => !Known.Contains(h)).ToList();
        if (missing.Count > 0 || unknown.Count > 0 || header.Distinct().Count() != header.Count)
        {
            errors.Add($"line {records[0].Line}: the header must name order_number, step, decision and optionally reason, reference, each once"
                + (missing.Count > 0 ? $"; missing: {string.Join(", ", missing)}" : "") + (unknown.Count > 0 ? $"; unknown: {string.Join(", ", unknown)}" : "") + ".");
            return [];
        }
        var lines = new List<ConfirmationLine>();
        foreach (var (line, fields) in records.Skip(1))
        {
            if (fields.Count != header.Count)
            {
                errors.Add($"line {line}: {fields.Count} fields, the header has {header.Count}.");
                continue;
            }
            string? Get(string column) => header.IndexOf(column) is >= 0 and var i && fields[i].Trim() is { Length: > 0 } v ? v : null;
            var (order, step, decision) = (Get("order_number"), Get("step"), Get("decision")?.ToLowerInvariant());
            var problem = order is null or { Length: > 200 } ? "order_number is required (at most 200 characters)"
                : step is null or { Length: > 200 } ? "step is required (at most 200 characters)"
                : decision is not ("confirm" or "reject") ? $"decision must be 'confirm' or 'reject', not '{decision}'"
                : Get("reason") is { Length: > 2000 } ? "reason is longer than 2000 characters"
                : Get("reference") is { Length: > 200 } ? "reference is longer than 200 characters" : null;
            if (problem is not null)
            {
                errors.Add($"line {line}: {problem}.");
                continue;
            }
            lines.Add(new ConfirmationLine(line, order!, step!, decision == "confirm", Get("reason"), Get("reference")));
        }
        return lines;
    }
}
