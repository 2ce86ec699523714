using System.Diagnostics;
using Amsp.Workflows.Bench;

// Usage: Amsp.Workflows.Bench <scenario> [work-directory]
// Scenarios: first | first-setup, then first-sqlite / first-sqlite-literal | memory | sqlite | resume | shapes | versions | instances [rows]
var sinceStart = Stopwatch.StartNew();
var scenario = args.Length > 0 ? args[0] : "all";
var directory = args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), "amsp-workflows-bench");
Directory.CreateDirectory(directory);
var workers = int.TryParse(Environment.GetEnvironmentVariable("WORKERS"), out var w) ? w : Environment.ProcessorCount * 2;

switch (scenario)
{
    case "first":
        await using (var engine = BenchEngine.InMemory())
        {
            var built = sinceStart.Elapsed.TotalMilliseconds;
            await engine.PublishAsync(BenchFlows.TenActivities("ten", javaScriptDecision: true));
            var published = sinceStart.Elapsed.TotalMilliseconds;
            await engine.Runtime.StartAsync("ten");
            Console.WriteLine($"  breakdown: services built {Stats.F(built)} ms, definition validated and published {Stats.F(published - built)} ms, first run {Stats.F(sinceStart.Elapsed.TotalMilliseconds - published)} ms");
            Console.WriteLine($"first execution after process start (in-process, from Main): {Stats.F(sinceStart.Elapsed.TotalMilliseconds)} ms");
            var second = Stopwatch.StartNew();
            await engine.Runtime.StartAsync("ten");
            Console.WriteLine($"second execution: {Stats.F(second.Elapsed.TotalMilliseconds, "0.000")} ms");
        }
        break;
    case "first-setup":
        await using (var engine = BenchEngine.Sqlite(Fresh(directory, "first.db")))
        {
            await engine.PublishAsync(BenchFlows.TenActivities("ten", javaScriptDecision: true));
            await engine.PublishAsync(BenchFlows.TenActivities("ten-literal", javaScriptDecision: false));
        }
        break;
    case "first-sqlite":
    case "first-sqlite-literal":
        await using (var engine = BenchEngine.Sqlite(Path.Combine(directory, "first.db")))
        {
            var built = sinceStart.Elapsed.TotalMilliseconds;
            var definitionId = scenario == "first-sqlite" ? "ten" : "ten-literal";
            await engine.Runtime.StartAsync(definitionId);
            Console.WriteLine($"first execution after process start, SQLite store, definition '{definitionId}' published by an earlier process: {Stats.F(sinceStart.Elapsed.TotalMilliseconds)} ms (engine and database opened in {Stats.F(built)} ms)");
        }
        break;
    case "first-sqlite-warm":
        await using (var engine = BenchEngine.Sqlite(Path.Combine(directory, "first.db")))
        {
            var opened = sinceStart.Elapsed.TotalMilliseconds;
            await engine.Runtime.WarmUpAsync();
            var warmed = sinceStart.Elapsed.TotalMilliseconds;
            var first = Stopwatch.StartNew();
            await engine.Runtime.StartAsync("ten");
            Console.WriteLine($"first execution after a start-up warm-up, SQLite store: {Stats.F(first.Elapsed.TotalMilliseconds)} ms (engine and database opened in {Stats.F(opened)} ms, WarmUpAsync {Stats.F(warmed - opened)} ms)");
        }
        break;
    case "memory":
        await using (var engine = BenchEngine.InMemory()) await Throughput.RunAsync(engine, "in-memory, 10 activities, literal decision", 100_000, workers, javaScript: false);
        await using (var engine = BenchEngine.InMemory()) await Throughput.RunAsync(engine, "in-memory, 10 activities, JavaScript decision", 50_000, workers, javaScript: true);
        break;
    case "sqlite":
        await using (var engine = BenchEngine.Sqlite(Fresh(directory, "throughput.db"))) await Throughput.RunAsync(engine, "SQLite WAL, 10 activities, literal decision, commit at completion", 10_000, workers, javaScript: false);
        await using (var engine = BenchEngine.Sqlite(Fresh(directory, "throughput-js.db"))) await Throughput.RunAsync(engine, "SQLite WAL, 10 activities, JavaScript decision, commit at completion", 10_000, workers, javaScript: true);
        break;
    case "resume":
        await using (var engine = BenchEngine.Sqlite(Fresh(directory, "resume.db"))) await Resume.RunAsync(engine, 5_000, "background checkpoints");
        await using (var engine = BenchEngine.Sqlite(Fresh(directory, "resume-auto.db"), backgroundCheckpoints: false)) await Resume.RunAsync(engine, 5_000, "SQLite's inline auto-checkpoint");
        break;
    case "shapes":
        // The first run of each warms the JIT up and is not reported.
        foreach (var branches in new[] { 100, 800, 3_200 })
        {
            await using var engine = BenchEngine.InMemory();
            await Shapes.ForkJoinAsync(engine, branches, report: branches > 100);
        }
        await using (var engine = BenchEngine.InMemory())
        {
            await Shapes.LoopAsync(engine, 1_000, report: false);
            await Shapes.LoopAsync(engine, 10_000, report: true);
        }
        break;
    case "versions":
        Fresh(directory, "versions-1.db");
        Fresh(directory, "versions-1000.db");
        await FlatCost.VersionsAsync(directory, 3_000);
        break;
    case "instances":
        var rows = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000;
        Fresh(directory, "instances-0.db");
        Fresh(directory, $"instances-{rows}.db");
        await FlatCost.InstancesAsync(directory, 3_000, rows);
        break;
    default:
        Console.Error.WriteLine("usage: Amsp.Workflows.Bench first|memory|sqlite|resume|shapes|versions|instances [dir] [rows]");
        return 2;
}
return 0;

static string Fresh(string directory, string name)
{
    var path = Path.Combine(directory, name);
    foreach (var file in new[] { path, path + "-wal", path + "-shm" }) File.Delete(file);
    return path;
}
