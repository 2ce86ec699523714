-- AMSP Amsp tables (SqlServer)
IF OBJECT_ID(N'[__AmspMigrationsHistory]') IS NULL
BEGIN
    CREATE TABLE [__AmspMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___AmspMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261124010507_Initial'
)
BEGIN
    CREATE TABLE [AspNetRoles] (
        [Id] nvarchar(450) NOT NULL,
        [Name] nvarchar(256) NULL,
        [NormalizedName] nvarchar(256) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetRoles] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261124010507_Initial'
)
BEGIN
    CREATE TABLE [AspNetUsers] (
        [Id] nvarchar(450) NOT NULL,
        [DisplayName] nvarchar(200) NULL,
        [UserName] nvarchar(256) NULL,
        [NormalizedUserName] nvarchar(256) NULL,
        [Email] nvarchar(256) NULL,
        [NormalizedEmail] nvarchar(256) NULL,
        [EmailConfirmed] bit NOT NULL,
        [PasswordHash] nvarchar(max) NULL,
        [SecurityStamp] nvarchar(max) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        [PhoneNumber] nvarchar(max) NULL,
        [PhoneNumberConfirmed] bit NOT NULL,
        [TwoFactorEnabled] bit NOT NULL,
        [LockoutEnd] datetimeoffset NULL,
        [LockoutEnabled] bit NOT NULL,
        [AccessFailedCount] int NOT NULL,
        CONSTRAINT [PK_AspNetUsers] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261124010507_Initial'
)
BEGIN
    CREATE TABLE [AspNetRoleClaims] (
        [Id] int NOT NULL IDENTITY,
        [RoleId] nvarchar(450) NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetRoleClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetRoleClaims_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261124010507_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserClaims] (
        [Id] int NOT NULL IDENTITY,
        [UserId] nvarchar(450) NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetUserClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetUserClaims_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261124010507_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserLogins] (
        [LoginProvider] nvarchar(450) NOT NULL,
        [ProviderKey] nvarchar(450) NOT NULL,
        [ProviderDisplayName] nvarchar(max) NULL,
        [UserId] nvarchar(450) NOT NULL,
        CONSTRAINT [PK_AspNetUserLogins] PRIMARY KEY ([LoginProvider], [ProviderKey]),
        CONSTRAINT [FK_AspNetUserLogins_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261124010507_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserRoles] (
        [UserId] nvarchar(450) NOT NULL,
        [RoleId] nvarchar(450) NOT NULL,
        CONSTRAINT [PK_AspNetUserRoles] PRIMARY KEY ([UserId], [RoleId]),
        CONSTRAINT [FK_AspNetUserRoles_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_AspNetUserRoles_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261124010507_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserTokens] (
        [UserId] nvarchar(450) NOT NULL,
        [LoginProvider] nvarchar(450) NOT NULL,
        [Name] nvarchar(450) NOT NULL,
        [Value] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetUserTokens] PRIMARY KEY ([UserId], [LoginProvider], [Name]),
        CONSTRAINT [FK_AspNetUserTokens_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261124010507_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetRoleClaims_RoleId] ON [AspNetRoleClaims] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261124010507_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [RoleNameIndex] ON [AspNetRoles] ([NormalizedName]) WHERE [NormalizedName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261124010507_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserClaims_UserId] ON [AspNetUserClaims] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261124010507_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserLogins_UserId] ON [AspNetUserLogins] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261124010507_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserRoles_RoleId] ON [AspNetUserRoles] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261124010507_Initial'
)
BEGIN
    CREATE INDEX [EmailIndex] ON [AspNetUsers] ([NormalizedEmail]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261124010507_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [UserNameIndex] ON [AspNetUsers] ([NormalizedUserName]) WHERE [NormalizedUserName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261124010507_Initial'
)
BEGIN
    INSERT INTO [__AmspMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261124010507_Initial', N'10.0.15');
END;

COMMIT;
GO


-- AMSP Workflow tables (SqlServer)
IF OBJECT_ID(N'[__WorkflowMigrationsHistory]') IS NULL
BEGIN
    CREATE TABLE [__WorkflowMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___WorkflowMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261124010514_Initial'
)
BEGIN
    CREATE TABLE [Bookmarks] (
        [Id] nvarchar(64) NOT NULL,
        [InstanceId] nvarchar(64) NOT NULL,
        [ActivityId] nvarchar(256) NOT NULL,
        [ExecutionId] nvarchar(64) NOT NULL,
        [Name] nvarchar(256) NOT NULL,
        [CorrelationId] nvarchar(256) NULL,
        [Hash] nvarchar(64) NOT NULL,
        [PayloadJson] nvarchar(max) NULL,
        [DueAt] bigint NULL,
        [CreatedAt] bigint NOT NULL,
        CONSTRAINT [PK_Bookmarks] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261124010514_Initial'
)
BEGIN
    CREATE TABLE [Incidents] (
        [Id] nvarchar(64) NOT NULL,
        [InstanceId] nvarchar(64) NOT NULL,
        [ActivityId] nvarchar(256) NOT NULL,
        [ExecutionId] nvarchar(64) NOT NULL,
        [Attempt] int NOT NULL,
        [ErrorType] nvarchar(256) NOT NULL,
        [Message] nvarchar(max) NOT NULL,
        [Details] nvarchar(max) NULL,
        [Timestamp] bigint NOT NULL,
        [Resolution] nvarchar(64) NOT NULL,
        CONSTRAINT [PK_Incidents] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261124010514_Initial'
)
BEGIN
    CREATE TABLE [WorkflowDefinitions] (
        [Id] nvarchar(64) NOT NULL,
        [DefinitionId] nvarchar(64) NOT NULL,
        [Version] int NOT NULL,
        [IsLatest] bit NOT NULL,
        [IsPublished] bit NOT NULL,
        [WasPublished] bit NOT NULL,
        [Name] nvarchar(256) NOT NULL,
        [Json] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_WorkflowDefinitions] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261124010514_Initial'
)
BEGIN
    CREATE TABLE [WorkflowInstances] (
        [Id] nvarchar(64) NOT NULL,
        [DefinitionId] nvarchar(64) NOT NULL,
        [DefinitionVersionId] nvarchar(64) NOT NULL,
        [DefinitionVersion] int NOT NULL,
        [Status] int NOT NULL,
        [CorrelationId] nvarchar(256) NULL,
        [ParentInstanceId] nvarchar(64) NULL,
        [CreatedAt] bigint NOT NULL,
        [UpdatedAt] bigint NOT NULL,
        [FinishedAt] bigint NULL,
        [IncidentCount] int NOT NULL,
        [StateJson] nvarchar(max) NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_WorkflowInstances] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261124010514_Initial'
)
BEGIN
    CREATE TABLE [WorkflowJournal] (
        [InstanceId] nvarchar(64) NOT NULL,
        [Sequence] bigint NOT NULL,
        [LastSequence] bigint NOT NULL,
        [Timestamp] bigint NOT NULL,
        [EntriesJson] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_WorkflowJournal] PRIMARY KEY ([InstanceId], [Sequence])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261124010514_Initial'
)
BEGIN
    CREATE INDEX [IX_Bookmarks_DueAt] ON [Bookmarks] ([DueAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261124010514_Initial'
)
BEGIN
    CREATE INDEX [IX_Bookmarks_Hash] ON [Bookmarks] ([Hash]);
END;

IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261124010514_Initial'
)
BEGIN
    CREATE INDEX [IX_Bookmarks_InstanceId] ON [Bookmarks] ([InstanceId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261124010514_Initial'
)
BEGIN
    CREATE INDEX [IX_Incidents_InstanceId] ON [Incidents] ([InstanceId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261124010514_Initial'
)
BEGIN
    CREATE INDEX [IX_Incidents_Timestamp] ON [Incidents] ([Timestamp]);
END;

IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261124010514_Initial'
)
BEGIN
    CREATE INDEX [IX_WorkflowDefinitions_DefinitionId_IsLatest] ON [WorkflowDefinitions] ([DefinitionId], [IsLatest]);
END;

IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261124010514_Initial'
)
BEGIN
    CREATE INDEX [IX_WorkflowDefinitions_DefinitionId_IsPublished] ON [WorkflowDefinitions] ([DefinitionId], [IsPublished]);
END;

IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261124010514_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_WorkflowDefinitions_DefinitionId_Version] ON [WorkflowDefinitions] ([DefinitionId], [Version]);
END;

IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261124010514_Initial'
)
BEGIN
    CREATE INDEX [IX_WorkflowInstances_CorrelationId] ON [WorkflowInstances] ([CorrelationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261124010514_Initial'
)
BEGIN
    CREATE INDEX [IX_WorkflowInstances_CreatedAt] ON [WorkflowInstances] ([CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261124010514_Initial'
)
BEGIN
    CREATE INDEX [IX_WorkflowInstances_DefinitionId_DefinitionVersion] ON [WorkflowInstances] ([DefinitionId], [DefinitionVersion]);
END;

IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261124010514_Initial'
)
BEGIN
    CREATE INDEX [IX_WorkflowInstances_DefinitionVersionId_Status] ON [WorkflowInstances] ([DefinitionVersionId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261124010514_Initial'
)
BEGIN
    CREATE INDEX [IX_WorkflowInstances_FinishedAt] ON [WorkflowInstances] ([FinishedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261124010514_Initial'
)
BEGIN
    CREATE INDEX [IX_WorkflowInstances_ParentInstanceId] ON [WorkflowInstances] ([ParentInstanceId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261124010514_Initial'
)
BEGIN
    CREATE INDEX [IX_WorkflowInstances_Status] ON [WorkflowInstances] ([Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261124010514_Initial'
)
BEGIN
    CREATE INDEX [IX_WorkflowInstances_UpdatedAt] ON [WorkflowInstances] ([UpdatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261124010514_Initial'
)
BEGIN
    CREATE INDEX [IX_WorkflowJournal_Timestamp] ON [WorkflowJournal] ([Timestamp]);
END;

IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261124010514_Initial'
)
BEGIN
    INSERT INTO [__WorkflowMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261124010514_Initial', N'10.0.15');
END;

COMMIT;
GO

