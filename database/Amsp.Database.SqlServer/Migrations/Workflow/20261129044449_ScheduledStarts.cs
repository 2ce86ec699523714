using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Amsp.Database.SqlServer.Migrations.Workflow
{
    /// <inheritdoc />
    public partial class ScheduledStarts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ScheduledAt",
                table: "WorkflowInstances",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TriggerActivityId",
                table: "WorkflowInstances",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowInstances_DefinitionId_TriggerActivityId_ScheduledAt",
                table: "WorkflowInstances",
                columns: new[] { "DefinitionId", "TriggerActivityId", "ScheduledAt" },
                unique: true,
                filter: "\"ScheduledAt\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WorkflowInstances_DefinitionId_TriggerActivityId_ScheduledAt",
                table: "WorkflowInstances");

            migrationBuilder.DropColumn(
                name: "ScheduledAt",
                table: "WorkflowInstances");

            migrationBuilder.DropColumn(
                name: "TriggerActivityId",
                table: "WorkflowInstances");
        }
    }
}
