using System.Net;
using System.Text.Json;
using Amsp.Domain.Identity;
using Amsp.Domain.Orders;
using Amsp.Domain.Persistence;
using Amsp.Domain.Production;
using Amsp.Domain.Requirements;
using Amsp.Host.Auth;
using Amsp.Host.Platform.Demo;
using Amsp.Host.Tests.Infrastructure;
using Amsp.Host.Tests.Platform;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Amsp.Host.Tests.Production;

/// <summary>
/// The operations charts' figures: jobs ended, orders shipped on time or late, and printing hours per UTC day, for the
/// caller's centres only; a period longer than the limit or upside down is a problem that names it. The clock stands
/// at 24 November 2026, 08:00 UTC.
/// </summary>
public sealed class OperationsTrendsTests(OperationsTrendsTests.Seeded host) : IClassFixture<OperationsTrendsTests.Seeded>
{
    private static readonly Guid OtherCentre = Guid.NewGuid();

    /// <summary>The host with the jobs and shipments below stored once for the class.</summary>
    public sealed class Seeded : FakeClockHostFixture, IAsyncLifetime
    {
        public Task InitializeAsync() => SeedAsync(this);

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    private static DateTimeOffset At(int day, int hour) => new(2026, 11, day, hour, 0, 0, TimeSpan.Zero);

    // The demo operator is also the platform's; this one operates the demo centre only.
    private const string CentreOperator = "centre-operator@trends.test";
    private const string Password = "Centre-Operator-2026";

    private static async Task SeedAsync(FakeClockHostFixture host)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AmspDbContext>();
        var user = await IdentitySeeder.EnsureUserAsync(scope.ServiceProvider.GetRequiredService<UserManager<AmspUser>>(), CentreOperator, Password, "Centre operator");
        await IdentitySeeder.EnsureMembershipAsync(db, host.Clock, DemoData.CentreId, user.Id, [AmspRoles.Operator], CancellationToken.None);
        var (onTime, late) = (Order(db, new DateOnly(2026, 11, 22)), Order(db, new DateOnly(2026, 11, 21)));
        db.Shipments.AddRange(Shipment(onTime, At(22, 15)), Shipment(late, At(22, 10)));
        // 22nd 20:00 to 23rd 02:00: four hours on the 22nd, two on the 23rd; then an hour of a failed job on the 23rd.
        db.PrintJobs.AddRange(Job(onTime, DemoData.CentreId, DemoData.MexPlaPrinterId, PrintJobStatus.Completed, At(22, 20), At(23, 2)),
            Job(late, DemoData.CentreId, DemoData.MexPetgPrinterId, PrintJobStatus.Failed, At(23, 5), At(23, 6)),
            // Printing since 06:00 today: two of the eight hours gone by.
            Job(late, DemoData.CentreId, DemoData.SlsPrinterId, PrintJobStatus.Printing, At(24, 6), null),
            Job(late, OtherCentre, Guid.NewGuid(), PrintJobStatus.Completed, At(23, 1), At(23, 3)));
        await db.SaveChangesAsync();
    }

    private static Order Order(AmspDbContext db, DateOnly due)
    {
        var requirement = new Requirement { Id = Guid.NewGuid(), OrganizationId = DemoData.AcmeId, Title = "Bracket", DueDate = due, Status = RequirementStatus.Submitted };
        var order = new Order { Id = Guid.NewGuid(), Number = $"AMSP-2026-{Random.Shared.Next(900000, 999999)}", OrganizationId = DemoData.AcmeId,
            RequirementId = requirement.Id, Status = OrderStatus.Shipped };
        db.Requirements.Add(requirement);
        db.Orders.Add(order);
        return order;
    }

    private static Shipment Shipment(Order order, DateTimeOffset at) =>
        new() { Id = Guid.NewGuid(), OrderId = order.Id, OrderNumber = order.Number, AmCentreId = DemoData.CentreId, ExecutionId = Guid.NewGuid().ToString("N"), Packages = 1, ShippedAt = at, CreatedAt = at };

    private static PrintJob Job(Order order, Guid centre, Guid printer, PrintJobStatus status, DateTimeOffset started, DateTimeOffset? ended) =>
        new() { Id = Guid.NewGuid(), OrderId = order.Id, OrderNumber = order.Number, AmCentreId = centre, PrinterId = printer, Status = status,
            ExecutionId = Guid.NewGuid().ToString("N"), FileName = "bracket.gcode", CreatedAt = started, StartedAt = started, EndedAt = ended };

    private static Dictionary<string, JsonElement> ByDay(JsonElement trends) =>
        trends.GetProperty("days").EnumerateArray().ToDictionary(d => d.GetProperty("day").GetString()!);

    [Fact]
    public async Task A_centre_s_operator_sees_its_jobs_shipments_and_printing_hours_per_day()
    {
        using var operatorClient = await host.CreateClientAsAsync(CentreOperator, Password);
        var trends = await operatorClient.GetJsonAsync("/api/operations/trends?from=2026-11-21&to=2026-11-24");
        Assert.Equal(3, trends.GetProperty("printers").GetInt32());
        var days = ByDay(trends);
        Assert.Equal(["2026-11-21", "2026-11-22", "2026-11-23", "2026-11-24"], days.Keys);
        Assert.Equal(0, days["2026-11-21"].GetProperty("printingHours").GetDouble());

        var shippedDay = days["2026-11-22"];
        Assert.Equal((2, 1, 1), (shippedDay.GetProperty("ordersShipped").GetInt32(), shippedDay.GetProperty("shippedOnTime").GetInt32(), shippedDay.GetProperty("shippedLate").GetInt32()));
        Assert.Equal(4, shippedDay.GetProperty("printingHours").GetDouble());
        Assert.Equal(Math.Round(4 / 72.0, 4), shippedDay.GetProperty("utilisation").GetDouble());

        var endedDay = days["2026-11-23"];
        Assert.Equal((1, 1), (endedDay.GetProperty("jobsCompleted").GetInt32(), endedDay.GetProperty("jobsFailed").GetInt32()));
        Assert.Equal(3, endedDay.GetProperty("printingHours").GetDouble());

        // Today counts the hours gone by: 2 of 3 printers × 8 hours.
        Assert.Equal(Math.Round(2 / 24.0, 4), days["2026-11-24"].GetProperty("utilisation").GetDouble());
    }

    [Fact]
    public async Task Administrators_and_platform_operators_see_every_centre_and_others_are_refused()
    {
        foreach (var role in new[] { AmspRoles.Admin, AmspRoles.Operator })
        {
            using var client = await host.CreateClientAsAsync(role);
            var days = ByDay(await client.GetJsonAsync("/api/operations/trends?from=2026-11-23&to=2026-11-23"));
            Assert.Equal(2, Assert.Single(days.Values).GetProperty("jobsCompleted").GetInt32());
        }

        using var customer = await host.CreateClientAsAsync(AmspRoles.Customer);
        await (await customer.GetAsync("/api/operations/trends?from=2026-11-23&to=2026-11-23")).AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("from=2026-01-01&to=2026-06-30", "to", "92 days")]
    [InlineData("from=2026-11-24&to=2026-11-23", "to", "not be before")]
    [InlineData("to=2026-11-23", "from", "required")]
    public async Task A_bad_period_is_a_problem_that_names_it(string query, string field, string says)
    {
        using var operatorClient = await host.CreateClientAsAsync(AmspRoles.Operator);
        var problem = await (await operatorClient.GetAsync($"/api/operations/trends?{query}")).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(says, string.Join(" ", problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(m => m.GetString())), StringComparison.Ordinal);
    }
}
