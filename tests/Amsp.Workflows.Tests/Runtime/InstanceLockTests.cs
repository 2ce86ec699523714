using Amsp.Workflows.Runtime;

namespace Amsp.Workflows.Tests.Runtime;

public sealed class InstanceLockTests
{
    [Fact]
    public async Task The_lock_of_one_instance_does_not_block_another()
    {
        var locks = new InProcessInstanceLockProvider();
        await using var a = await locks.AcquireAsync("a");
        var b = locks.AcquireAsync("b").AsTask();
        Assert.True(b.IsCompleted);
        await (await b).DisposeAsync();
    }

    [Fact]
    public async Task A_second_holder_of_the_same_instance_waits_for_the_first()
    {
        var locks = new InProcessInstanceLockProvider();
        var first = await locks.AcquireAsync("a");
        var second = locks.AcquireAsync("a").AsTask();
        Assert.False(second.IsCompleted);
        await first.DisposeAsync();
        await (await second).DisposeAsync();
        await using var third = await locks.AcquireAsync("a");
    }
}
