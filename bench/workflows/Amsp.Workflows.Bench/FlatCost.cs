using System.Diagnostics;
using Amsp.Workflows.Model;
using Microsoft.Data.Sqlite;

namespace Amsp.Workflows.Bench;

/// <summary>Cost of a 10-activity run as history grows: versions of the definition, finished instances.</summary>
internal static class FlatCost
{
    public static async Task VersionsAsync(string directory, int runs)
    {
        var one = await MeasureAsync(Path.Combine(directory, "versions-1.db"), runs, path => Task.CompletedTask);
        var many = await MeasureAsync(Path.Combine(directory, "versions-1000.db"), runs, path => SeedVersions(path, 999));
        Report("versions stored: 1 vs 1,000", one, many);
    }

    public static async Task InstancesAsync(string directory, int runs, int finished)
    {
        var none = await MeasureAsync(Path.Combine(directory, "instances-0.db"), runs, path => Task.CompletedTask);
        var many = await MeasureAsync(Path.Combine(directory, $"instances-{finished}.db"), runs, path => SeedFinishedInstances(path, finished));
        Report($"finished instances stored: 0 vs {finished:N0}", none, many);
    }

    private static void Report(string label, List<double> baseline, List<double> loaded)
    {
        var delta = (loaded.Average() - baseline.Average()) / baseline.Average() * 100;
        Console.WriteLine($"flat cost, {label}: baseline {Stats.Latencies(baseline)}");
        Console.WriteLine($"flat cost, {label}: loaded   {Stats.Latencies(loaded)}");
        Console.WriteLine($"flat cost, {label}: mean difference {Stats.F(delta, "+0.0;-0.0")} %");
    }

    private static async Task<List<double>> MeasureAsync(string path, int runs, Func<string, Task> seed)
    {
        await using (var setup = BenchEngine.Sqlite(path)) { }
        await seed(path);
        await using var engine = BenchEngine.Sqlite(path);
        await engine.PublishAsync(BenchFlows.TenActivities("ten", javaScriptDecision: true));
        for (var i = 0; i < 200; i++) await engine.Runtime.StartAsync("ten");
        var samples = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await engine.Runtime.StartAsync("ten");
            samples.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        return samples;
    }

    /// <summary>Older versions of the same definition, inserted in bulk (the last one latest, none published).</summary>
    private static async Task SeedVersions(string path, int count)
    {
        var json = WorkflowJson.Serialize(BenchFlows.TenActivities("ten", javaScriptDecision: true));
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        await using var transaction = connection.BeginTransaction();
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO WorkflowDefinitions (Id, DefinitionId, Version, IsLatest, IsPublished, WasPublished, Name, Json) VALUES ($id, 'ten', $v, $latest, 0, 1, 'ten', $json)";
        var id = command.Parameters.Add("$id", SqliteType.Text);
        var version = command.Parameters.Add("$v", SqliteType.Integer);
        var latest = command.Parameters.Add("$latest", SqliteType.Integer);
        command.Parameters.AddWithValue("$json", json);
        for (var v = 1; v <= count; v++)
        {
            id.Value = $"seed{v:D8}";
            version.Value = v;
            latest.Value = v == count ? 1 : 0;
            await command.ExecuteNonQueryAsync();
        }
        await transaction.CommitAsync();
    }

    /// <summary>Finished instances of the same definition with a journal row each, inserted in bulk in one transaction.</summary>
    private static async Task SeedFinishedInstances(string path, int count)
    {
        var stopwatch = Stopwatch.StartNew();
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        await using var transaction = connection.BeginTransaction();
        await using var instance = connection.CreateCommand();
        instance.CommandText = "INSERT INTO WorkflowInstances (Id, DefinitionId, DefinitionVersionId, DefinitionVersion, Status, CorrelationId, CreatedAt, UpdatedAt, FinishedAt, IncidentCount, StateJson, Version) " +
            "VALUES ($id, 'ten', 'seed-version', 1, 2, $corr, $t, $t, $t, 0, '{\"variables\":{\"a\":3,\"b\":4,\"d\":\"yes\"}}', 1)";
        var id = instance.Parameters.Add("$id", SqliteType.Text);
        var corr = instance.Parameters.Add("$corr", SqliteType.Text);
        var time = instance.Parameters.Add("$t", SqliteType.Integer);
        await using var journal = connection.CreateCommand();
        journal.CommandText = "INSERT INTO WorkflowJournal (InstanceId, Sequence, Timestamp, EventType, ActivityId) VALUES ($id, 0, $t, 9, NULL)";
        var journalId = journal.Parameters.Add("$id", SqliteType.Text);
        var journalTime = journal.Parameters.Add("$t", SqliteType.Integer);
        var baseTicks = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero).UtcTicks;
        for (var i = 0; i < count; i++)
        {
            id.Value = journalId.Value = $"seed{i:D12}";
            corr.Value = $"order-{i}";
            time.Value = journalTime.Value = baseTicks + i * TimeSpan.TicksPerSecond;
            await instance.ExecuteNonQueryAsync();
            await journal.ExecuteNonQueryAsync();
        }
        await transaction.CommitAsync();
        Console.WriteLine($"seeded {count:N0} finished instances (+ one journal row each) in {Stats.F(stopwatch.Elapsed.TotalSeconds)} s");
    }
}
