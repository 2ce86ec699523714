using Amsp.Domain.Identity;
using Amsp.Host.Platform.Demo;

namespace Amsp.Host.Auth;

/// <summary>
/// One user per role, seeded in the Development environment only so a newcomer can sign in at once, each a member of
/// the demo organization their role belongs to; plus a customer of a second organization, to try the rules between
/// organizations by hand. The passwords are public (README); production never creates these accounts.
/// </summary>
public static class DemoUsers
{
    public sealed record DemoUser(string Email, string Password, string Role, string DisplayName, Guid OrganizationId);

    /// <summary>One user per role, in the order of <see cref="AmspRoles.All"/>.</summary>
    public static IReadOnlyList<DemoUser> All { get; } = AmspRoles.All
        .Select(role => new DemoUser($"{role.ToLowerInvariant()}@demo.amsp.local", $"Demo-{role}-2026", role, $"Demo {role}", DemoData.OrganizationOf(role)))
        .ToList();

    /// <summary>The customer of the second customer organization, which owns the protected spur gear.</summary>
    public static DemoUser OtherCustomer { get; } =
        new("customer2@demo.amsp.local", "Demo-Customer2-2026", AmspRoles.Customer, "Demo Customer (Globex)", DemoData.GlobexId);

    /// <summary>Every demo user.</summary>
    public static IEnumerable<DemoUser> Everyone => All.Append(OtherCustomer);
}
