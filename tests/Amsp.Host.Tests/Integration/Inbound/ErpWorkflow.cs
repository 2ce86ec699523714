using System.Text.Json.Nodes;
using Amsp.Host.Tests.Platform;

namespace Amsp.Host.Tests.Integration.Inbound;

/// <summary>The shipped order workflow as an analyst changes it for an ERP that confirms orders before printing.</summary>
public static class ErpWorkflow
{
    /// <summary>
    /// What an analyst does in the designer: the variable <c>erpConfirmation</c>'s default set to true and a new version
    /// published, so orders submitted from then on wait for the ERP after acceptance. Nothing happens if it is on already.
    /// </summary>
    public static async Task SwitchErpConfirmationOnAsync(this HttpClient analyst)
    {
        var published = JsonNode.Parse((await analyst.GetJsonAsync("/api/workflow-definitions/order-to-delivery?version=published")).GetRawText())!.AsObject();
        var variable = published["variables"]!.AsArray().Single(v => v!["name"]!.GetValue<string>() == "erpConfirmation")!;
        if (variable["default"]?.GetValue<bool>() == true)
        {
            return;
        }
        variable["default"] = true;
        var draft = await analyst.PostJsonAsync("/api/workflow-definitions", published);
        await analyst.PostJsonAsync($"/api/workflow-definitions/order-to-delivery/publish?version={draft.GetProperty("version").GetInt32()}", new { });
    }
}
