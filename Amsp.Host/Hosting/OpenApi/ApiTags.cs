namespace Amsp.Host.Hosting.OpenApi;

/// <summary>
/// Every tag an endpoint may carry (<c>.WithTags(...)</c>), with the description the OpenAPI document gives it. A new
/// API adds its tag here; a tag missing from this list fails the OpenAPI tests and the CI lint.
/// </summary>
public static class ApiTags
{
    public static IReadOnlyDictionary<string, string> Descriptions { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Auth"] = "Sign-in for people (a cookie) and API clients (a bearer token and its refresh token), and the signed-in user.",
        ["Workflow definitions"] =
            "Versioned workflow definitions: drafts, publishing, retraction, import and export, validation, and the activity palette.",
        ["Workflow instances"] =
            "Running workflows: start, list, inspect, cancel, retry and delete instances; deliver stimuli and resume bookmarks.",
        ["Workflow HTTP triggers"] = "Routes under /workflows/ served by the HttpEndpoint activities of published workflows.",
        ["Organizations"] = "Organizations (customers, AM centres, the platform), the people in them and their roles, and invitations.",
        ["AM centres"] = "An AM centre's catalogue: sites, materials, printers and price lists, and the catalogue customers choose from.",
        ["Models"] = "Customers' 3D models (STL, OBJ, 3MF), analysed on upload: mesh check and fit on each printer.",
        ["Requirements"] = "What customers want printed (ISO/ASTM 52901): drafts until submitted.",
        ["Design requests"] = "Requests to a designer for a requirement's model, with briefs, reference models and versions (ISO/IEC 23510 5.3).",
        ["Orders"] = "Orders from submission to the customer's choice of quote: status and history, analysis, repair, quotes, decisions; copyright reviews.",
        ["Production"] = "After the customer's choice: print jobs, inspections, certificates and their public verification, shipments, the trace of an order, operations, the Excel export.",
        ["Integration"] = "ERP/MES integration: connectors (webhooks…), the outbox's events with their deliveries, dead letters and replay, and the events' published JSON Schemas.",
        ["Machine clients"] = "An organization's OAuth 2.0 machine clients (client credentials) for its ERP or MES: scopes, secret rotation, revocation.",
        ["ERP"] = "The inbound API for ERP systems: orders created elsewhere and confirmations of waiting steps, with Idempotency-Key.",
        ["Protected designs"] = "The copyright registry of protected designs and who may have them printed (ISO/IEC 23510 7.1).",
    };
}
