using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Amsp.Integration.Erp.Webhooks;

/// <summary>The Standard Webhooks 1.0 signature: <c>v1,</c> + base64(HMAC-SHA256(key, <c>id.timestamp.body</c>)).</summary>
public static class WebhookSignature
{
    public const string IdHeader = "webhook-id";
    public const string TimestampHeader = "webhook-timestamp";
    public const string SignatureHeader = "webhook-signature";

    /// <summary>The <c>webhook-signature</c> value: one signature per secret in force, space-separated.</summary>
    public static string Header(IEnumerable<string> secrets, string id, long timestamp, string body) =>
        string.Join(' ', secrets.Select(s => "v1," + Compute(WebhookSecret.Decode(s), id, timestamp, body)));

    /// <summary>The base64 HMAC-SHA256 of <c>id.timestamp.body</c> under <paramref name="key"/>.</summary>
    public static string Compute(byte[] key, string id, long timestamp, string body)
    {
        var content = Encoding.UTF8.GetBytes($"{id}.{timestamp.ToString(CultureInfo.InvariantCulture)}.{body}");
        return Convert.ToBase64String(HMACSHA256.HashData(key, content));
    }
}
