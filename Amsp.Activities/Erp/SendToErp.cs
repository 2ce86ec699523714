using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Amsp.Activities.Orders;
using Amsp.Domain.Integration;
using Amsp.Domain.Orders;
using Amsp.Workflows.Activities;
using Fluid;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Amsp.Activities.Erp;

/// <summary>
/// Publishes an integration event of the analyst's own type for the order, its data rendered from a Liquid template
/// (which sees <c>order</c> and <c>event</c>), in the step's own transaction: the outbox delivers it
/// like the platform's events, to every subscribed connector of the customer and of the accepted AM centre, or only to
/// the connector named. A template that does not parse or does not render JSON faults the step (an incident), and so
/// does a connector name that matches none.
/// </summary>
[Activity("SendToErp", Category = "ERP", DisplayName = "Send to ERP",
    Description = "Publishes an integration event (type, Liquid payload) to the ERP connectors, through the outbox.")]
public sealed class SendToErp(IServiceScopeFactory scopes) : OrderActivity(scopes)
{
    private static readonly FluidParser Parser = new();
    private static readonly TemplateOptions Options = new() { MaxSteps = 100_000, MaxRecursion = 32 };

    /// <summary>The event type, e.g. <c>erp.order-released</c>.</summary>
    [Input(Required = true, Syntaxes = ["Literal"], Description = "Event type: dotted lower-case words, e.g. erp.order-released (not a platform type).")]
    public string EventType { get; set; } = "";

    /// <summary>The event's data: a Liquid template that renders a JSON value.</summary>
    [Input(Required = true, Syntaxes = ["Literal"], UIHint = "code-editor",
        Description = "Liquid template rendering the event's data as JSON; sees order (id, number, status, organizationId, createdAt, updatedAt, acceptedQuoteId) and event (id, type).")]
    public string PayloadTemplate { get; set; } = "";

    /// <summary>Only this connector receives the event; empty: every subscriber.</summary>
    [Input(Syntaxes = ["Literal"], Description = "Name of the one connector to receive it (the customer's or the accepted AM centre's); empty: all subscribers.")]
    public string? Connector { get; set; }

    [Output(Description = "The event's id (its idempotency key).")]
    public string? EventId { get; set; }

    protected override async ValueTask<ActivityResult> ExecuteAsync(OrderStep run, Order order)
    {
        var ct = run.CancellationToken;
        if (!EventTypes.IsValidCustomType(EventType))
        {
            throw new InvalidOperationException($"SendToErp: '{EventType}' is not a valid event type (dotted lower-case words like erp.order-released, not a platform type).");
        }
        // The id comes from the execution, so a re-run after a crash finds the event it wrote instead of writing another.
        var id = new Guid(SHA256.HashData(Encoding.UTF8.GetBytes("SendToErp:" + run.Context.ExecutionId)).AsSpan(0, 16));
        EventId = id.ToString();
        if (await run.Db.IntegrationEvents.AnyAsync(e => e.Id == id, ct))
        {
            return ActivityResult.Done;
        }
        var centre = order.AcceptedQuoteId is { } quote
            ? await run.Db.Quotes.AsNoTracking().Where(q => q.Id == quote).Select(q => (Guid?)q.AmCentreId).SingleOrDefaultAsync(ct)
            : null;
        Guid? target = null;
        if (!string.IsNullOrWhiteSpace(Connector))
        {
            var name = Connector.Trim();
            var found = await run.Db.Connectors.AsNoTracking()
                .Where(c => c.Name == name && (c.OrganizationId == order.OrganizationId || c.OrganizationId == centre)).Select(c => c.Id).ToListAsync(ct);
            target = found.Count == 1 ? found[0]
                : throw new InvalidOperationException($"SendToErp: {(found.Count == 0 ? "no" : "more than one")} connector named '{name}' belongs to the order's customer or AM centre.");
        }
        var data = await RenderAsync(run, order);
        var e = IntegrationEvent.Create(EventType, order.OrganizationId, centre, order.Id, order.Number, run.Now, data, target);
        e.Id = id;
        run.Db.IntegrationEvents.Add(e);
        return ActivityResult.Done;
    }

    private async Task<string> RenderAsync(OrderStep run, Order order)
    {
        if (!Parser.TryParse(PayloadTemplate, out var template, out var error))
        {
            throw new InvalidOperationException($"SendToErp: the payload template is not valid Liquid: {error}");
        }
        var context = new TemplateContext(Options);
        context.SetValue("order", new Dictionary<string, object?>
        {
            ["id"] = order.Id.ToString(), ["number"] = order.Number, ["status"] = order.Status.ToString(),
            ["organizationId"] = order.OrganizationId.ToString(), ["createdAt"] = order.CreatedAt.ToString("O"),
            ["updatedAt"] = order.UpdatedAt.ToString("O"), ["acceptedQuoteId"] = order.AcceptedQuoteId?.ToString(),
        });
        context.SetValue("event", new Dictionary<string, object?> { ["id"] = EventId, ["type"] = EventType });
        string rendered;
        try
        {
            rendered = await template.RenderAsync(context);
        }
        catch (InvalidOperationException ex)
        {
            throw new InvalidOperationException($"SendToErp: the payload template failed: {ex.Message}", ex);
        }
        try
        {
            using var document = JsonDocument.Parse(rendered);
            return document.RootElement.GetRawText();
        }
        catch (JsonException ex)
        {
            throw new InvalidOperationException($"SendToErp: the payload template must render JSON, but rendered: {rendered[..Math.Min(200, rendered.Length)]} ({ex.Message})", ex);
        }
    }
}
