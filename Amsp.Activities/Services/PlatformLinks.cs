namespace Amsp.Activities.Services;

/// <summary>Where the platform is reached from outside, for links printed on documents (the certificate's QR code).</summary>
public sealed class PlatformLinks
{
    /// <summary>The public base address, e.g. <c>https://amsp.example.com</c> (<c>Amsp:PublicUrl</c>).</summary>
    public Uri PublicUrl { get; set; } = new("http://localhost:5080");

    /// <summary>The verification page of a certificate code.</summary>
    public Uri VerificationUrl(string code) => new(PublicUrl, $"/api/certificates/verify/{Uri.EscapeDataString(code)}");
}
