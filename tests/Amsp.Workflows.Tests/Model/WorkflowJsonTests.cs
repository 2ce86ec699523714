using System.Text.Json.Nodes;
using Amsp.Workflows.Model;
using CsCheck;

namespace Amsp.Workflows.Tests.Model;

public sealed class WorkflowJsonTests
{
    private const string Canonical = """
        {
          "definitionId": "quote-approval", "id": "v1id", "version": 1, "isLatest": true, "isPublished": false,
          "name": "Quote approval", "description": "Waits for the customer", "futureTopLevel": { "a": [1, 2] },
          "variables": [ { "name": "total", "type": "number", "default": 12.5, "ui": "x" } ],
          "inputs": [ { "name": "orderId", "type": "string", "required": true, "extra": 1 } ],
          "outputs": [ { "name": "total", "type": "number" } ],
          "options": { "incidentStrategy": { "mode": "Retry", "attempts": 3, "delay": "00:00:05", "jitter": true, "policy": "x" },
                       "commitStrategy": "PerActivity", "priority": 7 },
          "root": {
            "activities": [
              { "id": "start", "type": "Start", "designer": { "x": 10, "y": 20, "size": { "w": 1 } }, "color": "red" },
              { "id": "decide", "type": "Decision", "typeVersion": 1, "displayName": "Big?",
                "inputs": { "Condition": { "syntax": "JavaScript", "value": "variables.total > 100", "hint": "h" } } },
              { "id": "log", "type": "Log", "inputs": { "Message": { "syntax": "Liquid", "value": "Total {{ variables.total }}" } } }
            ],
            "connections": [
              { "source": { "activity": "start", "outcome": "Done", "port": 1 }, "target": { "activity": "decide", "handle": "in" },
                "designer": { "bendPoints": [ { "x": 1, "y": 2 } ] }, "label": "go" },
              { "source": { "activity": "decide", "outcome": "True" }, "target": { "activity": "log" } }
            ],
            "zoom": 1.5
          }
        }
        """;

    [Fact]
    public void A_definition_round_trips_without_loss_including_unknown_properties()
    {
        var definition = WorkflowJson.Deserialize(Canonical);
        var written = JsonNode.Parse(WorkflowJson.Serialize(definition));

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Canonical), written), written!.ToJsonString());
        Assert.Equal("red", definition.Root.Activities[0].Extra!["color"].GetString());
        Assert.Equal(IncidentMode.Retry, definition.Options!.IncidentStrategy!.Mode);
        Assert.Equal(TimeSpan.FromSeconds(5), definition.Options.IncidentStrategy.Delay);
    }

    [Fact]
    public void Generated_definitions_round_trip_to_the_same_json()
    {
        var name = Gen.String[Gen.Char.AlphaNumeric, 1, 12];
        var literal = Gen.OneOf<JsonNode?>(
            Gen.Int.Select(i => (JsonNode?)JsonValue.Create(i)),
            name.Select(s => (JsonNode?)JsonValue.Create(s)),
            Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b)));
        var node = Gen.Select(name, name, literal, Gen.Int[0, 500]).Select((id, type, value, x) => new ActivityNode
        {
            Id = id,
            Type = type,
            Inputs = new() { ["In"] = Expression.Literal(value) },
            Designer = new JsonObject { ["x"] = x },
            Extra = new() { ["unknown"] = System.Text.Json.JsonSerializer.SerializeToElement(x) },
        });
        var definition = Gen.Select(name, node.Array[0, 6], name.Array[0, 4]).Select((id, nodes, outcomes) =>
        {
            var d = new WorkflowDefinition { DefinitionId = id, Id = id + "v", Version = 1, Name = id };
            d.Root.Activities.AddRange(nodes);
            for (var i = 1; i < nodes.Length; i++)
            {
                d.Root.Connections.Add(new Connection
                {
                    Source = new SourceEndpoint { Activity = nodes[i - 1].Id, Outcome = outcomes.Length > 0 ? outcomes[i % outcomes.Length] : "Done" },
                    Target = new TargetEndpoint { Activity = nodes[i].Id },
                });
            }
            return d;
        });

        definition.Sample(d =>
        {
            var json = WorkflowJson.Serialize(d);
            Assert.Equal(json, WorkflowJson.Serialize(WorkflowJson.Deserialize(json)));
        }, iter: 200);
    }

    [Fact]
    public void Json_that_is_not_a_definition_is_rejected_with_a_json_error()
    {
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => WorkflowJson.Deserialize("null"));
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => WorkflowJson.Deserialize("{\"version\": \"one\"}"));
    }
}
