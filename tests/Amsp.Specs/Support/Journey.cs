using System.Text.Json;

namespace Amsp.Specs.Support;

/// <summary>What a scenario has made so far (the model uploaded, the order and who placed it), shared by its steps.</summary>
public sealed class Journey
{
    public Guid? Model { get; set; }

    public Guid? Requirement { get; set; }

    public JsonElement? Order { get; private set; }

    /// <summary>The number the order was first given, to show a resubmission keeps it.</summary>
    public string? FirstNumber { get; private set; }

    /// <summary>Every order the scenario placed, in the order placed.</summary>
    public List<string> Placed { get; } = [];

    /// <summary>Who placed the order: the steps that read it afterwards read it as them.</summary>
    public string Orderer { get; set; } = "customer";

    public JsonElement CurrentOrder => Order ?? throw new InvalidOperationException("No order was placed in this scenario.");

    public string Number => CurrentOrder.GetProperty("number").GetString()!;

    public void Saw(JsonElement order)
    {
        Order = order;
        var number = order.GetProperty("number").GetString()!;
        FirstNumber ??= number;
        if (!Placed.Contains(number))
        {
            Placed.Add(number);
        }
    }
}
