using Amsp.Domain.Identity;

namespace Amsp.Host.Auth;

/// <summary>
/// One user per role, seeded in the Development environment only so a newcomer can sign in at once.
/// The passwords are public (README); production never creates these accounts.
/// </summary>
public static class DemoUsers
{
    public sealed record DemoUser(string Email, string Password, string Role, string DisplayName);

    public static IReadOnlyList<DemoUser> All { get; } = AmspRoles.All
        .Select(role => new DemoUser($"{role.ToLowerInvariant()}@demo.amsp.local", $"Demo-{role}-2026", role, $"Demo {role}"))
        .ToList();
}
