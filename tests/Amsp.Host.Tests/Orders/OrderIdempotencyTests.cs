using System.Net;
using System.Reflection;
using Amsp.Domain.Identity;
using Amsp.Domain.Persistence;
using Amsp.Host.Tests.Infrastructure;
using Amsp.Host.Tests.Platform;
using Amsp.Workflows.Persistence;
using Amsp.Workflows.Runtime;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Amsp.Host.Tests.Orders;

/// <summary>
/// The host dies after an activity stored its result and before the engine committed: the instance store refuses the
/// first commit made once quotes exist, as a crash there would leave it. Recovery runs the instance on from its last
/// commit, which runs the quoting step again with the same execution id: it finds its quotes and makes none more.
/// </summary>
public sealed class OrderIdempotencyTests(OrderIdempotencyTests.CrashAfterQuotes host) : IClassFixture<OrderIdempotencyTests.CrashAfterQuotes>
{
    [Fact]
    public async Task Re_running_the_quoting_step_after_a_crash_makes_no_second_quote()
    {
        using var customer = await host.CreateClientAsAsync(AmspRoles.Customer);
        var draft = await customer.PostJsonAsync("/api/requirements",
            OrderFlows.Requirement((await customer.UploadSampleAsync("bracket.stl")).GetProperty("model").Id()), HttpStatusCode.Created);
        host.Armed = true;
        var submit = await customer.PostAsync($"/api/requirements/{draft.Id()}/submit", null);
        Assert.Equal(HttpStatusCode.InternalServerError, submit.StatusCode);
        Assert.False(host.Armed, "the commit after quoting failed once");

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AmspDbContext>();
        var order = await db.Orders.AsNoTracking().SingleAsync(o => o.RequirementId == draft.Id());
        Assert.Equal(1, await db.Quotes.CountAsync(q => q.OrderId == order.Id));

        Assert.True(await host.Services.GetRequiredService<WorkflowRuntime>().RecoverAsync(order.InstanceId));
        Assert.Equal(1, await db.Quotes.CountAsync(q => q.OrderId == order.Id));
        var recovered = await customer.GetJsonAsync($"/api/orders/{order.Number}");
        Assert.Equal("Quoted", recovered.Status());
        Assert.Single(recovered.GetProperty("history").EnumerateArray(), h => h.GetProperty("to").GetString() == "Quoted");
        Assert.Equal("Printing", (await customer.AcceptFirstAsync(recovered)).Status());
    }

    public sealed class CrashAfterQuotes : AmspHostFixture
    {
        private volatile bool _armed;

        public bool Armed
        {
            get => _armed;
            set => _armed = value;
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                var inner = services.Last(d => d.ServiceType == typeof(IWorkflowInstanceStore));
                services.Remove(inner);
                services.AddSingleton(sp =>
                {
                    var store = (IWorkflowInstanceStore)(inner.ImplementationInstance ?? inner.ImplementationFactory?.Invoke(sp)
                        ?? ActivatorUtilities.CreateInstance(sp, inner.ImplementationType!));
                    var proxy = DispatchProxy.Create<IWorkflowInstanceStore, FailingCommits>();
                    ((FailingCommits)(object)proxy).Init(store, () => Armed && QuotesExist(sp), () => Armed = false);
                    return proxy;
                });
            });
        }

        private static bool QuotesExist(IServiceProvider services)
        {
            using var scope = services.CreateScope();
            return scope.ServiceProvider.GetRequiredService<AmspDbContext>().Quotes.Any();
        }
    }

    public class FailingCommits : DispatchProxy
    {
        private IWorkflowInstanceStore _inner = null!;
        private Func<bool> _fail = null!;
        private Action _disarm = null!;

        public void Init(IWorkflowInstanceStore inner, Func<bool> fail, Action disarm) => (_inner, _fail, _disarm) = (inner, fail, disarm);

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            if (targetMethod!.Name == nameof(IWorkflowInstanceStore.CommitAsync) && _fail())
            {
                _disarm();
                return Task.FromException(new IOException("the host died before this commit"));
            }
            return targetMethod.Invoke(_inner, args);
        }
    }
}
