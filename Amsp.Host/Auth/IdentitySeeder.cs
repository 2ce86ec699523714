using Amsp.Domain.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Amsp.Host.Auth;

/// <summary>Creates the roles, the demo users (Development only) and the bootstrap administrator.</summary>
internal sealed partial class IdentitySeeder(
    RoleManager<IdentityRole> roles,
    UserManager<AmspUser> users,
    IHostEnvironment environment,
    IOptions<BootstrapAdminOptions> bootstrap,
    ILogger<IdentitySeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var role in AmspRoles.All)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)), $"role {role}");
            }
        }

        if (environment.IsDevelopment())
        {
            foreach (var demo in DemoUsers.All)
            {
                await EnsureUserAsync(demo.Email, demo.Password, demo.Role, demo.DisplayName);
            }
            LogDemoUsers(logger, DemoUsers.All.Count);
        }

        if (bootstrap.Value is { AdminEmail: { Length: > 0 } email, AdminPassword: { Length: > 0 } password }
            && (await users.GetUsersInRoleAsync(AmspRoles.Admin)).Count == 0)
        {
            await EnsureUserAsync(email, password, AmspRoles.Admin, "Administrator");
            LogBootstrapAdmin(logger, email);
        }
    }

    private async Task EnsureUserAsync(string email, string password, string role, string displayName)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new AmspUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName };
            Check(await users.CreateAsync(user, password), $"user {email}");
        }
        if (!await users.IsInRoleAsync(user, role))
        {
            Check(await users.AddToRoleAsync(user, role), $"role {role} for {email}");
        }
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Could not create {what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }

    // The accounts and their passwords are in the start banner and the README, not in the log a collector keeps.
    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} Development demo users are ready, one per role (never created in Production)")]
    private static partial void LogDemoUsers(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the bootstrap administrator {Email}")]
    private static partial void LogBootstrapAdmin(ILogger logger, string email);
}
