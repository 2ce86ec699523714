using System.Security.Cryptography;

namespace Amsp.Integration.Erp.Webhooks;

/// <summary>
/// Standard Webhooks secrets: <c>whsec_</c> followed by the base64 of the key's bytes. The HMAC key is the decoded
/// bytes, not the text — the mistake receivers make most often.
/// </summary>
public static class WebhookSecret
{
    public const string Prefix = "whsec_";

    /// <summary>Key sizes accepted, in bytes (the standard asks for 24 to 64).</summary>
    public const int MinBytes = 24, MaxBytes = 64;

    /// <summary>A new random secret of 32 bytes.</summary>
    public static string Generate() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>The key's bytes, or null when <paramref name="secret"/> is not a well-formed secret.</summary>
    public static byte[]? TryDecode(string? secret)
    {
        if (secret is null || !secret.StartsWith(Prefix, StringComparison.Ordinal) || secret.Length > 200)
        {
            return null;
        }
        var buffer = new byte[MaxBytes + 3];
        return Convert.TryFromBase64String(secret[Prefix.Length..], buffer, out var written) && written is >= MinBytes and <= MaxBytes
            ? buffer[..written]
            : null;
    }

    public static byte[] Decode(string secret) => TryDecode(secret)
        ?? throw new ArgumentException($"A webhook secret is '{Prefix}' followed by the base64 of {MinBytes} to {MaxBytes} bytes.", nameof(secret));
}
