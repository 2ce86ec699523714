using Amsp.Domain.Orders;
using Amsp.Domain.Requirements;
using Amsp.Host.Platform.Pipeline;
using Amsp.Host.Platform.Requirements;
using Amsp.Workflows.Runtime;
using Mediator;

namespace Amsp.Host.Platform.Orders;

/// <summary>
/// <c>/api/orders</c> and <c>/api/copyright-reviews</c>: the order workflow driven over HTTP. Every decision is stored
/// first and then signalled to the order's instance, and the answer is the order as it stands after the workflow ran
/// on to its next wait.
/// </summary>
public static class OrdersApi
{
    public sealed record UnitsInput(LengthUnit? Units);

    public sealed record CancelInput(string? Reason);

    public static void MapOrdersApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGroup("/api/requirements").WithTags("Orders")
            .MapPost("/{requirementId:guid}/submit", async (Guid requirementId, ISender s, OrderWorkflow workflow, CancellationToken ct) =>
            {
                var submitted = await s.Send(new SubmitRequirement(requirementId), ct);
                await workflow.StartAsync(submitted.InstanceId, submitted.Number, submitted.Id, submitted.OrganizationId, ct);
                return TypedResults.Created($"/api/orders/{submitted.Number}", await s.Send(new GetOrder(submitted.Number), ct));
            })
            .Sends<SubmitRequirement>()
            .WithSummary("Submit a requirement: it becomes an order, and the order workflow runs (intake, copyright, mesh, quotes)");

        var orders = routes.MapGroup("/api/orders").WithTags("Orders");
        orders.MapGet("/", async (OrderStatus? status, int? page, int? pageSize, ISender s, CancellationToken ct) =>
                TypedResults.Ok(await s.Send(new ListOrders(status, new Paging(page, pageSize)), ct)))
            .Sends<ListOrders>().WithSummary("Customers: their organization's orders. AM centre staff: the orders their centre quoted for");
        orders.MapGet("/{orderNumber}", async (string orderNumber, ISender s, CancellationToken ct) =>
                TypedResults.Ok(await s.Send(new GetOrder(orderNumber), ct)))
            .Sends<GetOrder>().WithSummary("An order: status and history, the reasons, the analysis with its defects, the repair, the quotes with their lines");
        orders.MapPost("/{orderNumber}/resubmit", (string orderNumber, ISender s, OrderWorkflow w, CancellationToken ct) =>
                DecideAsync(new ResubmitOrder(orderNumber), s, w, ct))
            .Sends<ResubmitOrder>().WithSummary("Send an invalid order through intake again after correcting its requirement");
        orders.MapPost("/{orderNumber}/units", (string orderNumber, UnitsInput body, ISender s, OrderWorkflow w, CancellationToken ct) =>
                DecideAsync(new ConfirmUnits(orderNumber, body.Units), s, w, ct))
            .Sends<ConfirmUnits>().WithSummary("State the units of the model (mm or inch) when the order asks for them");
        orders.MapPost("/{orderNumber}/quotes/{quoteId:guid}/accept", (string orderNumber, Guid quoteId, ISender s, OrderWorkflow w, CancellationToken ct) =>
                DecideAsync(new AcceptQuote(orderNumber, quoteId), s, w, ct))
            .Sends<AcceptQuote>().WithSummary("Accept one of the offered quotes (the others are rejected)");
        orders.MapPost("/{orderNumber}/reject", (string orderNumber, ISender s, OrderWorkflow w, CancellationToken ct) =>
                DecideAsync(new RejectQuotes(orderNumber), s, w, ct))
            .Sends<RejectQuotes>().WithSummary("Reject every offered quote");
        orders.MapPost("/{orderNumber}/cancel", async (string orderNumber, CancelInput? body, ISender s, WorkflowRuntime runtime, CancellationToken ct) =>
            {
                var decision = await s.Send(new CancelOrder(orderNumber, body?.Reason), ct);
                await runtime.CancelAsync(decision.InstanceId, ct);
                return TypedResults.Ok(await s.Send(new GetOrder(orderNumber), ct));
            })
            .Sends<CancelOrder>().WithSummary("Cancel an order not yet accepted; its workflow instance is cancelled too");

        var reviews = routes.MapGroup("/api/copyright-reviews").WithTags("Orders");
        reviews.MapGet("/", async (Amsp.Domain.Orders.CopyrightReviewStatus? status, int? page, int? pageSize, ISender s, CancellationToken ct) =>
                TypedResults.Ok(await s.Send(new ListCopyrightReviews(status, new Paging(page, pageSize)), ct)))
            .Sends<ListCopyrightReviews>().WithSummary("Copyright reviews (platform operators): each with the order's model and the protected one");
        reviews.MapPost("/{reviewId:guid}/decision", async (Guid reviewId, ReviewDecisionInput body, ISender s, OrderWorkflow w, CancellationToken ct) =>
            {
                var decision = await s.Send(new DecideCopyrightReview(reviewId, body), ct);
                await w.SignalAsync(decision.InstanceId, decision.OrderNumber, decision.Signal, decision.Discriminator, ct);
                return TypedResults.Ok(decision);
            })
            .Sends<DecideCopyrightReview>().WithSummary("Decide a review: clear lets the order go on, otherwise it is rejected");
        reviews.MapGet("/{reviewId:guid}/models/{which}/file", async (Guid reviewId, string which, ISender s, CancellationToken ct) =>
            {
                var file = await s.Send(new DownloadReviewedModel(reviewId, which), ct);
                return Results.File(file.Content, "application/octet-stream", file.FileName);
            })
            .Sends<DownloadReviewedModel>().Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .WithSummary("Download the order's model ('order') or the protected one ('protected') of a review");
    }

    internal static async Task<IResult> DecideAsync(ICommand<OrderDecision> command, ISender s, OrderWorkflow workflow, CancellationToken ct)
    {
        var decision = await s.Send(command, ct);
        await workflow.SignalAsync(decision.InstanceId, decision.OrderNumber, decision.Signal, decision.Discriminator, ct);
        return TypedResults.Ok(await s.Send(new GetOrder(decision.OrderNumber), ct));
    }
}
