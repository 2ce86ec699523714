using Amsp.Domain.Integration;
using Amsp.Domain.Persistence;
using Amsp.Host.Integration.Outbox;
using Amsp.Host.Tests.Infrastructure;
using Amsp.Workflows.Runtime;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Amsp.Host.Tests.Integration.Outbox;

/// <summary>
/// One node of two on a PostgreSQL database, on a clock the nodes share, with its dispatcher driven by the test (no
/// background rounds): each node has its own dispatcher, and so its own lease owner.
/// </summary>
public sealed class PostgresOutboxNode(string connectionString, FakeTimeProvider clock) : AmspHostFixture
{
    public OutboxDispatcher Dispatcher => Services.GetRequiredService<OutboxDispatcher>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Amsp:Database:Provider", "PostgreSql");
        builder.UseSetting("Amsp:Database:ConnectionString", connectionString);
        builder.UseSetting("Amsp:Integration:Outbox:PollInterval", "00:00:00");
        builder.UseSetting("Amsp:Integration:Outbox:BatchSize", "10");
        builder.UseSetting("Amsp:Erp:Sftp:Interval", "00:00:00");
        builder.ConfigureTestServices(services =>
        {
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));
            services.Replace(ServiceDescriptor.Singleton<IWorkflowScheduler, ManualWorkflowScheduler>());
        });
    }

    /// <summary>Writes one event of the order in its own transaction, as a workflow's Send to ERP step does.</summary>
    public async Task WriteEventAsync(Guid organization, Guid order, string number, string type = "erp.outbox-test")
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AmspDbContext>();
        db.Add(IntegrationEvent.Create(type, organization, null, order, number, clock.GetUtcNow(), "{}"));
        await db.SaveChangesAsync();
    }

    public async Task<T> QueryAsync<T>(Func<AmspDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AmspDbContext>());
    }
}
