using Amsp.Domain.Catalog;
using Amsp.Domain.Designs;
using Amsp.Domain.Erp;
using Amsp.Domain.Identity;
using Amsp.Domain.Integration;
using Amsp.Domain.Models;
using Amsp.Domain.Orders;
using Amsp.Domain.Organizations;
using Amsp.Domain.Production;
using Amsp.Domain.Requirements;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Amsp.Domain.Persistence;

/// <summary>
/// The platform's own tables: identity, organizations and memberships, AM centres' catalogues, models,
/// requirements, design requests and the copyright registry. The workflow engine keeps its tables in its own
/// context (and migration history) on the same database. The data-protection key ring lives here too, so every
/// node of one database protects and reads tokens and cookies with the same keys.
/// Portable across SQLite, PostgreSQL and SQL Server: times of the platform's entities are UTC ticks (so they
/// sort and compare on every provider), enums are names, nested lists are JSON.
/// </summary>
public class AmspDbContext(DbContextOptions<AmspDbContext> options) : IdentityDbContext<AmspUser>(options), IDataProtectionKeyContext
{
    /// <summary>The migrations history table of this context; the engine's context uses another.</summary>
    public const string MigrationsHistoryTable = "__AmspMigrationsHistory";

    /// <summary>The data-protection key ring shared by every node.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Organization> Organizations => Set<Organization>();

    public DbSet<Membership> Memberships => Set<Membership>();

    public DbSet<Invitation> Invitations => Set<Invitation>();

    public DbSet<Site> Sites => Set<Site>();

    public DbSet<Material> Materials => Set<Material>();

    public DbSet<Printer> Printers => Set<Printer>();

    public DbSet<PriceList> PriceLists => Set<PriceList>();

    public DbSet<PartModel> Models => Set<PartModel>();

    public DbSet<Requirement> Requirements => Set<Requirement>();

    public DbSet<DesignRequest> DesignRequests => Set<DesignRequest>();

    public DbSet<ProtectedDesign> ProtectedDesigns => Set<ProtectedDesign>();

    public DbSet<Order> Orders => Set<Order>();

    public DbSet<OrderStatusChange> OrderStatusChanges => Set<OrderStatusChange>();

    public DbSet<Quote> Quotes => Set<Quote>();

    public DbSet<CopyrightReview> CopyrightReviews => Set<CopyrightReview>();

    public DbSet<OrderNumberCounter> OrderNumberCounters => Set<OrderNumberCounter>();

    public DbSet<PrintJob> PrintJobs => Set<PrintJob>();

    public DbSet<Inspection> Inspections => Set<Inspection>();

    public DbSet<Certificate> Certificates => Set<Certificate>();

    public DbSet<Shipment> Shipments => Set<Shipment>();

    /// <summary>The transactional outbox: integration events written with the changes they report.</summary>
    public DbSet<IntegrationEvent> IntegrationEvents => Set<IntegrationEvent>();

    public DbSet<EventDelivery> EventDeliveries => Set<EventDelivery>();

    public DbSet<Connector> Connectors => Set<Connector>();

    public DbSet<OrderEventCounter> OrderEventCounters => Set<OrderEventCounter>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    /// <summary>
    /// Saves, with the integration events the changes raise written in the same transaction (one is begun when the
    /// caller has none), so an event exists exactly when its change was committed.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeTracker.DetectChanges();
        if (!EventCapture.HasWork(this))
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        var services = this.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider;
        var now = (services?.GetService(typeof(TimeProvider)) as TimeProvider ?? TimeProvider.System).GetUtcNow();
        var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            await new EventCapture(this, now).CaptureAsync(cancellationToken);
            await EventFanOut.ApplyAsync(this, now, cancellationToken);
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }
            return saved;
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    public DbSet<MachineClient> MachineClients => Set<MachineClient>();

    public DbSet<ErpConfirmation> ErpConfirmations => Set<ErpConfirmation>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<AmspUser>().Property(u => u.DisplayName).HasMaxLength(200);
        builder.ApplyConfigurationsFromAssembly(typeof(AmspDbContext).Assembly);
        // The OAuth token server's applications (machine clients' hashed secrets), authorizations, scopes and tokens.
        builder.UseOpenIddict();
        StoreTimesAsTicks(builder);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<decimal>().HavePrecision(18, 4);
        configurationBuilder.Properties<ProcessCategory>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<OrganizationKind>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<PricingBasis>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<ControllerKind>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<PrinterState>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<ModelOrigin>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<LengthUnit>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<GeneralTolerance>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<CertificateLevel>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<RequirementStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<DesignRequestStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<LicenceKind>().HaveConversion<string>().HaveMaxLength(32);
    }

    // Identity's own tables keep their types; the platform's entities store times as UTC ticks.
    private static void StoreTimesAsTicks(ModelBuilder builder)
    {
        var ticks = new ValueConverter<DateTimeOffset, long>(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
        var nullableTicks = new ValueConverter<DateTimeOffset?, long?>(
            v => v.HasValue ? v.Value.UtcTicks : null, v => v.HasValue ? new DateTimeOffset(v.Value, TimeSpan.Zero) : null);
        foreach (var entity in builder.Model.GetEntityTypes().Where(e => e.ClrType.Namespace is { } ns
            && ns.StartsWith("Amsp.Domain.", StringComparison.Ordinal) && ns != typeof(AmspUser).Namespace))
        {
            foreach (var property in entity.GetProperties())
            {
                if (property.ClrType == typeof(DateTimeOffset))
                {
                    property.SetValueConverter(ticks);
                }
                else if (property.ClrType == typeof(DateTimeOffset?))
                {
                    property.SetValueConverter(nullableTicks);
                }
            }
        }
    }
}
