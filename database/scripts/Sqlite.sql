-- AMSP Amsp tables (Sqlite)
CREATE TABLE IF NOT EXISTS "__AmspMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___AmspMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "AspNetRoles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetRoles" PRIMARY KEY,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);

CREATE TABLE "AspNetUsers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY,
    "DisplayName" TEXT NULL,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" TEXT NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL
);

CREATE TABLE "AspNetRoleClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY AUTOINCREMENT,
    "RoleId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserLogins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserRoles" (
    "UserId" TEXT NOT NULL,
    "RoleId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserTokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");

CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");

CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");

CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");

CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");

CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");

CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");

INSERT INTO "__AmspMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261124010352_Initial', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "DataProtectionKeys" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DataProtectionKeys" PRIMARY KEY AUTOINCREMENT,
    "FriendlyName" TEXT NULL,
    "Xml" TEXT NULL
);

INSERT INTO "__AmspMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261124025104_DataProtectionKeys', '10.0.15');

COMMIT;


-- AMSP Workflow tables (Sqlite)
CREATE TABLE IF NOT EXISTS "__WorkflowMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___WorkflowMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "Bookmarks" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Bookmarks" PRIMARY KEY,
    "InstanceId" TEXT NOT NULL,
    "ActivityId" TEXT NOT NULL,
    "ExecutionId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "CorrelationId" TEXT NULL,
    "Hash" TEXT NOT NULL,
    "PayloadJson" TEXT NULL,
    "DueAt" INTEGER NULL,
    "CreatedAt" INTEGER NOT NULL
);

CREATE TABLE "Incidents" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Incidents" PRIMARY KEY,
    "InstanceId" TEXT NOT NULL,
    "ActivityId" TEXT NOT NULL,
    "ExecutionId" TEXT NOT NULL,
    "Attempt" INTEGER NOT NULL,
    "ErrorType" TEXT NOT NULL,
    "Message" TEXT NOT NULL,
    "Details" TEXT NULL,
    "Timestamp" INTEGER NOT NULL,
    "Resolution" TEXT NOT NULL
);

CREATE TABLE "WorkflowDefinitions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_WorkflowDefinitions" PRIMARY KEY,
    "DefinitionId" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "IsLatest" INTEGER NOT NULL,
    "IsPublished" INTEGER NOT NULL,
    "WasPublished" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "Json" TEXT NOT NULL
);

CREATE TABLE "WorkflowInstances" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_WorkflowInstances" PRIMARY KEY,
    "DefinitionId" TEXT NOT NULL,
    "DefinitionVersionId" TEXT NOT NULL,
    "DefinitionVersion" INTEGER NOT NULL,
    "Status" INTEGER NOT NULL,
    "CorrelationId" TEXT NULL,
    "ParentInstanceId" TEXT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "UpdatedAt" INTEGER NOT NULL,
    "FinishedAt" INTEGER NULL,
    "IncidentCount" INTEGER NOT NULL,
    "StateJson" TEXT NOT NULL,
    "Version" INTEGER NOT NULL
);

CREATE TABLE "WorkflowJournal" (
    "InstanceId" TEXT NOT NULL,
    "Sequence" INTEGER NOT NULL,
    "LastSequence" INTEGER NOT NULL,
    "Timestamp" INTEGER NOT NULL,
    "EntriesJson" TEXT NOT NULL,
    CONSTRAINT "PK_WorkflowJournal" PRIMARY KEY ("InstanceId", "Sequence")
);

CREATE INDEX "IX_Bookmarks_DueAt" ON "Bookmarks" ("DueAt");

CREATE INDEX "IX_Bookmarks_Hash" ON "Bookmarks" ("Hash");

CREATE INDEX "IX_Bookmarks_InstanceId" ON "Bookmarks" ("InstanceId");

CREATE INDEX "IX_Incidents_InstanceId" ON "Incidents" ("InstanceId");

CREATE INDEX "IX_Incidents_Timestamp" ON "Incidents" ("Timestamp");

CREATE INDEX "IX_WorkflowDefinitions_DefinitionId_IsLatest" ON "WorkflowDefinitions" ("DefinitionId", "IsLatest");

CREATE INDEX "IX_WorkflowDefinitions_DefinitionId_IsPublished" ON "WorkflowDefinitions" ("DefinitionId", "IsPublished");

CREATE UNIQUE INDEX "IX_WorkflowDefinitions_DefinitionId_Version" ON "WorkflowDefinitions" ("DefinitionId", "Version");

CREATE INDEX "IX_WorkflowInstances_CorrelationId" ON "WorkflowInstances" ("CorrelationId");

CREATE INDEX "IX_WorkflowInstances_CreatedAt" ON "WorkflowInstances" ("CreatedAt");

CREATE INDEX "IX_WorkflowInstances_DefinitionId_DefinitionVersion" ON "WorkflowInstances" ("DefinitionId", "DefinitionVersion");

CREATE INDEX "IX_WorkflowInstances_DefinitionVersionId_Status" ON "WorkflowInstances" ("DefinitionVersionId", "Status");

CREATE INDEX "IX_WorkflowInstances_FinishedAt" ON "WorkflowInstances" ("FinishedAt");

CREATE INDEX "IX_WorkflowInstances_ParentInstanceId" ON "WorkflowInstances" ("ParentInstanceId");

CREATE INDEX "IX_WorkflowInstances_Status" ON "WorkflowInstances" ("Status");

CREATE INDEX "IX_WorkflowInstances_UpdatedAt" ON "WorkflowInstances" ("UpdatedAt");

CREATE INDEX "IX_WorkflowJournal_Timestamp" ON "WorkflowJournal" ("Timestamp");

INSERT INTO "__WorkflowMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261124010359_Initial', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Bookmarks" ADD "Roles" TEXT NULL;

INSERT INTO "__WorkflowMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261124022627_BookmarkRoles', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
DROP INDEX "IX_WorkflowJournal_Timestamp";

DROP INDEX "IX_WorkflowInstances_FinishedAt";

DROP INDEX "IX_WorkflowInstances_UpdatedAt";

INSERT INTO "__WorkflowMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261124041302_DropUnusedIndexes', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "WorkflowInstances" ADD "RootInstanceId" TEXT NULL;

CREATE INDEX "IX_WorkflowInstances_RootInstanceId" ON "WorkflowInstances" ("RootInstanceId") WHERE "RootInstanceId" IS NOT NULL;

INSERT INTO "__WorkflowMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261129052631_InstanceRoots', '10.0.15');

COMMIT;

