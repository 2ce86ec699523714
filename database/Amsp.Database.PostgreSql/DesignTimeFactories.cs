using Amsp.Domain.Persistence;
using Amsp.Workflows.Persistence.EntityFramework;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Amsp.Database.PostgreSql;

/// <summary>Lets the EF Core tools build the contexts for this provider without starting the host.</summary>
internal sealed class AmspDbContextFactory : IDesignTimeDbContextFactory<AmspDbContext>
{
    public AmspDbContext CreateDbContext(string[] args)
    {
        var assembly = typeof(AmspDbContextFactory).Assembly.GetName().Name;
        const string history = AmspDbContext.MigrationsHistoryTable;
        return new AmspDbContext(new DbContextOptionsBuilder<AmspDbContext>().UseNpgsql("Host=localhost;Database=amsp_design", o => o.MigrationsAssembly(assembly).MigrationsHistoryTable(history)).Options);
    }
}

/// <summary>The workflow engine's context, migrated beside the platform's with its own history table.</summary>
internal sealed class WorkflowDbContextFactory : IDesignTimeDbContextFactory<WorkflowDbContext>
{
    public WorkflowDbContext CreateDbContext(string[] args)
    {
        var assembly = typeof(WorkflowDbContextFactory).Assembly.GetName().Name;
        const string history = "__WorkflowMigrationsHistory";
        return new WorkflowDbContext(new DbContextOptionsBuilder<WorkflowDbContext>().UseNpgsql("Host=localhost;Database=amsp_design", o => o.MigrationsAssembly(assembly).MigrationsHistoryTable(history)).Options);
    }
}
