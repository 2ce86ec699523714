using Amsp.Workflows.Persistence;
using Amsp.Workflows.Runtime;
using Amsp.Workflows.Tests.TestSupport;

namespace Amsp.Workflows.Tests.Runtime;

public sealed class RecoveryTests
{
    /// <summary>Commits instances as a crash leaves them: Running, with their first activity still queued.</summary>
    private static async Task<List<string>> InterruptedAsync(TestEngine engine, int count)
    {
        var definition = await engine.PublishAsync(new Flow("job").Activity("start", "Start").Activity("a", "Record").Chain("start", "a").Build());
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var id = $"interrupted-{i:D3}";
            await engine.Instances.CommitAsync(new InstanceCommit
            {
                IsNew = true,
                Instance = new WorkflowInstance
                {
                    Id = id, DefinitionId = "job", DefinitionVersionId = definition.Id, DefinitionVersion = definition.Version,
                    Status = WorkflowStatus.Running, CreatedAt = engine.Clock.GetUtcNow(), UpdatedAt = engine.Clock.GetUtcNow(),
                    State = new InstanceState { Queue = [new WorkItem { ExecutionId = $"x{i}", ActivityId = "start" }] },
                },
            });
            ids.Add(id);
        }
        return ids;
    }

    [Fact]
    public async Task Recovery_runs_interrupted_instances_at_a_bounded_rate_by_the_engine_clock()
    {
        await using var engine = TestEngine.InMemory();
        var ids = await InterruptedAsync(engine, 25);
        var progress = new Progress();

        var recovery = engine.Runtime.RecoverAsync(maxPerSecond: 10, progress);
        await progress.WhenReportedAsync(10);
        Assert.False(recovery.IsCompleted);
        Assert.Equal(10, engine.Recorder.Executions.Count);

        engine.Clock.Advance(TimeSpan.FromSeconds(1));
        await progress.WhenReportedAsync(20);
        Assert.Equal(20, engine.Recorder.Executions.Count);

        engine.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(25, await recovery);
        foreach (var id in ids) Assert.Equal(WorkflowStatus.Finished, (await engine.InstanceAsync(id)).Status);
    }

    [Fact]
    public async Task Recovery_pages_through_more_instances_than_one_read_returns()
    {
        await using var engine = TestEngine.InMemory();
        await InterruptedAsync(engine, 230);
        Assert.Equal(230, await engine.Runtime.RecoverAsync());
        Assert.Equal(230, engine.Recorder.Executions.Count);
    }

    private sealed class Progress : IProgress<int>
    {
        private readonly Lock _gate = new();
        private readonly List<(int Value, TaskCompletionSource Done)> _waiting = [];
        private int _last = -1;

        public void Report(int value)
        {
            lock (_gate)
            {
                _last = value;
                foreach (var w in _waiting.Where(w => w.Value <= value).ToList())
                {
                    w.Done.TrySetResult();
                    _waiting.Remove(w);
                }
            }
        }

        public Task WhenReportedAsync(int value)
        {
            lock (_gate)
            {
                if (_last >= value) return Task.CompletedTask;
                var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                _waiting.Add((value, done));
                return done.Task.WaitAsync(TimeSpan.FromSeconds(30));
            }
        }
    }
}
