using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Amsp.Database.PostgreSql.Migrations.Workflow
{
    /// <inheritdoc />
    public partial class DropUnusedIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WorkflowJournal_Timestamp",
                table: "WorkflowJournal");

            migrationBuilder.DropIndex(
                name: "IX_WorkflowInstances_FinishedAt",
                table: "WorkflowInstances");

            migrationBuilder.DropIndex(
                name: "IX_WorkflowInstances_UpdatedAt",
                table: "WorkflowInstances");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_WorkflowJournal_Timestamp",
                table: "WorkflowJournal",
                column: "Timestamp");

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowInstances_FinishedAt",
                table: "WorkflowInstances",
                column: "FinishedAt");

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowInstances_UpdatedAt",
                table: "WorkflowInstances",
                column: "UpdatedAt");
        }
    }
}
