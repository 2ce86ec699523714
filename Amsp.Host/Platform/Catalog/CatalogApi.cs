using Amsp.Domain.Catalog;
using Amsp.Host.Platform.Pipeline;
using Mediator;

namespace Amsp.Host.Platform.Catalog;

/// <summary>An AM centre's catalogue: <c>/api/sites</c>, <c>/api/materials</c>, <c>/api/printers</c>, <c>/api/price-lists</c>.</summary>
public static class CatalogApi
{
    public static void MapCatalogApi(this IEndpointRouteBuilder routes)
    {
        var centre = routes.MapGroup("/api/organizations/{organizationId:guid}").WithTags("AM centres");
        centre.MapGet("/sites", async (Guid organizationId, ISender s, CancellationToken ct) => TypedResults.Ok(await s.Send(new ListSites(organizationId), ct)))
            .Sends<ListSites>().WithSummary("The AM centre's sites");
        centre.MapPost("/sites", async (Guid organizationId, SiteInput body, ISender s, CancellationToken ct) =>
                Created("sites", await s.Send(new CreateSite(organizationId, body), ct), x => x.Id))
            .Sends<CreateSite>().WithSummary("Add a site");
        centre.MapGet("/materials", async (Guid organizationId, ISender s, CancellationToken ct) => TypedResults.Ok(await s.Send(new ListMaterials(organizationId), ct)))
            .Sends<ListMaterials>().WithSummary("The AM centre's materials with prices");
        centre.MapPost("/materials", async (Guid organizationId, MaterialInput body, ISender s, CancellationToken ct) =>
                Created("materials", await s.Send(new CreateMaterial(organizationId, body), ct), x => x.Id))
            .Sends<CreateMaterial>().WithSummary("Add a material");
        centre.MapGet("/printers", async (Guid organizationId, ISender s, CancellationToken ct) => TypedResults.Ok(await s.Send(new ListPrinters(organizationId), ct)))
            .Sends<ListPrinters>().WithSummary("The AM centre's printers");
        centre.MapPost("/printers", async (Guid organizationId, PrinterInput body, ISender s, CancellationToken ct) =>
                Created("printers", await s.Send(new CreatePrinter(organizationId, body), ct), x => x.Id))
            .Sends<CreatePrinter>().WithSummary("Add a printer (its API key is stored encrypted and never returned)");
        centre.MapGet("/price-lists", async (Guid organizationId, ISender s, CancellationToken ct) => TypedResults.Ok(await s.Send(new ListPriceLists(organizationId), ct)))
            .Sends<ListPriceLists>().WithSummary("The AM centre's price lists");
        centre.MapPost("/price-lists", async (Guid organizationId, PriceListInput body, ISender s, CancellationToken ct) =>
                Created("price-lists", await s.Send(new CreatePriceList(organizationId, body), ct), x => x.Id))
            .Sends<CreatePriceList>().WithSummary("Add a price list");

        var sites = routes.MapGroup("/api/sites").WithTags("AM centres");
        sites.MapGet("/{siteId:guid}", async (Guid siteId, ISender s, CancellationToken ct) => TypedResults.Ok(await s.Send(new GetSite(siteId), ct)))
            .Sends<GetSite>().WithSummary("One site");
        sites.MapPut("/{siteId:guid}", async (Guid siteId, SiteInput body, ISender s, CancellationToken ct) => TypedResults.Ok(await s.Send(new UpdateSite(siteId, body), ct)))
            .Sends<UpdateSite>().WithSummary("Change a site");
        sites.MapDelete("/{siteId:guid}", async (Guid siteId, ISender s, CancellationToken ct) => Deleted(await s.Send(new DeleteSite(siteId), ct)))
            .Sends<DeleteSite>().WithSummary("Remove a site (its printers stay, with no site)");

        var materials = routes.MapGroup("/api/materials").WithTags("AM centres");
        materials.MapGet("/{materialId:guid}", async (Guid materialId, ISender s, CancellationToken ct) => TypedResults.Ok(await s.Send(new GetMaterial(materialId), ct)))
            .Sends<GetMaterial>().WithSummary("One material");
        materials.MapPut("/{materialId:guid}", async (Guid materialId, MaterialInput body, ISender s, CancellationToken ct) => TypedResults.Ok(await s.Send(new UpdateMaterial(materialId, body), ct)))
            .Sends<UpdateMaterial>().WithSummary("Change a material");
        materials.MapDelete("/{materialId:guid}", async (Guid materialId, ISender s, CancellationToken ct) => Deleted(await s.Send(new DeleteMaterial(materialId), ct)))
            .Sends<DeleteMaterial>().WithSummary("Remove a material (printers holding it are unloaded)");

        var printers = routes.MapGroup("/api/printers").WithTags("AM centres");
        printers.MapGet("/{printerId:guid}", async (Guid printerId, ISender s, CancellationToken ct) => TypedResults.Ok(await s.Send(new GetPrinter(printerId), ct)))
            .Sends<GetPrinter>().WithSummary("One printer");
        printers.MapPut("/{printerId:guid}", async (Guid printerId, PrinterInput body, ISender s, CancellationToken ct) => TypedResults.Ok(await s.Send(new UpdatePrinter(printerId, body), ct)))
            .Sends<UpdatePrinter>().WithSummary("Change a printer; apiKey null keeps the stored key, empty removes it");
        printers.MapDelete("/{printerId:guid}", async (Guid printerId, ISender s, CancellationToken ct) => Deleted(await s.Send(new DeletePrinter(printerId), ct)))
            .Sends<DeletePrinter>().WithSummary("Remove a printer");

        var priceLists = routes.MapGroup("/api/price-lists").WithTags("AM centres");
        priceLists.MapGet("/{priceListId:guid}", async (Guid priceListId, ISender s, CancellationToken ct) => TypedResults.Ok(await s.Send(new GetPriceList(priceListId), ct)))
            .Sends<GetPriceList>().WithSummary("One price list");
        priceLists.MapPut("/{priceListId:guid}", async (Guid priceListId, PriceListInput body, ISender s, CancellationToken ct) => TypedResults.Ok(await s.Send(new UpdatePriceList(priceListId, body), ct)))
            .Sends<UpdatePriceList>().WithSummary("Change a price list");
        priceLists.MapPost("/{priceListId:guid}/try", async (Guid priceListId, PricingTryInput body, ISender s, CancellationToken ct) => TypedResults.Ok(await s.Send(new TryPricingScript(priceListId, body), ct)))
            .Sends<TryPricingScript>().WithSummary("Run a pricing formula (the list's own when none is given) on a sample part, as a quote would; nothing is stored")
            .WithDescription("A formula that throws, runs out of a sandbox limit or returns no valid lines answers 422 with the reason.");
        priceLists.MapDelete("/{priceListId:guid}", async (Guid priceListId, ISender s, CancellationToken ct) => Deleted(await s.Send(new DeletePriceList(priceListId), ct)))
            .Sends<DeletePriceList>().WithSummary("Remove a price list");

        routes.MapGroup("/api/catalog").WithTags("AM centres")
            .MapGet("/materials", async (ProcessCategory? process, ISender s, CancellationToken ct) => TypedResults.Ok(await s.Send(new ListOfferedMaterials(process), ct)))
            .Sends<ListOfferedMaterials>().SharedAcrossOrganizations().WithSummary("Every active material offered by an AM centre (no prices: those come with quotes)");
    }

    private static Microsoft.AspNetCore.Http.HttpResults.Created<T> Created<T>(string collection, T created, Func<T, Guid> id) =>
        TypedResults.Created($"/api/{collection}/{id(created)}", created);

    private static Microsoft.AspNetCore.Http.HttpResults.NoContent Deleted(bool _) => TypedResults.NoContent();
}
