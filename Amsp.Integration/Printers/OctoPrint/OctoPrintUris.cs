namespace Amsp.Integration.Printers.OctoPrint;

internal static class OctoPrintUris
{
    /// <summary>Longest part of an error body quoted in an exception message.</summary>
    private const int MaxQuotedBody = 300;

    /// <summary>Resolves an API path under the base URL, keeping the base's own path (OctoPrint behind a prefix).</summary>
    public static Uri Resolve(Uri baseUrl, string path)
    {
        var root = baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
        return new Uri(root, path);
    }

    /// <summary>The start of an error body, on one line: enough to say why, never a whole HTML page.</summary>
    public static async Task<string> ReadTextAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var text = await response.Content.ReadAsStringAsync(ct);
        text = text.ReplaceLineEndings(" ").Trim();
        return text.Length <= MaxQuotedBody ? text : text[..MaxQuotedBody] + "…";
    }
}
