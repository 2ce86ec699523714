using Amsp.Domain.Identity;
using Amsp.Host.Auth;
using Amsp.Host.Tests.Infrastructure;
using TechTalk.SpecFlow;

namespace Amsp.Specs.Support;

/// <summary>
/// The people of a scenario, each an HTTP client signed in as a demo user (or as someone invited during the scenario),
/// as the real clients are. Created once per scenario by SpecFlow's context injection and shared by every step class.
/// </summary>
public sealed class Actors(FeatureContext feature) : IDisposable
{
    private readonly Dictionary<string, HttpClient> clients = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, (string Email, string Password)> accounts = new(StringComparer.OrdinalIgnoreCase);

    public AmspHostFixture Host { get; } = FeatureHost.Of(feature);

    /// <summary>The business words of the features, mapped to the demo users.</summary>
    public static string RoleOf(string who) => who.ToLowerInvariant() switch
    {
        "customer" => AmspRoles.Customer,
        "analyst" => AmspRoles.Analyst,
        "designer" => AmspRoles.Designer,
        "manufacturer" => AmspRoles.Manufacturer,
        "inspector" or "quality inspector" => AmspRoles.QualityInspector,
        "reviewer" or "operator" => AmspRoles.Operator,
        "administrator" or "admin" => AmspRoles.Admin,
        _ => throw new ArgumentException($"No demo user acts as '{who}'.", nameof(who)),
    };

    /// <summary>The signed-in client of a person named in a step ("customer", "reviewer", "the other customer", ...).</summary>
    public async Task<HttpClient> AsAsync(string who)
    {
        if (clients.TryGetValue(who, out var client))
        {
            return client;
        }
        client = accounts.TryGetValue(who, out var account)
            ? await Host.CreateClientAsAsync(account.Email, account.Password)
            : who.Equals("other customer", StringComparison.OrdinalIgnoreCase)
                ? await Host.CreateClientAsAsync(DemoUsers.OtherCustomer)
                : await Host.CreateClientAsAsync(RoleOf(who));
        clients[who] = client;
        return client;
    }

    /// <summary>Someone who joined during the scenario (an invitation accepted), known from then on by <paramref name="who"/>.</summary>
    public void Know(string who, string email, string password) => accounts[who] = (email, password);

    /// <summary>Tokens last an hour of the host's clock: after time passes everyone signs in again.</summary>
    public void SignOutEveryone()
    {
        foreach (var client in clients.Values)
        {
            client.Dispose();
        }
        clients.Clear();
    }

    public void Dispose() => SignOutEveryone();
}
