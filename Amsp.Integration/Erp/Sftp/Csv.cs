using System.Text;

namespace Amsp.Integration.Erp.Sftp;

/// <summary>RFC 4180 CSV: comma separated, fields quoted when they hold a comma, a quote or a line break.</summary>
internal static class Csv
{
    public static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    /// <summary>The records of a CSV text with the line each starts on; a quote left open is an error.</summary>
    public static List<(int Line, List<string> Fields)> Read(string text, out string? error)
    {
        var records = new List<(int, List<string>)>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var (line, start, quoted, wasQuoted) = (1, 1, false, false);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0 && !wasQuoted)
            {
                (quoted, wasQuoted) = (true, true);
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                (field.Length, wasQuoted) = (0, false);
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
                fields.Add(field.ToString());
                records.Add((start, fields));
                (fields, field.Length, wasQuoted) = (new List<string>(), 0, false);
                start = ++line;
            }
            else
            {
                field.Append(c);
            }
        }
        if (quoted)
        {
            error = $"line {start}: a quoted field is not closed.";
            return records;
        }
        if (field.Length > 0 || fields.Count > 0 || wasQuoted)
        {
            fields.Add(field.ToString());
            records.Add((start, fields));
        }
        error = null;
        // Blank lines carry nothing.
        records.RemoveAll(r => r.Item2.Count == 1 && r.Item2[0].Length == 0);
        return records;
    }
}
