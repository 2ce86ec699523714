using System.Text.Json.Serialization;
using Amsp.Host.Auth;
using Amsp.Host.Health;
using Amsp.Host.Persistence;
using Amsp.Host.Platform;
using Amsp.Host.Studio;
using Amsp.Host.Workflows;
using Amsp.Host.Workflows.Scheduling;
using Microsoft.AspNetCore.DataProtection;
using Scalar.AspNetCore;

namespace Amsp.Host.Hosting;

/// <summary>The web application behind <c>amsp serve</c>: every module registered, every endpoint mapped.</summary>
public static class AmspWebApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddAmspTelemetry();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        // Cookies, bearer tokens and resume tokens stay valid across restarts and across nodes: the key ring lives
        // in the platform database (created by its migrations, read only once the start-up migration has run).
        builder.Services.AddDataProtection().SetApplicationName("amsp")
            .PersistKeysToDbContext<Amsp.Domain.Persistence.AmspDbContext>();
        builder.Services.AddScoped<KeyRingSeeder>();
        // Malformed requests become 400 problem details in every environment, not exceptions.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = false);
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer<BearerSecuritySchemeTransformer>());
        var database = builder.Services.AddAmspDatabase(builder.Configuration);
        builder.Services.AddAmspWorkflows(database);
        builder.Services.AddAmspWorkflowScheduling(database);
        builder.Services.AddAmspAuth();
        builder.Services.AddAmspHealth();
        builder.Services.AddAmspPlatform();

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapAmspHealth();
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference("/api-docs", o => o.WithTitle("AMSP API")).AllowAnonymous();
        app.MapAuthApi();
        app.MapAmspWorkflows();
        app.MapAmspPlatform();
        app.MapAmspStudio();
        return app;
    }
}
