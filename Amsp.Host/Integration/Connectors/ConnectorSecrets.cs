using Amsp.Domain.Integration;
using Amsp.Integration.Erp;
using Microsoft.AspNetCore.DataProtection;

namespace Amsp.Host.Integration.Connectors;

/// <summary>
/// Connectors' secrets, protected with Data Protection (the key ring in the database, shared by every node), and the
/// connectors as transports see them: secrets unprotected, the previous one included while its rotation window lasts.
/// </summary>
public sealed class ConnectorSecrets(IDataProtectionProvider protection)
{
    private readonly IDataProtector protector = protection.CreateProtector("Amsp.Integration.ConnectorSecret.v1");

    public string Protect(string secret) => protector.Protect(secret);

    public ConnectorEndpoint Endpoint(Connector c, DateTimeOffset now)
    {
        var secrets = new List<string>(2);
        if (c.ProtectedSecret is { } current)
        {
            secrets.Add(protector.Unprotect(current));
        }
        if (c.ProtectedPreviousSecret is { } previous && c.PreviousSecretValidUntil > now)
        {
            secrets.Add(protector.Unprotect(previous));
        }
        return new ConnectorEndpoint(c.Id, c.OrganizationId, c.Kind, c.Name, c.SettingsJson, secrets);
    }
}
