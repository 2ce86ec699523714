using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Amsp.Domain.Persistence;
using Amsp.Host.Auth;
using Amsp.Host.Tests.Infrastructure;
using Amsp.Host.Workflows;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Amsp.Host.Tests.Persistence;

/// <summary>
/// Two hosts on one database, each with its own data directory, stand for two nodes: what one node protects
/// (bearer tokens, resume tokens) the other reads, because the key ring lives in the database.
/// </summary>
public sealed class SharedKeyRingTests
{
    private sealed class Node(string? provider, string? connectionString) : AmspHostFixture
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            if (provider is not null) builder.UseSetting("Amsp:Database:Provider", provider);
            if (connectionString is not null) builder.UseSetting("Amsp:Database:ConnectionString", connectionString);
        }
    }

    [Fact]
    public async Task On_sqlite_a_token_issued_by_one_node_is_accepted_by_another()
    {
        await using var nodeA = new Node(null, null);
        await using var nodeB = new Node("Sqlite", $"Data Source={Path.Combine(nodeA.DataDirectory, "amsp.db")}");
        await AssertOneKeyRingAsync(nodeA, nodeB);
    }

    [SkippableFact]
    [Trait("Category", "PostgreSql")]
    public async Task On_postgresql_a_token_issued_by_one_node_is_accepted_by_another()
    {
        await using var database = await PostgreSqlServer.CreateDatabaseAsync();
        await using var nodeA = new Node("PostgreSql", database.ConnectionString);
        await using var nodeB = new Node("PostgreSql", database.ConnectionString);
        await AssertOneKeyRingAsync(nodeA, nodeB);
    }

    [SkippableFact]
    [Trait("Category", "PostgreSql")]
    public async Task Nodes_starting_at_once_on_an_empty_postgresql_database_create_one_key()
    {
        await using var database = await PostgreSqlServer.CreateDatabaseAsync();
        await using var nodeA = new Node("PostgreSql", database.ConnectionString);
        await using var nodeB = new Node("PostgreSql", database.ConnectionString);

        // Both start together: each would migrate, seed the demo users and create a key of its own.
        await Task.WhenAll(Task.Run(() => nodeA.Services), Task.Run(() => nodeB.Services));

        await using (var scope = nodeB.Services.CreateAsyncScope())
        {
            Assert.Single(await scope.ServiceProvider.GetRequiredService<AmspDbContext>().DataProtectionKeys.ToListAsync());
        }
        await AssertOneKeyRingAsync(nodeA, nodeB);
    }

    private static async Task AssertOneKeyRingAsync(Node nodeA, Node nodeB)
    {
        // Node A starts first (migrating the database and creating the key) and issues a bearer token.
        using var clientA = nodeA.CreateClient();
        var demo = DemoUsers.All[0];
        var login = await clientA.PostAsJsonAsync("/api/auth/login", new { email = demo.Email, password = demo.Password });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        var resumeToken = nodeA.Services.GetRequiredService<ResumeTokens>().Issue("bookmark-1");

        using var clientB = nodeB.CreateClient();
        clientB.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var me = await clientB.GetAsync("/api/auth/me");
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Equal(demo.Email, (await me.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("email").GetString());
        Assert.Equal("bookmark-1", nodeB.Services.GetRequiredService<ResumeTokens>().Read(resumeToken));

        // One key in the database, found by node B rather than made anew; nothing under either data directory.
        await using var scope = nodeB.Services.CreateAsyncScope();
        var keys = await scope.ServiceProvider.GetRequiredService<AmspDbContext>().DataProtectionKeys.ToListAsync();
        var key = Assert.Single(keys);
        Assert.False(string.IsNullOrEmpty(key.Xml));
        Assert.False(Directory.Exists(Path.Combine(nodeA.DataDirectory, "keys")));
        Assert.False(Directory.Exists(Path.Combine(nodeB.DataDirectory, "keys")));
    }
}
