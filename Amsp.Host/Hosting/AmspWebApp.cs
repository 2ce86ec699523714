using System.Text.Json.Serialization;
using Amsp.Host.Auth;
using Amsp.Host.Health;
using Amsp.Host.Integration;
using Amsp.Host.Integration.Outbox;
using Amsp.Host.Integration.OData;
using Amsp.Host.Integration.Inbound;
using Amsp.Host.Integration.Machine;
using Amsp.Host.Hosting.OpenApi;
using Amsp.Host.Persistence;
using Amsp.Host.Platform;
using Amsp.Host.Platform.Production;
using Amsp.Host.Start;
using Amsp.Host.Studio;
using Amsp.Host.Workflows;
using Amsp.Host.Workflows.Scheduling;
using Scalar.AspNetCore;

namespace Amsp.Host.Hosting;

/// <summary>The web application behind <c>amsp serve</c>: every module registered, every endpoint mapped.</summary>
public static class AmspWebApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(StartDefaults.Options(args));
        StartDefaults.ApplyUrl(builder);
        builder.AddAmspTelemetry();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        // Cookies, bearer tokens and resume tokens stay valid across restarts and across nodes: the key ring lives
        // in the platform database (created by its migrations, read only once the start-up migration has run).
        builder.AddAmspDataProtection();
        builder.Services.AddScoped<KeyRingSeeder>();
        // Malformed requests become 400 problem details in every environment, not exceptions.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = false);
        builder.Services.AddAmspOpenApi();
        var database = builder.Services.AddAmspDatabase(builder.Configuration);
        builder.Services.AddAmspWorkflows(database);
        builder.Services.AddAmspWorkflowScheduling(database);
        builder.Services.AddAmspAuth();
        builder.Services.AddAmspHealth();
        builder.Services.AddAmspPlatform();
        builder.Services.AddAmspProduction(builder.Configuration, builder.Environment);
        builder.Services.AddAmspOutbox();
        builder.Services.AddAmspODataFeed();
        builder.Services.AddAmspMachineClients(builder.Configuration, builder.Environment);
        builder.Services.AddAmspErpInbound();
        builder.Services.AddAmspErpTransports();
        StartBanner.AddTo(builder);

        var app = builder.Build();
        KeyRingProtection.WarnIfUnprotected(app);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        // After authorization: the ERP surface's limit is per machine client, known once its token is read.
        app.UseRateLimiter();

        app.MapStartPage();
        app.MapAmspHealth();
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference("/api-docs", o => o.WithTitle("AMSP API")).AllowAnonymous();
        app.MapAuthApi();
        app.MapAmspWorkflows();
        app.MapAmspPlatform();
        app.MapAmspOutbox();
        app.MapAmspVirtualPrinters();
        app.MapAmspODataFeed();
        app.MapAmspMachineClients();
        app.MapAmspErpInbound();
        app.MapAmspStudio();
        return app;
    }
}
