using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Amsp.Database.PostgreSql.Migrations.Workflow
{
    /// <inheritdoc />
    public partial class BookmarkRoles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Roles",
                table: "Bookmarks",
                type: "character varying(512)",
                maxLength: 512,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Roles",
                table: "Bookmarks");
        }
    }
}
