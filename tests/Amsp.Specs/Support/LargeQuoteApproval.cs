using System.Globalization;
using System.Text.Json.Nodes;

namespace Amsp.Specs.Support;

/// <summary>
/// What an analyst draws in the workflow designer to have large quotes approved by hand: after the quotes, a Decision
/// on the quote step's <c>LowestTotal</c>; above the limit the order is put on hold and waits for a signal that an AM
/// centre's manufacturer sends, then is offered to the customer again. The shipped definition, edited as JSON the way
/// the designer saves it.
/// </summary>
public static class LargeQuoteApproval
{
    /// <summary>The signal the manufacturer sends, with the order number as correlation id.</summary>
    public const string Signal = "large-quote-approved";

    public static JsonObject Insert(JsonObject definition, decimal limit)
    {
        var root = definition["root"]!.AsObject();
        var activities = root["activities"]!.AsArray();
        var connections = root["connections"]!.AsArray();
        var quoted = connections.Single(c => c!["source"]!["activity"]!.GetValue<string>() == "quote" && c["source"]!["outcome"]!.GetValue<string>() == "Quoted")!;
        var customer = quoted["target"]!["activity"]!.GetValue<string>();
        connections.Remove(quoted);

        var amount = limit.ToString(CultureInfo.InvariantCulture);
        activities.Add(Activity("large-quote", "Decision", "Quote above the limit?", ("Condition", "JavaScript", $"outputs.quote.LowestTotal > {amount}")));
        activities.Add(Activity("hold-large", "SetOrderStatus", "Hold for approval", ("Status", "Literal", "OnHold"),
            ("Reason", "Literal", $"Quotes above {amount} wait for the AM centre's approval.")));
        activities.Add(Activity("approve-large", "WaitForSignal", "Manual approval", ("Signal", "Literal", Signal), ("Roles", "Literal", new JsonArray("Manufacturer"))));
        activities.Add(Activity("release", "SetOrderStatus", "Offer the approved quotes", ("Status", "Literal", "Quoted"), ("Reason", "Literal", "The AM centre approved the quotes.")));
        connections.Add(Connection("quote", "Quoted", "large-quote"));
        connections.Add(Connection("large-quote", "False", customer));
        connections.Add(Connection("large-quote", "True", "hold-large"));
        connections.Add(Connection("hold-large", "Done", "approve-large"));
        connections.Add(Connection("approve-large", "Done", "release"));
        connections.Add(Connection("release", "Done", customer));
        return definition;
    }

    private static JsonObject Activity(string id, string type, string name, params (string Input, string Syntax, JsonNode Value)[] inputs)
    {
        var values = new JsonObject();
        foreach (var (input, syntax, value) in inputs)
        {
            values[input] = new JsonObject { ["syntax"] = syntax, ["value"] = value };
        }
        return new JsonObject { ["id"] = id, ["type"] = type, ["displayName"] = name, ["inputs"] = values };
    }

    private static JsonObject Connection(string from, string outcome, string to) =>
        new() { ["source"] = new JsonObject { ["activity"] = from, ["outcome"] = outcome }, ["target"] = new JsonObject { ["activity"] = to } };
}
