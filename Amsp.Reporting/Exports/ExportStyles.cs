using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Amsp.Reporting.Exports;

/// <summary>
/// The cell styles of the export. Money gets one number format per currency (<c>#,##0.00 "EUR"</c>), added as
/// currencies turn up in the stream; the stylesheet is written after the sheets, when all of them are known.
/// </summary>
internal sealed class ExportStyles
{
    public const uint Default = 0, Header = 1, Date = 2, DateTime = 3, Integer = 4, Decimal = 5, Bold = 6;
    private const uint FirstCustomFormat = 164; // ids below are Excel's built-in formats
    private readonly Dictionary<string, uint> _money = new(StringComparer.Ordinal);
    private readonly List<string> _currencies = [];

    /// <summary>The style of an amount in <paramref name="currency"/> (already validated as three capitals).</summary>
    public uint Money(string currency)
    {
        if (_money.TryGetValue(currency, out var style))
            return style;
        _currencies.Add(currency);
        style = Bold + (uint)_currencies.Count;
        _money[currency] = style;
        return style;
    }

    public Stylesheet Build()
    {
        var formats = new List<NumberingFormat>
        {
            new() { NumberFormatId = FirstCustomFormat, FormatCode = "yyyy-mm-dd" },
            new() { NumberFormatId = FirstCustomFormat + 1, FormatCode = "yyyy-mm-dd hh:mm" },
        };
        formats.AddRange(_currencies.Select((c, i) => new NumberingFormat
        {
            NumberFormatId = FirstCustomFormat + 2 + (uint)i,
            FormatCode = string.Create(CultureInfo.InvariantCulture, $"#,##0.00 \"{c}\""),
        }));
        var cellFormats = new List<CellFormat>
        {
            new() { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 },
            new() { NumberFormatId = 0, FontId = 1, FillId = 2, BorderId = 0, ApplyFont = true, ApplyFill = true },
            new() { NumberFormatId = FirstCustomFormat, ApplyNumberFormat = true },
            new() { NumberFormatId = FirstCustomFormat + 1, ApplyNumberFormat = true },
            new() { NumberFormatId = 1, ApplyNumberFormat = true }, // "0"
            new() { NumberFormatId = 4, ApplyNumberFormat = true }, // "#,##0.00"
            new() { NumberFormatId = 0, FontId = 1, ApplyFont = true },
        };
        cellFormats.AddRange(_currencies.Select((_, i) => new CellFormat { NumberFormatId = FirstCustomFormat + 2 + (uint)i, ApplyNumberFormat = true }));

        return new Stylesheet(
            new NumberingFormats(formats) { Count = (uint)formats.Count },
            new DocumentFormat.OpenXml.Spreadsheet.Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
                new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" })) { Count = 2 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = HexBinaryValue.FromString("FFDDE4EC") }) { PatternType = PatternValues.Solid })) { Count = 3 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            new CellFormats(cellFormats) { Count = (uint)cellFormats.Count });
    }
}
