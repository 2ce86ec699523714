using Amsp.Domain.Identity;

namespace Amsp.Host.Workflows;

/// <summary>Who may do what with workflows.</summary>
public static class WorkflowPolicies
{
    /// <summary>Design definitions and read the palette: analysts and administrators.</summary>
    public const string Design = "workflows.design";

    /// <summary>Watch, cancel, retry and delete instances: operators and administrators.</summary>
    public const string Operate = "workflows.operate";

    /// <summary>Start instances and deliver stimuli: analysts (test runs), operators and administrators.</summary>
    public const string Run = "workflows.run";

    public static IServiceCollection AddWorkflowPolicies(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(Design, p => p.RequireRole(AmspRoles.Analyst, AmspRoles.Admin))
            .AddPolicy(Operate, p => p.RequireRole(AmspRoles.Operator, AmspRoles.Admin))
            .AddPolicy(Run, p => p.RequireRole(AmspRoles.Analyst, AmspRoles.Operator, AmspRoles.Admin));
        return services;
    }
}
