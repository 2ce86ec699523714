using System.Diagnostics;
using Amsp.Workflows.Model;
using Microsoft.Data.Sqlite;

namespace Amsp.Workflows.Bench;

/// <summary>
/// Cost of a 10-activity run as history grows: versions of the definition, finished instances. Both databases
/// are open at once and measured in alternating rounds, so JIT tiering and machine load drift hit both alike.
/// </summary>
internal static class FlatCost
{
    private const int Rounds = 10;

    public static Task VersionsAsync(string directory, int runs) =>
        CompareAsync("versions stored: 1 vs 1,000", runs,
            Path.Combine(directory, "versions-1.db"), _ => Task.CompletedTask,
            Path.Combine(directory, "versions-1000.db"), path => SeedVersions(path, 999));

    public static Task InstancesAsync(string directory, int runs, int finished) =>
        CompareAsync($"finished instances stored: 0 vs {finished:N0}", runs,
            Path.Combine(directory, "instances-0.db"), _ => Task.CompletedTask,
            Path.Combine(directory, $"instances-{finished}.db"), path => SeedFinishedInstances(path, finished));

    private static async Task CompareAsync(string label, int runs, string basePath, Func<string, Task> baseSeed, string loadedPath, Func<string, Task> loadedSeed)
    {
        await using var baseline = await OpenAsync(basePath, baseSeed);
        await using var loaded = await OpenAsync(loadedPath, loadedSeed);
        var baseSamples = new List<double>(runs);
        var loadedSamples = new List<double>(runs);
        await MeasureAsync(baseline, 300, []);
        await MeasureAsync(loaded, 300, []);
        for (var round = 0; round < Rounds; round++)
        {
            var first = round % 2 == 0;
            await MeasureAsync(first ? baseline : loaded, runs / Rounds, first ? baseSamples : loadedSamples);
            await MeasureAsync(first ? loaded : baseline, runs / Rounds, first ? loadedSamples : baseSamples);
        }
        var delta = (loadedSamples.Average() - baseSamples.Average()) / baseSamples.Average() * 100;
        var deltaP50 = (Median(loadedSamples) - Median(baseSamples)) / Median(baseSamples) * 100;
        Console.WriteLine($"flat cost, {label}: baseline {Stats.Latencies(baseSamples)}");
        Console.WriteLine($"flat cost, {label}: loaded   {Stats.Latencies(loadedSamples)}");
        Console.WriteLine($"flat cost, {label}: difference of means {Stats.F(delta, "+0.0;-0.0")} %, of medians {Stats.F(deltaP50, "+0.0;-0.0")} %");
    }

    private static double Median(List<double> samples) => Stats.Percentile([.. samples.Order()], 50);

    private static async Task<BenchEngine> OpenAsync(string path, Func<string, Task> seed)
    {
        await using (BenchEngine.Sqlite(path)) { }
        await seed(path);
        var engine = BenchEngine.Sqlite(path);
        await engine.PublishAsync(BenchFlows.TenActivities("ten", javaScriptDecision: true));
        return engine;
    }

    private static async Task MeasureAsync(BenchEngine engine, int runs, List<double> samples)
    {
        for (var i = 0; i < runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await engine.Runtime.StartAsync("ten");
            samples.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
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

    /// <summary>Finished instances with a journal row each, inserted in bulk in one transaction (not through the runtime).</summary>
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
        journal.CommandText = "INSERT INTO WorkflowJournal (InstanceId, Sequence, LastSequence, Timestamp, EntriesJson) VALUES ($id, 0, 31, $t, '[]')";
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
