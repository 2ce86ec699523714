using System.Net;
using System.Text.Json;
using Amsp.Host.Tests.Platform;

namespace Amsp.Host.Tests.Orders;

/// <summary>What a customer does over HTTP to order a part.</summary>
public static class OrderFlows
{
    public static object Requirement(Guid modelId, string? material = null, string units = "mm", object[]? dimensions = null, int quantity = 2) => new
    {
        title = "Part", modelId, units, material, quantity, generalTolerance = "m",
        criticalDimensions = dimensions ?? [], certificateLevel = "CertificateOfConformance", dueDate = "2099-06-30",
        deliveryAddress = PlatformApi.Address(),
    };

    /// <summary>Uploads the file, states the requirement and submits it: the order as the workflow left it.</summary>
    public static async Task<JsonElement> OrderAsync(this HttpClient customer, byte[] file, string name, Func<Guid, object>? requirement = null)
    {
        var upload = await customer.UploadAsync(file, name);
        Assert.True(upload.IsSuccessStatusCode, await upload.Content.ReadAsStringAsync());
        var model = JsonDocument.Parse(await upload.Content.ReadAsStringAsync()).RootElement.GetProperty("model").Id();
        return await customer.SubmitAsync(requirement?.Invoke(model) ?? Requirement(model));
    }

    public static async Task<JsonElement> OrderSampleAsync(this HttpClient customer, string sample, Func<Guid, object>? requirement = null) =>
        await customer.OrderAsync(await File.ReadAllBytesAsync(PlatformApi.SamplePath(sample)), sample, requirement);

    public static async Task<JsonElement> SubmitAsync(this HttpClient customer, object requirement)
    {
        var draft = await customer.PostJsonAsync("/api/requirements", requirement, HttpStatusCode.Created);
        return await customer.PostJsonAsync($"/api/requirements/{draft.Id()}/submit", new { }, HttpStatusCode.Created);
    }

    public static string Number(this JsonElement order) => order.GetProperty("number").GetString()!;

    public static string Status(this JsonElement order) => order.GetProperty("status").GetString()!;

    public static IReadOnlyList<JsonElement> Offered(this JsonElement order) =>
        [.. order.GetProperty("quotes").EnumerateArray().Where(q => q.GetProperty("status").GetString() == "Offered")];

    public static async Task<JsonElement> AcceptFirstAsync(this HttpClient customer, JsonElement order) =>
        await customer.PostJsonAsync($"/api/orders/{order.Number()}/quotes/{order.Offered()[0].Id()}/accept", new { });
}
