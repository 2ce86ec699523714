using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Amsp.Database.SqlServer.Migrations.Amsp
{
    /// <inheritdoc />
    public partial class FeedModificationTimes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ModifiedAt",
                table: "Shipments",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "ModifiedAt",
                table: "Quotes",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "ModifiedAt",
                table: "PrintJobs",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "ModifiedAt",
                table: "Inspections",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "ModifiedAt",
                table: "Certificates",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            // Rows made before the column: their last known change.
            migrationBuilder.Sql("UPDATE [Quotes] SET [ModifiedAt] = [CreatedAt];");
            migrationBuilder.Sql("UPDATE [PrintJobs] SET [ModifiedAt] = COALESCE([EndedAt], [StartedAt], [CreatedAt]);");
            migrationBuilder.Sql("UPDATE [Inspections] SET [ModifiedAt] = COALESCE([InspectedAt], [CreatedAt]);");
            migrationBuilder.Sql("UPDATE [Certificates] SET [ModifiedAt] = [IssuedAt];");
            migrationBuilder.Sql("UPDATE [Shipments] SET [ModifiedAt] = COALESCE([DeliveredAt], [ShippedAt], [CreatedAt]);");

            migrationBuilder.CreateIndex(
                name: "IX_Shipments_ModifiedAt",
                table: "Shipments",
                column: "ModifiedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Quotes_ModifiedAt",
                table: "Quotes",
                column: "ModifiedAt");

            migrationBuilder.CreateIndex(
                name: "IX_PrintJobs_ModifiedAt",
                table: "PrintJobs",
                column: "ModifiedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Orders_UpdatedAt",
                table: "Orders",
                column: "UpdatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Inspections_ModifiedAt",
                table: "Inspections",
                column: "ModifiedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_ModifiedAt",
                table: "Certificates",
                column: "ModifiedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Shipments_ModifiedAt",
                table: "Shipments");

            migrationBuilder.DropIndex(
                name: "IX_Quotes_ModifiedAt",
                table: "Quotes");

            migrationBuilder.DropIndex(
                name: "IX_PrintJobs_ModifiedAt",
                table: "PrintJobs");

            migrationBuilder.DropIndex(
                name: "IX_Orders_UpdatedAt",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Inspections_ModifiedAt",
                table: "Inspections");

            migrationBuilder.DropIndex(
                name: "IX_Certificates_ModifiedAt",
                table: "Certificates");

            migrationBuilder.DropColumn(
                name: "ModifiedAt",
                table: "Shipments");

            migrationBuilder.DropColumn(
                name: "ModifiedAt",
                table: "Quotes");

            migrationBuilder.DropColumn(
                name: "ModifiedAt",
                table: "PrintJobs");

            migrationBuilder.DropColumn(
                name: "ModifiedAt",
                table: "Inspections");

            migrationBuilder.DropColumn(
                name: "ModifiedAt",
                table: "Certificates");
        }
    }
}
