using Amsp.Domain.Orders;
using Amsp.Domain.Production;
using Amsp.Host.Platform.Orders;
using Amsp.Host.Platform.Pipeline;
using Amsp.Reporting.Exports;
using Mediator;

namespace Amsp.Host.Platform.Production;

/// <summary>
/// Production over HTTP: the inspection queue and measurements, the certificate and its public verification, the
/// shipment, the trace of an order, print jobs, the operations view and the Excel export. Decisions are stored first
/// and then signalled to the order's instance, as in the order API.
/// </summary>
public static class ProductionApi
{
    public static void MapProductionApi(this IEndpointRouteBuilder routes)
    {
        var orders = routes.MapGroup("/api/orders").WithTags("Production");
        orders.MapGet("/export.xlsx", async (DateTimeOffset? from, DateTimeOffset? to, OrderStatus? status, Guid? customerId, Guid? amCentreId,
                ISender s, HttpContext http, CancellationToken ct) =>
            {
                var plan = await s.Send(new ExportOrders(from, to, status, customerId, amCentreId), ct);
                http.Response.ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
                http.Response.Headers.ContentDisposition = $"attachment; filename=\"orders-{plan.Filter.GeneratedAt:yyyyMMdd-HHmm}.xlsx\"";
                await OrderExportWriter.WriteAsync(http.Response.Body, plan.Rows, plan.Filter, ct);
            })
            .Sends<ExportOrders>().Produces(StatusCodes.Status200OK, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            .WithSummary("Excel export of the orders the caller sees, one row per order line, with the filter and totals on a second sheet");
        orders.MapGet("/{orderNumber}/inspections", async (string orderNumber, ISender s, CancellationToken ct) =>
                TypedResults.Ok(await s.Send(new GetOrderInspections(orderNumber), ct)))
            .Sends<GetOrderInspections>().WithSummary("The order's inspections with their plans and results, the latest first");
        orders.MapPost("/{orderNumber}/inspection", (string orderNumber, InspectionInput body, ISender s, OrderWorkflow w, CancellationToken ct) =>
                OrdersApi.DecideAsync(new RecordInspection(orderNumber, body), s, w, ct))
            .Sends<RecordInspection>().WithSummary("Enter the measurements of the awaited inspection; the verdict is computed from the plan");
        orders.MapGet("/{orderNumber}/certificate", async (string orderNumber, ISender s, CancellationToken ct) =>
            {
                var file = await s.Send(new DownloadCertificate(orderNumber), ct);
                return Results.File(file.Content, "application/pdf", file.FileName);
            })
            .Sends<DownloadCertificate>().Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .WithSummary("Download the order's PDF inspection certificate (its customer and the producing centre's quality team)");
        orders.MapPost("/{orderNumber}/shipment", (string orderNumber, ShipmentInput body, ISender s, OrderWorkflow w, CancellationToken ct) =>
                OrdersApi.DecideAsync(new ShipOrder(orderNumber, body), s, w, ct))
            .Sends<ShipOrder>().WithSummary("Record the hand-over to the carrier: carrier, tracking number, packages");
        orders.MapPost("/{orderNumber}/delivered", (string orderNumber, ISender s, OrderWorkflow w, CancellationToken ct) =>
                OrdersApi.DecideAsync(new ConfirmDelivery(orderNumber), s, w, ct))
            .Sends<ConfirmDelivery>().WithSummary("Confirm the delivery; the order becomes Delivered");
        orders.MapGet("/{orderNumber}/trace", async (string orderNumber, ISender s, CancellationToken ct) =>
                TypedResults.Ok(await s.Send(new TraceOrder(orderNumber), ct)))
            .Sends<TraceOrder>().WithSummary("The whole chain of an order for an audit, each step with who and when");

        routes.MapGet("/api/inspections", async (InspectionStatus? status, int? page, int? pageSize, ISender s, CancellationToken ct) =>
                TypedResults.Ok(await s.Send(new ListInspections(status, new Paging(page, pageSize)), ct)))
            .WithTags("Production").Sends<ListInspections>().WithSummary("The inspection queue of the caller's AM centres");
        routes.MapGet("/api/certificates/verify/{code}", async (string code, ISender s, CancellationToken ct) =>
                TypedResults.Ok(await s.Send(new VerifyCertificate(code), ct)))
            .WithTags("Production").AllowAnonymous().Sends<VerifyCertificate>()
            .WithSummary("Anyone: check a certificate by its verification code (number, date, part, verdict and the PDF's SHA-256)");
        routes.MapPost("/api/carrier-callbacks/{trackingNumber}/delivered", async (string trackingNumber, HttpRequest request, ISender s, OrderWorkflow w, CancellationToken ct) =>
            {
                var decision = await s.Send(new CarrierDelivered(trackingNumber, request.Headers["X-Carrier-Signature"].ToString()), ct);
                await w.SignalAsync(decision.InstanceId, decision.OrderNumber, decision.Signal, decision.Discriminator, ct);
                return TypedResults.NoContent();
            })
            .WithTags("Production").AllowAnonymous().Sends<CarrierDelivered>()
            .WithSummary("Carriers: report a delivery, signed with X-Carrier-Signature: sha256=HMAC-SHA256(tracking number) under the shared secret");
        routes.MapGet("/api/print-jobs", async (PrintJobStatus? status, Guid? printerId, int? page, int? pageSize, ISender s, CancellationToken ct) =>
                TypedResults.Ok(await s.Send(new ListPrintJobs(status, printerId, new Paging(page, pageSize)), ct)))
            .WithTags("Production").Sends<ListPrintJobs>().WithSummary("Print jobs of the caller's AM centres, the newest first");
        routes.MapGet("/api/operations", async (int? days, ISender s, CancellationToken ct) =>
                TypedResults.Ok(await s.Send(new GetOperations(days), ct)))
            .WithTags("Production").Sends<GetOperations>().SharedAcrossOrganizations()
            .WithSummary("Operations: printers with state, job, progress and queue; jobs, orders and instances by status; utilisation per printer and day");
        routes.MapGet("/api/operations/trends", async (DateOnly? from, DateOnly? to, ISender s, CancellationToken ct) =>
                TypedResults.Ok(await s.Send(new GetOperationsTrends(from, to), ct)))
            .WithTags("Production").Sends<GetOperationsTrends>().SharedAcrossOrganizations()
            .WithSummary("Per UTC day from from to to (both included, at most 92 days): print jobs completed and failed, orders shipped on time and late, printing hours and utilisation");
    }
}
