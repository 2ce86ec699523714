using Amsp.Activities.Services;
using Amsp.Domain.Designs;
using Amsp.Domain.Identity;
using Amsp.Domain.Models;
using Amsp.Domain.Persistence;
using Amsp.Host.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Amsp.Host.Platform.Demo;

/// <summary>
/// Seeds <see cref="DemoData"/> and the demo users in Development, idempotently: what exists is left alone, so a
/// restart (or a change made by hand) keeps its data. The sample parts shipped in <c>samples/models</c> become Acme's
/// models, and the spur gear, uploaded by Globex, is its protected design.
/// </summary>
internal sealed partial class DemoDataSeeder(AmspDbContext db, UserManager<AmspUser> users, ModelLibrary library, ModelFingerprints fingerprints, TimeProvider time,
    ILogger<DemoDataSeeder> logger)
{
    /// <summary>Where the sample parts are, beside the executable.</summary>
    public static string SamplesFolder => Path.Combine(AppContext.BaseDirectory, "samples", "models");

    public const string ProtectedSample = "spur_gear.stl";

    public async Task SeedAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var known = await db.Organizations.Select(o => o.Id).ToListAsync(ct);
        db.Organizations.AddRange(DemoData.Organizations(now).Where(o => !known.Contains(o.Id)));
        if (!await db.Sites.AnyAsync(s => s.Id == DemoData.SiteId, ct))
        {
            db.Sites.Add(DemoData.Site());
        }
        var materials = await db.Materials.Select(m => m.Id).ToListAsync(ct);
        db.Materials.AddRange(DemoData.Materials().Where(m => !materials.Contains(m.Id)));
        var printers = await db.Printers.Select(p => p.Id).ToListAsync(ct);
        db.Printers.AddRange(DemoData.Printers().Where(p => !printers.Contains(p.Id)));
        if (!await db.PriceLists.AnyAsync(p => p.Id == DemoData.PriceListId, ct))
        {
            db.PriceLists.Add(DemoData.PriceList(now));
        }
        await db.SaveChangesAsync(ct);

        foreach (var demo in DemoUsers.Everyone)
        {
            var user = await IdentitySeeder.EnsureUserAsync(users, demo.Email, demo.Password, demo.DisplayName);
            await IdentitySeeder.EnsureMembershipAsync(db, time, demo.OrganizationId, user.Id, [demo.Role], ct);
            if (demo.Role == AmspRoles.Operator)
            {
                // The demo operator also reviews copyright matches, which is the platform's own work.
                await IdentitySeeder.EnsureMembershipAsync(db, time, IdentitySeeder.PlatformOrganizationId, user.Id, [AmspRoles.Operator], ct);
            }
        }
        await db.SaveChangesAsync(ct);
        await SeedModelsAsync(ct);
        var count = DemoUsers.Everyone.Count();
        LogDemoUsers(logger, count);
    }

    private async Task SeedModelsAsync(CancellationToken ct)
    {
        if (!Directory.Exists(SamplesFolder))
        {
            LogNoSamples(logger, SamplesFolder);
            return;
        }
        var customer = await users.FindByEmailAsync(DemoUsers.All.Single(u => u.Role == AmspRoles.Customer).Email);
        var other = await users.FindByEmailAsync(DemoUsers.OtherCustomer.Email);
        foreach (var file in Directory.EnumerateFiles(SamplesFolder).Where(f => Path.GetExtension(f) is ".stl" or ".3mf").Order(StringComparer.Ordinal))
        {
            await using var content = File.OpenRead(file);
            await library.AddAsync(content, Path.GetFileName(file), new ModelSource(DemoData.AcmeId, customer!.Id, ModelOrigin.Upload), long.MaxValue, ct);
        }
        await using (var gear = File.OpenRead(Path.Combine(SamplesFolder, ProtectedSample)))
        {
            var owned = await library.AddAsync(gear, ProtectedSample, new ModelSource(DemoData.GlobexId, other!.Id, ModelOrigin.Upload), long.MaxValue, ct);
            if (!await db.ProtectedDesigns.AnyAsync(d => d.ModelId == owned.Model.Id, ct))
            {
                var fingerprint = await fingerprints.GetAsync(owned.Model, ct);
                db.ProtectedDesigns.Add(new ProtectedDesign
                {
                    Id = Guid.CreateVersion7(time.GetUtcNow()), OwnerOrganizationId = DemoData.GlobexId, Name = "Globex 24-tooth spur gear",
                    ModelId = owned.Model.Id, CanonicalSha256 = fingerprint.CanonicalSha256, FingerprintJson = fingerprint.Json,
                    Licence = LicenceKind.NotPrintableByOthers, RegisteredBy = other.Id, CreatedAt = time.GetUtcNow(),
                });
            }
        }
        await db.SaveChangesAsync(ct);
    }

    // The accounts and their passwords are in the start banner and the README, not in the log a collector keeps.
    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} Development demo users are ready (never created in Production)")]
    private static partial void LogDemoUsers(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No sample models at {Folder}: the demo organizations start without models")]
    private static partial void LogNoSamples(ILogger logger, string folder);
}
