using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Amsp.Database.Sqlite.Migrations.Workflow
{
    /// <inheritdoc />
    public partial class InstanceRoots : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RootInstanceId",
                table: "WorkflowInstances",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowInstances_RootInstanceId",
                table: "WorkflowInstances",
                column: "RootInstanceId",
                filter: "\"RootInstanceId\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WorkflowInstances_RootInstanceId",
                table: "WorkflowInstances");

            migrationBuilder.DropColumn(
                name: "RootInstanceId",
                table: "WorkflowInstances");
        }
    }
}
