using Amsp.Domain.Persistence;
using Amsp.Workflows.Persistence.EntityFramework;
using Microsoft.EntityFrameworkCore;

namespace Amsp.Host.Persistence;

/// <summary>One database context of the platform: its name, its type and how it is built on a target.</summary>
public sealed record DatabaseContext(string Name, Type ContextType, Func<DatabaseTarget, DbContext> Create);

/// <summary>Every context that shares the platform's database, in migration order.</summary>
public static class DatabaseContexts
{
    /// <summary>The workflow engine's migration history, apart from the platform's.</summary>
    public const string WorkflowMigrationsHistoryTable = "__WorkflowMigrationsHistory";

    public static IReadOnlyList<DatabaseContext> All { get; } =
    [
        new("Amsp", typeof(AmspDbContext),
            target => target.Create<AmspDbContext>(o => new AmspDbContext(o), AmspDbContext.MigrationsHistoryTable)),
        new("Workflow", typeof(WorkflowDbContext),
            target => target.Create<WorkflowDbContext>(o => new WorkflowDbContext(o), WorkflowMigrationsHistoryTable)),
    ];
}
