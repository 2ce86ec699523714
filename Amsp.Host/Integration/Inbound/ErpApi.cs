using Amsp.Activities.Services;
using System.Security.Claims;
using Amsp.Host.Hosting;
using Amsp.Host.Integration.Machine;
using Amsp.Host.Platform.Models;
using Amsp.Host.Platform.Orders;
using Amsp.Host.Platform.Pipeline;
using Amsp.Host.Platform.Requirements;
using Amsp.Integration.Erp;
using Mediator;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Amsp.Host.Integration.Inbound;

/// <summary>
/// <c>/api/erp</c>: what an ERP sends in — orders (with a model of the organization, or with the model's file) and its
/// confirmations of the steps orders wait for. Every POST needs an <c>Idempotency-Key</c>. The work is the platform's
/// own requests (the same checks and handlers as the people's API), sent on the caller's behalf.
/// </summary>
internal static class ErpApi
{
    public sealed record ErpConfirmationAnswer(string Result, string Message, Guid? ConfirmationId, OrderDto Order);

    public static void MapErpApi(this IEndpointRouteBuilder routes)
    {
        var erp = routes.MapGroup("/api/erp").WithTags("ERP");
        erp.MapPost("/orders", (Guid? organizationId, RequirementInput body, ISender s, OrderWorkflow w, CancellationToken ct) =>
                OrderAsync(organizationId, body, s, w, ct))
            .Sends<CreateRequirement>().RequireErpScope(ErpScopes.OrdersWrite).AddEndpointFilter<IdempotencyFilter>()
            .WithSummary("Order a part: the requirement (with modelId, a model of the organization) is created and submitted at once")
            .WithDescription("Needs an Idempotency-Key header. Answers the order as its workflow left it (201).");
        erp.MapPost("/orders/upload", async (Guid? organizationId, HttpRequest request, IOptions<ModelOptions> models, IOptions<JsonOptions> json,
                ISender s, OrderWorkflow w, ModelFingerprints fingerprints, CancellationToken ct) =>
            {
                var (requirement, fileName, file) = await ErpMultipart.ReadAsync(request, models.Value.MaxUploadBytes, json.Value.SerializerOptions, ct);
                var uploaded = await s.Send(new UploadModel(organizationId, fileName, file), ct);
                fingerprints.Notify();
                return await OrderAsync(organizationId, requirement with { ModelId = uploaded.Model.Id }, s, w, ct);
            })
            .Sends<CreateRequirement>().RequireErpScope(ErpScopes.OrdersWrite).AddEndpointFilter<IdempotencyFilter>()
            .Accepts<IFormFile>("multipart/form-data").Produces<OrderDto>(StatusCodes.Status201Created).DisableAntiforgery()
            .WithSummary("Order a part with its model file: multipart/form-data, a part 'requirement' (JSON) and then a part 'file'")
            .WithDescription("Needs an Idempotency-Key header. The model is uploaded and analysed as by POST /api/models, then ordered.");
        erp.MapGet("/orders/{orderNumber}", async (string orderNumber, ISender s, CancellationToken ct) =>
                TypedResults.Ok(await s.Send(new GetOrder(orderNumber), ct)))
            .Sends<GetOrder>().RequireErpScope(ErpScopes.OrdersRead).WithSummary("An order, as the ERP sees it");
        erp.MapPost("/orders/{orderNumber}/confirmations", ConfirmAsync)
            .Sends<ErpConfirmationAccess>().RequireErpScope(ErpScopes.OrdersWrite).AddEndpointFilter<IdempotencyFilter>()
            .WithSummary("Confirm or reject a step the order waits for (e.g. step 'order' after the customer accepted a quote)")
            .WithDescription("Needs an Idempotency-Key header. 409 when the order does not wait for that step.");
    }

    private static async Task<IResult> OrderAsync(Guid? organizationId, RequirementInput input, ISender s, OrderWorkflow workflow, CancellationToken ct)
    {
        var draft = await s.Send(new CreateRequirement(organizationId, input), ct);
        SubmittedOrder submitted;
        try
        {
            submitted = await s.Send(new SubmitRequirement(draft.Id), ct);
        }
        catch (Exception e) when (e is RequestValidationException or ApiProblemException)
        {
            // An ERP's order is all or nothing: no draft is left behind by one that cannot be submitted.
            await s.Send(new DeleteRequirement(draft.Id), CancellationToken.None);
            throw;
        }
        await workflow.StartAsync(submitted.InstanceId, submitted.Number, submitted.Id, submitted.OrganizationId, ct);
        return TypedResults.Created($"/api/orders/{submitted.Number}", await s.Send(new GetOrder(submitted.Number), ct));
    }

    private static async Task<IResult> ConfirmAsync(string orderNumber, ErpConfirmationInput body, HttpContext http, ISender s,
        IErpConfirmations confirmations, CancellationToken ct)
    {
        var organization = await s.Send(new ErpConfirmationAccess(orderNumber, body), ct);
        var sender = MachinePrincipal.ClientIdOf(http.User) ?? http.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        var key = http.Request.Headers[IdempotencyFilter.Header].ToString();
        var outcome = await confirmations.ApplyAsync(new ErpConfirmationCommand(organization, orderNumber, body.Step!, body.Confirmed!.Value,
            body.Reason, body.Reference, ErpConfirmationSource.Rest, $"rest:{sender}:{key}", sender), ct);
        return outcome.Result switch
        {
            ErpConfirmationResult.NotFound => throw ApiProblemException.NotFound(outcome.Message),
            ErpConfirmationResult.Conflict => throw new ApiProblemException(StatusCodes.Status409Conflict, "Not waiting", outcome.Message),
            _ => TypedResults.Ok(new ErpConfirmationAnswer(outcome.Result.ToString(), outcome.Message, outcome.ConfirmationId,
                await s.Send(new GetOrder(orderNumber), ct))),
        };
    }
}
