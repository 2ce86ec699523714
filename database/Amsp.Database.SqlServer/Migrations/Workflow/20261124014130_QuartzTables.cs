using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Amsp.Database.SqlServer.Migrations.Workflow
{
    /// <inheritdoc />
    public partial class QuartzTables : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The tables of Quartz's clustered job store (several nodes), from the schema script the Quartz
            // package ships; every statement creates only what is missing.
            foreach (var statement in global::Amsp.Database.QuartzSchema.Statements("sqlServer"))
            {
                migrationBuilder.Sql(statement);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in global::Amsp.Database.QuartzSchema.Tables("sqlServer").Reverse())
            {
                migrationBuilder.DropTable(table);
            }
        }
    }
}
