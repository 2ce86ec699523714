using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace Amsp.Host.Persistence;

/// <summary>
/// Makes sure the data-protection key ring in the database holds a key in force before the node reads it.
/// Runs inside <see cref="DatabaseInitializer"/>'s lock, so of several nodes starting on an empty database only the
/// first creates a key and the others find it. Left to ASP.NET, each would create its own key at once and protect
/// with it, and a token issued by one node could be refused by another until their key rings were next reloaded.
/// </summary>
internal sealed class KeyRingSeeder(IKeyManager keys, IOptions<KeyManagementOptions> options, TimeProvider clock)
{
    /// <returns>Whether a key was created.</returns>
    public bool EnsureKey()
    {
        var now = clock.GetUtcNow();
        if (keys.GetAllKeys().Any(k => !k.IsRevoked && k.ActivationDate <= now && k.ExpirationDate > now)) return false;
        keys.CreateNewKey(activationDate: now, expirationDate: now + options.Value.NewKeyLifetime);
        return true;
    }
}
