using Amsp.Domain.Identity;
using Amsp.Domain.Organizations;
using Amsp.Domain.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Amsp.Host.Auth;

/// <summary>
/// Creates what every installation needs: the platform organization (where administrators, analysts and platform
/// designers belong) and, when no administrator exists yet, the bootstrap administrator. Roles live in memberships;
/// role assignments of Identity's own tables, from databases of earlier versions, become platform memberships once.
/// </summary>
internal sealed partial class IdentitySeeder(
    AmspDbContext db,
    UserManager<AmspUser> users,
    TimeProvider time,
    IOptions<BootstrapAdminOptions> bootstrap,
    ILogger<IdentitySeeder> logger)
{
    /// <summary>The platform operator's own organization, the same id in every installation.</summary>
    public static readonly Guid PlatformOrganizationId = new("0195a000-0000-7000-8000-000000000001");

    private static readonly string[] PlatformRoles = [AmspRoles.Admin, AmspRoles.Analyst, AmspRoles.Operator, AmspRoles.Designer];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await EnsurePlatformAsync(cancellationToken);
        await MoveIdentityRolesAsync(cancellationToken);
        if (bootstrap.Value is { AdminEmail: { Length: > 0 } email, AdminPassword: { Length: > 0 } password }
            && !await AnyAdminAsync(cancellationToken))
        {
            var user = await EnsureUserAsync(users, email, password, "Administrator");
            await EnsureMembershipAsync(db, time, PlatformOrganizationId, user.Id, [AmspRoles.Admin], cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            LogBootstrapAdmin(logger, email);
        }
    }

    private async Task<bool> AnyAdminAsync(CancellationToken ct) =>
        (await db.Memberships.AsNoTracking().Where(m => m.OrganizationId == PlatformOrganizationId).Select(m => m.Roles).ToListAsync(ct))
        .Any(roles => roles.Contains(AmspRoles.Admin));

    private async Task EnsurePlatformAsync(CancellationToken ct)
    {
        if (!await db.Organizations.AnyAsync(o => o.Id == PlatformOrganizationId, ct))
        {
            db.Organizations.Add(new Organization
            {
                Id = PlatformOrganizationId, Kind = OrganizationKind.Platform, LegalName = "AMSP Platform",
                Address = new Address { Country = "EU" }, CreatedAt = time.GetUtcNow(),
            });
            await db.SaveChangesAsync(ct);
        }
    }

    private async Task MoveIdentityRolesAsync(CancellationToken ct)
    {
        var legacy = await (from ur in db.UserRoles
                            join r in db.Roles on ur.RoleId equals r.Id
                            select new { ur.UserId, Role = r.Name }).ToListAsync(ct);
        if (legacy.Count == 0)
        {
            return;
        }
        foreach (var user in legacy.GroupBy(x => x.UserId))
        {
            var roles = user.Select(x => x.Role!).Where(PlatformRoles.Contains).ToList();
            if (roles.Count > 0)
            {
                await EnsureMembershipAsync(db, time, PlatformOrganizationId, user.Key, roles, ct);
            }
        }
        db.UserRoles.RemoveRange(await db.UserRoles.ToListAsync(ct));
        await db.SaveChangesAsync(ct);
        LogMovedRoles(logger, legacy.Count);
    }

    public static async Task<AmspUser> EnsureUserAsync(UserManager<AmspUser> users, string email, string password, string displayName)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new AmspUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName };
            var result = await users.CreateAsync(user, password);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Could not create user {email}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
            }
        }
        return user;
    }

    /// <summary>Adds the roles to the person's membership of the organization, creating it if needed (not saved).</summary>
    public static async Task EnsureMembershipAsync(AmspDbContext db, TimeProvider time, Guid organization, string userId,
        IReadOnlyList<string> roles, CancellationToken ct)
    {
        var membership = db.Memberships.Local.SingleOrDefault(m => m.OrganizationId == organization && m.UserId == userId)
            ?? await db.Memberships.SingleOrDefaultAsync(m => m.OrganizationId == organization && m.UserId == userId, ct);
        if (membership is null)
        {
            var now = time.GetUtcNow();
            db.Memberships.Add(new Membership { Id = Guid.CreateVersion7(now), OrganizationId = organization, UserId = userId, Roles = [.. roles], CreatedAt = now });
        }
        else if (roles.Except(membership.Roles).Any())
        {
            membership.Roles = membership.Roles.Union(roles).ToList();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the bootstrap administrator {Email}")]
    private static partial void LogBootstrapAdmin(ILogger logger, string email);

    [LoggerMessage(Level = LogLevel.Information, Message = "Moved {Count} role assignments of an earlier version into platform memberships")]
    private static partial void LogMovedRoles(ILogger logger, int count);
}
