using Amsp.Host.Persistence;
using Amsp.Host.Tests.Infrastructure;
using Amsp.Workflows;
using Amsp.Workflows.Persistence;
using Amsp.Workflows.Runtime;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Amsp.Host.Tests.Persistence;

/// <summary>
/// Two provider instances on one database stand for two nodes. Blocking is asserted on task states once the
/// server itself reports the second node's request as waiting, never on elapsed time.
/// </summary>
[Trait("Category", "PostgreSql")]
public sealed class PostgresInstanceLockTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    [SkippableFact]
    public async Task A_second_node_waits_for_the_first_to_release_the_same_instance()
    {
        await using var database = await PostgreSqlServer.CreateDatabaseAsync();
        var nodeA = Node(database);
        var nodeB = Node(database);

        var held = await nodeA.AcquireAsync("instance-1").AsTask().WaitAsync(Guard);
        // B reaches the server: an unrelated instance is granted at once.
        await (await nodeB.AcquireAsync("instance-unrelated").AsTask().WaitAsync(Guard)).DisposeAsync();

        var waiting = nodeB.AcquireAsync("instance-1").AsTask();
        await WaitUntilTheServerReportsAWaiterAsync(database, waiting);
        Assert.False(waiting.IsCompleted);

        await held.DisposeAsync();
        var granted = await waiting.WaitAsync(Guard);

        // Now A waits for B in turn.
        var waitingA = nodeA.AcquireAsync("instance-1").AsTask();
        await WaitUntilTheServerReportsAWaiterAsync(database, waitingA);
        Assert.False(waitingA.IsCompleted);
        await granted.DisposeAsync();
        await (await waitingA.WaitAsync(Guard)).DisposeAsync();
    }

    [SkippableFact]
    public async Task Different_instances_do_not_block_each_other_across_nodes()
    {
        await using var database = await PostgreSqlServer.CreateDatabaseAsync();
        var nodeA = Node(database);
        var nodeB = Node(database);

        var first = await nodeA.AcquireAsync("instance-1").AsTask().WaitAsync(Guard);
        var second = await nodeB.AcquireAsync("instance-2").AsTask().WaitAsync(Guard);
        var third = await nodeA.AcquireAsync("instance-3").AsTask().WaitAsync(Guard);

        await second.DisposeAsync();
        await third.DisposeAsync();
        await first.DisposeAsync();
    }

    [SkippableFact]
    public async Task A_cancelled_wait_throws_and_leaves_the_lock_usable()
    {
        await using var database = await PostgreSqlServer.CreateDatabaseAsync();
        var nodeA = Node(database);
        var nodeB = Node(database);
        var held = await nodeA.AcquireAsync("instance-1").AsTask().WaitAsync(Guard);

        using var cancellation = new CancellationTokenSource();
        var waiting = nodeB.AcquireAsync("instance-1", cancellation.Token).AsTask();
        await WaitUntilTheServerReportsAWaiterAsync(database, waiting);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(Guard));
        Assert.Equal(0L, await WaitersAsync(database));

        // The cancelled waiter took nothing with it: B gets the lock once A lets go, and A gets it back after B.
        await held.DisposeAsync();
        await (await nodeB.AcquireAsync("instance-1").AsTask().WaitAsync(Guard)).DisposeAsync();
        await (await nodeA.AcquireAsync("instance-1").AsTask().WaitAsync(Guard)).DisposeAsync();
    }

    [SkippableFact]
    public async Task Within_one_node_the_same_instance_is_still_serialized()
    {
        await using var database = await PostgreSqlServer.CreateDatabaseAsync();
        var node = Node(database);

        var held = await node.AcquireAsync("instance-1").AsTask().WaitAsync(Guard);
        var waiting = node.AcquireAsync("instance-1").AsTask();
        // The second task of the node queues on the in-process lock, which it takes before asking the database.
        Assert.False(waiting.IsCompleted);

        await held.DisposeAsync();
        await (await waiting.WaitAsync(Guard)).DisposeAsync();
    }

    [SkippableFact]
    public async Task Two_hosts_on_one_database_resume_a_bookmark_exactly_once()
    {
        await using var database = await PostgreSqlServer.CreateDatabaseAsync();
        await using var hostA = new PostgreSqlHost(database.ConnectionString);
        await using var hostB = new PostgreSqlHost(database.ConnectionString);
        using var clientA = hostA.CreateClient();
        using var clientB = hostB.CreateClient();
        var runtimeA = hostA.Services.GetRequiredService<WorkflowRuntime>();
        var runtimeB = hostB.Services.GetRequiredService<WorkflowRuntime>();
        var started = await runtimeA.StartAsync("design-review", new StartWorkflowOptions { Input = new() { ["modelName"] = "bracket.stl" } });
        Assert.Equal(WorkflowStatus.Suspended, started.Status);
        var bookmark = (await hostA.Services.GetRequiredService<IWorkflowInstanceStore>().ListBookmarksAsync(started.InstanceId))
            .First(b => b.DueAt is null);

        // Node A works on the instance; node B's resume waits at the database for it.
        var locksA = Assert.IsType<PostgresInstanceLockProvider>(hostA.Services.GetRequiredService<IInstanceLockProvider>());
        Assert.IsType<PostgresInstanceLockProvider>(hostB.Services.GetRequiredService<IInstanceLockProvider>());
        var held = await locksA.AcquireAsync(started.InstanceId).AsTask().WaitAsync(Guard);
        var resumeB = runtimeB.ResumeBookmarkAsync(bookmark.Id);
        await WaitUntilTheServerReportsAWaiterAsync(database, resumeB);
        Assert.False(resumeB.IsCompleted);
        await held.DisposeAsync();

        Assert.NotNull(await resumeB.WaitAsync(Guard));
        Assert.Null(await runtimeA.ResumeBookmarkAsync(bookmark.Id).WaitAsync(Guard));

        // Both nodes at the same moment on another instance: one resumes, the other finds the bookmark gone.
        var second = await runtimeB.StartAsync("design-review", new StartWorkflowOptions { Input = new() { ["modelName"] = "hinge.stl" } });
        var secondBookmark = (await hostB.Services.GetRequiredService<IWorkflowInstanceStore>().ListBookmarksAsync(second.InstanceId))
            .First(b => b.DueAt is null);
        var results = await Task.WhenAll(
            runtimeA.ResumeBookmarkAsync(secondBookmark.Id), runtimeB.ResumeBookmarkAsync(secondBookmark.Id)).WaitAsync(Guard);
        Assert.Single(results, r => r is not null);
    }

    [Theory]
    [InlineData(DatabaseProvider.PostgreSql, true)]
    [InlineData(DatabaseProvider.PostgreSql, false)]
    [InlineData(DatabaseProvider.Sqlite, true)]
    [InlineData(DatabaseProvider.SqlServer, false)]
    public void Only_postgresql_gets_the_distributed_lock_whatever_the_registration_order(DatabaseProvider provider, bool engineFirst)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Amsp:Database:Provider"] = provider.ToString(),
            ["Amsp:Database:ConnectionString"] = DatabaseTarget.Offline(provider).ConnectionString,
        }).Build();
        var services = new ServiceCollection();
        if (engineFirst) services.AddWorkflowEngine();
        services.AddAmspDatabase(configuration);
        if (!engineFirst) services.AddWorkflowEngine();

        using var provided = services.BuildServiceProvider();
        var locks = provided.GetRequiredService<IInstanceLockProvider>();
        Assert.IsType(provider == DatabaseProvider.PostgreSql ? typeof(PostgresInstanceLockProvider) : typeof(InProcessInstanceLockProvider), locks);
    }

    private sealed class PostgreSqlHost(string connectionString) : AmspHostFixture
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Amsp:Database:Provider", "PostgreSql");
            builder.UseSetting("Amsp:Database:ConnectionString", connectionString);
        }
    }

    private static PostgresInstanceLockProvider Node(PostgreSqlServer.TemporaryDatabase database) =>
        new(new DatabaseTarget(DatabaseProvider.PostgreSql, database.ConnectionString));

    /// <summary>Advisory lock requests on the test database that the server has not granted.</summary>
    private static async Task<long> WaitersAsync(PostgreSqlServer.TemporaryDatabase database)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted " +
            "AND database = (SELECT oid FROM pg_database WHERE datname = current_database())", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>
    /// Queries the server until it holds an ungranted advisory lock request; each query is a round trip, so
    /// this waits on the server's state, not on time. Fails early if the acquire completes instead.
    /// </summary>
    private static async Task WaitUntilTheServerReportsAWaiterAsync(PostgreSqlServer.TemporaryDatabase database, Task acquire)
    {
        using var guard = new CancellationTokenSource(Guard);
        while (await WaitersAsync(database) == 0)
        {
            Assert.False(acquire.IsCompleted, "The acquire completed although another node holds the lock.");
            guard.Token.ThrowIfCancellationRequested();
        }
    }
}
