using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Amsp.Host.Tests.Infrastructure;
using Amsp.Host.Tests.Platform;
using Amsp.Specs.Support;
using TechTalk.SpecFlow;
using UglyToad.PdfPig;

namespace Amsp.Specs.Steps;

/// <summary>
/// The certificate of conformance (ISO/IEC 23510 §5.7): the customer downloads the PDF and reads it, and anyone who
/// holds a copy checks it by the verification code printed on it, without signing in.
/// </summary>
[Binding]
public sealed partial class CertificateSteps(Actors actors, Journey journey)
{
    private byte[] pdf = [];
    private string text = "";

    [Then(@"^the customer can download the certificate of conformance, which names the order, both organizations and ""([^""]+)""$")]
    public async Task Download(string characteristic)
    {
        using var response = await (await actors.AsAsync(journey.Orderer)).GetAsync($"/api/orders/{journey.Number}/certificate");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        pdf = await response.Content.ReadAsByteArrayAsync();
        using (var document = PdfDocument.Open(pdf))
        {
            text = string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        }
        Assert.Contains(journey.Number, text, StringComparison.Ordinal);
        Assert.Contains("CERT-" + journey.Number["AMSP-".Length..], text, StringComparison.Ordinal);
        Assert.Contains("Acme Robotics GmbH", text, StringComparison.Ordinal);
        Assert.Contains("Demo AM Centre B.V.", text, StringComparison.Ordinal);
        Assert.Contains(characteristic, text, StringComparison.Ordinal);
    }

    [Then(@"^anyone can verify the certificate by the code printed on it, and gets the SHA-256 of the PDF$")]
    public async Task Verify()
    {
        using var anonymous = actors.Host.CreateClient();
        var verified = await anonymous.GetJsonAsync($"/api/certificates/verify/{Code()}");
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(pdf)), verified.GetProperty("sha256").GetString());
        Assert.Equal("Passed", verified.GetProperty("verdict").GetString());
    }

    [Then(@"^a verification code changed in one character is not found$")]
    public async Task Altered()
    {
        var code = Code();
        var altered = code[..^1] + (code[^1] == 'A' ? 'B' : 'A');
        using var anonymous = actors.Host.CreateClient();
        await (await anonymous.GetAsync($"/api/certificates/verify/{altered}")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Then(@"^the other customer cannot download the certificate$")]
    public async Task OthersCannot() =>
        await (await (await actors.AsAsync("other customer")).GetAsync($"/api/orders/{journey.Number}/certificate")).AssertProblemAsync(HttpStatusCode.NotFound);

    /// <summary>The code of the verification link printed on the certificate (the words of the PDF joined up).</summary>
    private string Code()
    {
        var code = VerifyLink().Match(text.Replace(" ", "", StringComparison.Ordinal)).Groups["code"].Value;
        Assert.Equal(16, code.Length);
        return code;
    }

    [GeneratedRegex("/api/certificates/verify/(?<code>[0-9A-Z]{16})")]
    private static partial Regex VerifyLink();
}
