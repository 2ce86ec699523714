using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Amsp.Reporting.Exports;

/// <summary>
/// Writes one worksheet element by element (SAX-style, <see cref="OpenXmlWriter"/>): a row is written and
/// forgotten, so memory does not grow with the row count. Text goes inline (no shared-string table to hold).
/// </summary>
internal sealed class SheetWriter : IDisposable
{
    /// <summary>Excel's last row; the header takes one.</summary>
    public const int MaxRows = 1_048_576;

    private static readonly DateTime FirstExcelDate = new(1900, 3, 1);
    private readonly OpenXmlWriter _writer;
    private readonly Cell _cell = new();
    private readonly CellValue _value = new();
    private readonly InlineString _inline = new();
    private readonly Text _text = new();
    private readonly List<OpenXmlAttribute> _attributes = new(3);
    private int _row;
    private int _column;

    public SheetWriter(Stream part, double[] columnWidths, bool freezeHeader)
    {
        _writer = OpenXmlWriter.Create(part, Encoding.UTF8);
        _writer.WriteStartElement(new Worksheet());
        if (freezeHeader)
        {
            _writer.WriteElement(new SheetViews(new SheetView(
                new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
            { WorkbookViewId = 0, TabSelected = true }));
        }
        _writer.WriteElement(new Columns(columnWidths.Select((w, i) =>
            new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true })));
        _writer.WriteStartElement(new SheetData());
    }

    public int RowCount => _row;

    public void StartRow()
    {
        if (_row == MaxRows)
            throw new InvalidOperationException($"A worksheet holds at most {MaxRows:N0} rows.");
        _row++;
        _column = 0;
        _writer.WriteStartElement(new Row(), [new OpenXmlAttribute("r", "", _row.ToString(CultureInfo.InvariantCulture))]);
    }

    public void EndRow() => _writer.WriteEndElement();

    public void Text(string? value, uint style = ExportStyles.Default)
    {
        var reference = NextReference();
        if (string.IsNullOrEmpty(value))
        {
            if (style != ExportStyles.Default)
                StartCell(reference, style, inline: false);
            else
                return;
            _writer.WriteEndElement();
            return;
        }
        // Excel refuses a cell over 32,767 characters (it "repairs" the file); no export field is that long by design.
        if (value.Length > 32_767)
            value = value[..32_767];
        StartCell(reference, style, inline: true);
        _writer.WriteStartElement(_inline);
        if (value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1])))
            _writer.WriteStartElement(_text, [new OpenXmlAttribute("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve")]);
        else
            _writer.WriteStartElement(_text);
        _writer.WriteString(XmlSafe(value));
        _writer.WriteEndElement();
        _writer.WriteEndElement();
        _writer.WriteEndElement();
    }

    public void Number(decimal? value, uint style) =>
        Raw(value?.ToString(CultureInfo.InvariantCulture), style);

    public void Number(long value, uint style) => Raw(value.ToString(CultureInfo.InvariantCulture), style);

    /// <summary>A real date cell (serial number and a date format). Before 1900-03-01 Excel's serials are off, so text.</summary>
    public void Date(DateTime? value, uint style)
    {
        if (value is { } v && v < FirstExcelDate)
            Text(v.ToString(style == ExportStyles.Date ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
        else
            Raw(value?.ToOADate().ToString("R", CultureInfo.InvariantCulture), style);
    }

    private void Raw(string? value, uint style)
    {
        var reference = NextReference();
        if (value is null)
            return;
        StartCell(reference, style, inline: false);
        _writer.WriteStartElement(_value);
        _writer.WriteString(value);
        _writer.WriteEndElement();
        _writer.WriteEndElement();
    }

    /// <summary>
    /// Start tags with explicit attributes instead of SDK cell objects: a hundred thousand rows make a million and
    /// a half cells, and building then serializing an element tree for each one is most of the cost.
    /// </summary>
    private void StartCell(string reference, uint style, bool inline)
    {
        _attributes.Clear();
        _attributes.Add(new OpenXmlAttribute("r", "", reference));
        if (style != ExportStyles.Default)
            _attributes.Add(new OpenXmlAttribute("s", "", style.ToString(CultureInfo.InvariantCulture)));
        if (inline)
            _attributes.Add(new OpenXmlAttribute("t", "", "inlineStr"));
        _writer.WriteStartElement(_cell, _attributes);
    }

    /// <summary>Closes the sheet data and writes what follows it: the autofilter over every row written.</summary>
    public void Finish(int filterColumns)
    {
        _writer.WriteEndElement(); // sheetData
        if (filterColumns > 0)
            _writer.WriteElement(new AutoFilter { Reference = $"A1:{ColumnName(filterColumns - 1)}{Math.Max(_row, 1)}" });
        _writer.WriteEndElement(); // worksheet
    }

    public void Dispose() => _writer.Dispose();

    public static string ColumnName(int index)
    {
        var name = "";
        for (index++; index > 0; index = (index - 1) / 26)
            name = (char)('A' + (index - 1) % 26) + name;
        return name;
    }

    private string NextReference() => ColumnName(_column++) + _row.ToString(CultureInfo.InvariantCulture);

    /// <summary>Characters XML 1.0 cannot carry (control characters, lone surrogates) would break the file; they are dropped.</summary>
    private static string XmlSafe(string value)
    {
        if (value.All(c => XmlChar(c)) && !value.Any(char.IsSurrogate))
            return value;
        var sb = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                sb.Append(c).Append(value[++i]);
            else if (!char.IsSurrogate(c) && XmlChar(c))
                sb.Append(c);
        }
        return sb.ToString();
    }

    private static bool XmlChar(char c) => c is '\t' or '\n' or '\r' || (c >= 0x20 && c != '\uFFFE' && c != '\uFFFF');
}
