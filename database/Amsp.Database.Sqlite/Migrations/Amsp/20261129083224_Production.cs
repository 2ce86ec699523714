using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Amsp.Database.Sqlite.Migrations.Amsp
{
    /// <inheritdoc />
    public partial class Production : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Sequence",
                table: "OrderStatusChanges",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "Certificates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AmCentreId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InspectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ExecutionId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PartName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Passed = table.Column<bool>(type: "INTEGER", nullable: false),
                    VerificationCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    FileKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Certificates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Inspections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    AmCentreId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Attempt = table.Column<int>(type: "INTEGER", nullable: false),
                    ExecutionId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Nonconformity = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    InspectorId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    InspectorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    InspectedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Characteristics = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Inspections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PrintJobs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    AmCentreId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PrinterId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MaterialId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Dispatch = table.Column<int>(type: "INTEGER", nullable: false),
                    ExecutionId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Part = table.Column<int>(type: "INTEGER", nullable: false),
                    QueuePosition = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FileKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FileSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Slicer = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SlicerEstimatedSeconds = table.Column<double>(type: "REAL", nullable: true),
                    SlicerFilamentGrams = table.Column<double>(type: "REAL", nullable: true),
                    EstimatedSeconds = table.Column<double>(type: "REAL", nullable: true),
                    Progress = table.Column<double>(type: "REAL", nullable: true),
                    FailureReason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PrintJobs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Shipments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    AmCentreId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ExecutionId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Carrier = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    TrackingNumber = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Packages = table.Column<int>(type: "INTEGER", nullable: false),
                    ShippedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ShippedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeliveredBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DeliveredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Shipments", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_ExecutionId",
                table: "Certificates",
                column: "ExecutionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_Number",
                table: "Certificates",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_OrderId",
                table: "Certificates",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_VerificationCode",
                table: "Certificates",
                column: "VerificationCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Inspections_AmCentreId_Status",
                table: "Inspections",
                columns: new[] { "AmCentreId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Inspections_ExecutionId",
                table: "Inspections",
                column: "ExecutionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Inspections_OrderId",
                table: "Inspections",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_PrintJobs_ExecutionId_Part",
                table: "PrintJobs",
                columns: new[] { "ExecutionId", "Part" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PrintJobs_OrderId",
                table: "PrintJobs",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_PrintJobs_PrinterId_Status_QueuePosition",
                table: "PrintJobs",
                columns: new[] { "PrinterId", "Status", "QueuePosition" });

            migrationBuilder.CreateIndex(
                name: "IX_Shipments_ExecutionId",
                table: "Shipments",
                column: "ExecutionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Shipments_OrderId",
                table: "Shipments",
                column: "OrderId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Certificates");

            migrationBuilder.DropTable(
                name: "Inspections");

            migrationBuilder.DropTable(
                name: "PrintJobs");

            migrationBuilder.DropTable(
                name: "Shipments");

            migrationBuilder.DropColumn(
                name: "Sequence",
                table: "OrderStatusChanges");
        }
    }
}
