using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Amsp.Host.Workflows;

/// <summary>
/// A token per bookmark that lets its holder resume that bookmark and nothing else, without an account (a
/// customer's approval link, an ERP callback). It is the bookmark id protected with the platform's key ring, so
/// nothing is stored and a forged or altered token is refused.
/// </summary>
public sealed class ResumeTokens(IDataProtectionProvider protection)
{
    private readonly IDataProtector protector = protection.CreateProtector("Amsp.Workflows.ResumeToken.v1");

    public string Issue(string bookmarkId) => protector.Protect(bookmarkId);

    /// <summary>The bookmark id of a token; null when the token was not issued by this platform.</summary>
    public string? Read(string? token)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return null;
        }
        try
        {
            return protector.Unprotect(token);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
