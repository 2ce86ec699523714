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

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261124025159_DataProtectionKeys'
)
BEGIN
    CREATE TABLE [DataProtectionKeys] (
        [Id] int NOT NULL IDENTITY,
        [FriendlyName] nvarchar(max) NULL,
        [Xml] nvarchar(max) NULL,
        CONSTRAINT [PK_DataProtectionKeys] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261124025159_DataProtectionKeys'
)
BEGIN
    INSERT INTO [__AmspMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261124025159_DataProtectionKeys', N'10.0.15');
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

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261124014130_QuartzTables'
)
BEGIN
    -- QRTZ_JOB_DETAILS
    IF OBJECT_ID(N'QRTZ_JOB_DETAILS', N'U') IS NULL
    BEGIN
      CREATE TABLE QRTZ_JOB_DETAILS (
        SCHED_NAME nvarchar(120) NOT NULL,
        JOB_NAME nvarchar(150) NOT NULL,
        JOB_GROUP nvarchar(150) NOT NULL,
        DESCRIPTION nvarchar(250) NULL,
        JOB_CLASS_NAME nvarchar(250) NOT NULL,
        IS_DURABLE bit NOT NULL,
        IS_NONCONCURRENT bit NOT NULL,
        IS_UPDATE_DATA bit NOT NULL,
        REQUESTS_RECOVERY bit NOT NULL,
        JOB_DATA varbinary(max) NULL,
        CONSTRAINT PK_QRTZ_JOB_DETAILS PRIMARY KEY (SCHED_NAME,JOB_NAME,JOB_GROUP)
      );
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261124014130_QuartzTables'
)
BEGIN
    -- QRTZ_TRIGGERS
    IF OBJECT_ID(N'QRTZ_TRIGGERS', N'U') IS NULL
    BEGIN
      CREATE TABLE QRTZ_TRIGGERS (
        SCHED_NAME nvarchar(120) NOT NULL,
        TRIGGER_NAME nvarchar(150) NOT NULL,
        TRIGGER_GROUP nvarchar(150) NOT NULL,
        JOB_NAME nvarchar(150) NOT NULL,
        JOB_GROUP nvarchar(150) NOT NULL,
        DESCRIPTION nvarchar(250) NULL,
        NEXT_FIRE_TIME bigint NULL,
        PREV_FIRE_TIME bigint NULL,
        PRIORITY int NULL,
        TRIGGER_STATE nvarchar(16) NOT NULL,
        TRIGGER_TYPE nvarchar(8) NOT NULL,
        START_TIME bigint NOT NULL,
        END_TIME bigint NULL,
        CALENDAR_NAME nvarchar(200) NULL,
        MISFIRE_INSTR int NULL,
        MISFIRE_ORIG_FIRE_TIME bigint NULL,
        EXECUTION_GROUP nvarchar(200) NULL,
        PREFERRED_NODE nvarchar(200) NULL,
        PREFERRED_NODE_AUTO bit NOT NULL DEFAULT 0,
        RETRY_POLICY nvarchar(250) NULL,
        RETRY_ATTEMPT int NULL,
        CONTINUES_TRIGGER_NAME nvarchar(150) NULL,
        CONTINUES_TRIGGER_GROUP nvarchar(150) NULL,
        CONTINUATION_CONDITION int NULL,
        OVERLAP_POLICY int NULL,
        PAUSE_REASON nvarchar(250) NULL,
        PAUSED_BY nvarchar(200) NULL,
        PAUSED_AT bigint NULL,
        MISFIRE_THRESHOLD bigint NULL,
        FIXED_DELAY bit NULL,
        JOB_DATA varbinary(max) NULL,
        CONSTRAINT PK_QRTZ_TRIGGERS PRIMARY KEY (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP),
        CONSTRAINT FK_QRTZ_TRIGGERS_QRTZ_JOB_DETAILS FOREIGN KEY (SCHED_NAME,JOB_NAME,JOB_GROUP) REFERENCES QRTZ_JOB_DETAILS (SCHED_NAME,JOB_NAME,JOB_GROUP)
      );
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261124014130_QuartzTables'
)
BEGIN
    -- QRTZ_SIMPLE_TRIGGERS
    IF OBJECT_ID(N'QRTZ_SIMPLE_TRIGGERS', N'U') IS NULL
    BEGIN
      CREATE TABLE QRTZ_SIMPLE_TRIGGERS (
        SCHED_NAME nvarchar(120) NOT NULL,
        TRIGGER_NAME nvarchar(150) NOT NULL,
        TRIGGER_GROUP nvarchar(150) NOT NULL,
        REPEAT_COUNT int NOT NULL,
        REPEAT_INTERVAL bigint NOT NULL,
        TIMES_TRIGGERED int NOT NULL,
        CONSTRAINT PK_QRTZ_SIMPLE_TRIGGERS PRIMARY KEY (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP),
        CONSTRAINT FK_QRTZ_SIMPLE_TRIGGERS_QRTZ_TRIGGERS FOREIGN KEY (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP) REFERENCES QRTZ_TRIGGERS (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP) ON DELETE CASCADE
      );
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261124014130_QuartzTables'
)
BEGIN
    -- QRTZ_CRON_TRIGGERS
    IF OBJECT_ID(N'QRTZ_CRON_TRIGGERS', N'U') IS NULL
    BEGIN
      CREATE TABLE QRTZ_CRON_TRIGGERS (
        SCHED_NAME nvarchar(120) NOT NULL,
        TRIGGER_NAME nvarchar(150) NOT NULL,
        TRIGGER_GROUP nvarchar(150) NOT NULL,
        CRON_EXPRESSION nvarchar(120) NOT NULL,
        TIME_ZONE_ID nvarchar(80),
        CONSTRAINT PK_QRTZ_CRON_TRIGGERS PRIMARY KEY (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP),
        CONSTRAINT FK_QRTZ_CRON_TRIGGERS_QRTZ_TRIGGERS FOREIGN KEY (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP) REFERENCES QRTZ_TRIGGERS (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP) ON DELETE CASCADE
      );
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261124014130_QuartzTables'
)
BEGIN
    -- QRTZ_SIMPROP_TRIGGERS
    IF OBJECT_ID(N'QRTZ_SIMPROP_TRIGGERS', N'U') IS NULL
    BEGIN
      CREATE TABLE QRTZ_SIMPROP_TRIGGERS (
        SCHED_NAME nvarchar(120) NOT NULL,
        TRIGGER_NAME nvarchar(150) NOT NULL,
        TRIGGER_GROUP nvarchar(150) NOT NULL,
        STR_PROP_1 nvarchar(512) NULL,
        STR_PROP_2 nvarchar(512) NULL,
        STR_PROP_3 nvarchar(512) NULL,
        INT_PROP_1 int NULL,
        INT_PROP_2 int NULL,
        LONG_PROP_1 bigint NULL,
        LONG_PROP_2 bigint NULL,
        DEC_PROP_1 numeric(13,4) NULL,
        DEC_PROP_2 numeric(13,4) NULL,
        BOOL_PROP_1 bit NULL,
        BOOL_PROP_2 bit NULL,
        TIME_ZONE_ID nvarchar(80) NULL,
        CONSTRAINT PK_QRTZ_SIMPROP_TRIGGERS PRIMARY KEY (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP),
        CONSTRAINT FK_QRTZ_SIMPROP_TRIGGERS_QRTZ_TRIGGERS FOREIGN KEY (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP) REFERENCES QRTZ_TRIGGERS (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP) ON DELETE CASCADE
      );
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261124014130_QuartzTables'
)
BEGIN
    -- QRTZ_BLOB_TRIGGERS
    IF OBJECT_ID(N'QRTZ_BLOB_TRIGGERS', N'U') IS NULL
    BEGIN
      CREATE TABLE QRTZ_BLOB_TRIGGERS (
        SCHED_NAME nvarchar(120) NOT NULL,
        TRIGGER_NAME nvarchar(150) NOT NULL,
        TRIGGER_GROUP nvarchar(150) NOT NULL,
        BLOB_DATA varbinary(max) NULL,
        CONSTRAINT PK_QRTZ_BLOB_TRIGGERS PRIMARY KEY (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP)
      );
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261124014130_QuartzTables'
)
BEGIN
    -- QRTZ_CALENDARS
    IF OBJECT_ID(N'QRTZ_CALENDARS', N'U') IS NULL
    BEGIN
      CREATE TABLE QRTZ_CALENDARS (
        SCHED_NAME nvarchar(120) NOT NULL,
        CALENDAR_NAME nvarchar(200) NOT NULL,
        CALENDAR varbinary(max) NOT NULL,
        CONSTRAINT PK_QRTZ_CALENDARS PRIMARY KEY (SCHED_NAME,CALENDAR_NAME)
      );
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261124014130_QuartzTables'
)
BEGIN
    -- QRTZ_PAUSED_TRIGGER_GRPS
    IF OBJECT_ID(N'QRTZ_PAUSED_TRIGGER_GRPS', N'U') IS NULL
    BEGIN
      CREATE TABLE QRTZ_PAUSED_TRIGGER_GRPS (
        SCHED_NAME nvarchar(120) NOT NULL,
        TRIGGER_GROUP nvarchar(150) NOT NULL,
        PAUSE_REASON nvarchar(250) NULL,
        PAUSED_BY nvarchar(200) NULL,
        PAUSED_AT bigint NULL,
        CONSTRAINT PK_QRTZ_PAUSED_TRIGGER_GRPS PRIMARY KEY (SCHED_NAME,TRIGGER_GROUP)
      );
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261124014130_QuartzTables'
)
BEGIN
    -- QRTZ_PAUSED_JOB_GRPS
    IF OBJECT_ID(N'QRTZ_PAUSED_JOB_GRPS', N'U') IS NULL
    BEGIN
      CREATE TABLE QRTZ_PAUSED_JOB_GRPS (
        SCHED_NAME nvarchar(120) NOT NULL,
        JOB_GROUP nvarchar(150) NOT NULL,
        PAUSE_REASON nvarchar(250) NULL,
        PAUSED_BY nvarchar(200) NULL,
        PAUSED_AT bigint NULL,
        CONSTRAINT PK_QRTZ_PAUSED_JOB_GRPS PRIMARY KEY (SCHED_NAME,JOB_GROUP)
      );
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261124014130_QuartzTables'
)
BEGIN
    -- QRTZ_FIRED_TRIGGERS
    IF OBJECT_ID(N'QRTZ_FIRED_TRIGGERS', N'U') IS NULL
    BEGIN
      CREATE TABLE QRTZ_FIRED_TRIGGERS (
        SCHED_NAME nvarchar(120) NOT NULL,
        ENTRY_ID nvarchar(140) NOT NULL,
        TRIGGER_NAME nvarchar(150) NOT NULL,
        TRIGGER_GROUP nvarchar(150) NOT NULL,
        INSTANCE_NAME nvarchar(200) NOT NULL,
        FIRED_TIME bigint NOT NULL,
        SCHED_TIME bigint NOT NULL,
        PRIORITY int NOT NULL,
        STATE nvarchar(16) NOT NULL,
        JOB_NAME nvarchar(150) NULL,
        JOB_GROUP nvarchar(150) NULL,
        IS_NONCONCURRENT bit NULL,
        REQUESTS_RECOVERY bit NULL,
        EXECUTION_GROUP nvarchar(200) NULL,
        PROGRESS int NULL,
        PROGRESS_MESSAGE nvarchar(250) NULL,
        INTERRUPT_REQUESTED_TIME bigint NULL,
        CONSTRAINT PK_QRTZ_FIRED_TRIGGERS PRIMARY KEY (SCHED_NAME,ENTRY_ID)
      );
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261124014130_QuartzTables'
)
BEGIN
    -- QRTZ_SCHEDULER_STATE
    IF OBJECT_ID(N'QRTZ_SCHEDULER_STATE', N'U') IS NULL
    BEGIN
      CREATE TABLE QRTZ_SCHEDULER_STATE (
        SCHED_NAME nvarchar(120) NOT NULL,
        INSTANCE_NAME nvarchar(200) NOT NULL,
        LAST_CHECKIN_TIME bigint NOT NULL,
        CHECKIN_INTERVAL bigint NOT NULL,
        QUARTZ_VERSION nvarchar(20) NULL,
        CONSTRAINT PK_QRTZ_SCHEDULER_STATE PRIMARY KEY (SCHED_NAME,INSTANCE_NAME)
      );
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261124014130_QuartzTables'
)
BEGIN
    -- QRTZ_LOCKS
    IF OBJECT_ID(N'QRTZ_LOCKS', N'U') IS NULL
    BEGIN
      CREATE TABLE QRTZ_LOCKS (
        SCHED_NAME nvarchar(120) NOT NULL,
        LOCK_NAME nvarchar(40) NOT NULL,
        CONSTRAINT PK_QRTZ_LOCKS PRIMARY KEY (SCHED_NAME,LOCK_NAME)
      );
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261124014130_QuartzTables'
)
BEGIN
    -- QRTZ_EXECUTION_HISTORY
    IF OBJECT_ID(N'QRTZ_EXECUTION_HISTORY', N'U') IS NULL
    BEGIN
      CREATE TABLE QRTZ_EXECUTION_HISTORY (
        SCHED_NAME nvarchar(120) NOT NULL,
        ENTRY_ID nvarchar(140) NOT NULL,
        INSTANCE_NAME nvarchar(200) NOT NULL,
        JOB_NAME nvarchar(150) NOT NULL,
        JOB_GROUP nvarchar(150) NOT NULL,
        TRIGGER_NAME nvarchar(150) NOT NULL,
        TRIGGER_GROUP nvarchar(150) NOT NULL,
        FIRED_TIME bigint NOT NULL,
        RUN_TIME bigint NOT NULL,
        SUCCEEDED bit NOT NULL,
        ERROR_MESSAGE nvarchar(1000) NULL,
        RETRY_ATTEMPT int NOT NULL DEFAULT 0,
        RETRY_SCHEDULED bit NOT NULL DEFAULT 0,
        EXECUTION_LOG nvarchar(max) NULL,
        RESULT int NULL,
        SUMMARY nvarchar(1000) NULL,
        METRICS nvarchar(max) NULL,
        MANUAL bit NULL,
        FIRE_INSTANCE_ID nvarchar(140) NULL,
        JOB_INPUT nvarchar(max) NULL,
        JOB_INPUT_TOO_LARGE bit NULL,
        CONSTRAINT PK_QRTZ_EXECUTION_HISTORY PRIMARY KEY (SCHED_NAME,ENTRY_ID)
      );
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261124014130_QuartzTables'
)
BEGIN
    -- QRTZ_MISFIRE_HISTORY
    IF OBJECT_ID(N'QRTZ_MISFIRE_HISTORY', N'U') IS NULL
    BEGIN
      CREATE TABLE QRTZ_MISFIRE_HISTORY (
        SCHED_NAME nvarchar(120) NOT NULL,
        ENTRY_ID nvarchar(140) NOT NULL,
        INSTANCE_NAME nvarchar(200) NOT NULL,
        TRIGGER_NAME nvarchar(150) NOT NULL,
        TRIGGER_GROUP nvarchar(150) NOT NULL,
        JOB_NAME nvarchar(150) NULL,
        JOB_GROUP nvarchar(150) NULL,
        MISFIRE_TIME bigint NOT NULL,
        SCHED_TIME bigint NULL,
        REASON int NULL,
        CONSTRAINT PK_QRTZ_MISFIRE_HISTORY PRIMARY KEY (SCHED_NAME,ENTRY_ID)
      );
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261124014130_QuartzTables'
)
BEGIN
    -- QRTZ_JOB_STATUS
    IF OBJECT_ID(N'QRTZ_JOB_STATUS', N'U') IS NULL
    BEGIN
      CREATE TABLE QRTZ_JOB_STATUS (
        SCHED_NAME nvarchar(120) NOT NULL,
        JOB_GROUP nvarchar(150) NOT NULL,
        JOB_NAME nvarchar(150) NOT NULL,
        FIRST_FIRED_TIME bigint NOT NULL,
        LAST_FIRED_TIME bigint NOT NULL,
        LAST_RESULT int NOT NULL,
        LAST_RUN_TIME bigint NOT NULL,
        LAST_INSTANCE_NAME nvarchar(200) NOT NULL,
        LAST_ENTRY_ID nvarchar(140) NULL,
        LAST_SUMMARY nvarchar(1000) NULL,
        LAST_SUCCESS_TIME bigint NULL,
        LAST_FAILURE_TIME bigint NULL,
        LAST_FAILURE_MESSAGE nvarchar(1000) NULL,
        CONSECUTIVE_FAILURES int NOT NULL DEFAULT 0,
        RUN_COUNT bigint NOT NULL DEFAULT 0,
        FAILURE_COUNT bigint NOT NULL DEFAULT 0,
        CONSTRAINT PK_QRTZ_JOB_STATUS PRIMARY KEY (SCHED_NAME,JOB_GROUP,JOB_NAME)
      );
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261124014130_QuartzTables'
)
BEGIN
    -- IDX_QRTZ_J_G_N
    IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'IDX_QRTZ_J_G_N' AND object_id = OBJECT_ID('QRTZ_JOB_DETAILS'))
    BEGIN
      CREATE INDEX IDX_QRTZ_J_G_N ON QRTZ_JOB_DETAILS(SCHED_NAME, JOB_GROUP, JOB_NAME);
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261124014130_QuartzTables'
)
BEGIN
    -- IDX_QRTZ_T_J
    IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'IDX_QRTZ_T_J' AND object_id = OBJECT_ID('QRTZ_TRIGGERS'))
    BEGIN
      CREATE INDEX IDX_QRTZ_T_J ON QRTZ_TRIGGERS(SCHED_NAME, JOB_NAME, JOB_GROUP);
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261124014130_QuartzTables'
)
BEGIN
    -- IDX_QRTZ_T_G_N
    IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'IDX_QRTZ_T_G_N' AND object_id = OBJECT_ID('QRTZ_TRIGGERS'))
    BEGIN
      CREATE INDEX IDX_QRTZ_T_G_N ON QRTZ_TRIGGERS(SCHED_NAME, TRIGGER_GROUP, TRIGGER_NAME);
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261124014130_QuartzTables'
)
BEGIN
    -- IDX_QRTZ_T_C
    IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'IDX_QRTZ_T_C' AND object_id = OBJECT_ID('QRTZ_TRIGGERS'))
    BEGIN
      CREATE INDEX IDX_QRTZ_T_C ON QRTZ_TRIGGERS(SCHED_NAME, CALENDAR_NAME);
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261124014130_QuartzTables'
)
BEGIN
    -- IDX_QRTZ_T_NFT_ST
    IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'IDX_QRTZ_T_NFT_ST' AND object_id = OBJECT_ID('QRTZ_TRIGGERS'))
    BEGIN
      CREATE INDEX IDX_QRTZ_T_NFT_ST ON QRTZ_TRIGGERS(SCHED_NAME, TRIGGER_STATE, NEXT_FIRE_TIME ASC, PRIORITY DESC, MISFIRE_INSTR);
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261124014130_QuartzTables'
)
BEGIN
    -- IDX_QRTZ_FT_INST_JOB_REQ_RCVRY
    IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'IDX_QRTZ_FT_INST_JOB_REQ_RCVRY' AND object_id = OBJECT_ID('QRTZ_FIRED_TRIGGERS'))
    BEGIN
      CREATE INDEX IDX_QRTZ_FT_INST_JOB_REQ_RCVRY ON QRTZ_FIRED_TRIGGERS(SCHED_NAME, INSTANCE_NAME, REQUESTS_RECOVERY);
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261124014130_QuartzTables'
)
BEGIN
    -- IDX_QRTZ_FT_J_G
    IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'IDX_QRTZ_FT_J_G' AND object_id = OBJECT_ID('QRTZ_FIRED_TRIGGERS'))
    BEGIN
      CREATE INDEX IDX_QRTZ_FT_J_G ON QRTZ_FIRED_TRIGGERS(SCHED_NAME, JOB_NAME, JOB_GROUP);
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261124014130_QuartzTables'
)
BEGIN
    -- IDX_QRTZ_FT_T_G
    IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'IDX_QRTZ_FT_T_G' AND object_id = OBJECT_ID('QRTZ_FIRED_TRIGGERS'))
    BEGIN
      CREATE INDEX IDX_QRTZ_FT_T_G ON QRTZ_FIRED_TRIGGERS(SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP);
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261124014130_QuartzTables'
)
BEGIN
    -- IDX_QRTZ_EH_FIRED_TIME
    IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'IDX_QRTZ_EH_FIRED_TIME' AND object_id = OBJECT_ID('QRTZ_EXECUTION_HISTORY'))
    BEGIN
      CREATE INDEX IDX_QRTZ_EH_FIRED_TIME ON QRTZ_EXECUTION_HISTORY(SCHED_NAME, FIRED_TIME);
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261124014130_QuartzTables'
)
BEGIN
    -- IDX_QRTZ_EH_INST
    IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'IDX_QRTZ_EH_INST' AND object_id = OBJECT_ID('QRTZ_EXECUTION_HISTORY'))
    BEGIN
      CREATE INDEX IDX_QRTZ_EH_INST ON QRTZ_EXECUTION_HISTORY(SCHED_NAME, INSTANCE_NAME);
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261124014130_QuartzTables'
)
BEGIN
    -- IDX_QRTZ_MH_MISFIRE_TIME
    IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'IDX_QRTZ_MH_MISFIRE_TIME' AND object_id = OBJECT_ID('QRTZ_MISFIRE_HISTORY'))
    BEGIN
      CREATE INDEX IDX_QRTZ_MH_MISFIRE_TIME ON QRTZ_MISFIRE_HISTORY(SCHED_NAME, MISFIRE_TIME);
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261124014130_QuartzTables'
)
BEGIN
    -- IDX_QRTZ_MH_INST
    IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'IDX_QRTZ_MH_INST' AND object_id = OBJECT_ID('QRTZ_MISFIRE_HISTORY'))
    BEGIN
      CREATE INDEX IDX_QRTZ_MH_INST ON QRTZ_MISFIRE_HISTORY(SCHED_NAME, INSTANCE_NAME);
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261124014130_QuartzTables'
)
BEGIN
    -- IDX_QRTZ_EH_JOB_TIME
    IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'IDX_QRTZ_EH_JOB_TIME' AND object_id = OBJECT_ID('QRTZ_EXECUTION_HISTORY'))
    BEGIN
      CREATE INDEX IDX_QRTZ_EH_JOB_TIME ON QRTZ_EXECUTION_HISTORY(SCHED_NAME, JOB_GROUP, JOB_NAME, FIRED_TIME);
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261124014130_QuartzTables'
)
BEGIN
    -- IDX_QRTZ_EH_FIRE_INST
    IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'IDX_QRTZ_EH_FIRE_INST' AND object_id = OBJECT_ID('QRTZ_EXECUTION_HISTORY'))
    BEGIN
      CREATE INDEX IDX_QRTZ_EH_FIRE_INST ON QRTZ_EXECUTION_HISTORY(SCHED_NAME, FIRE_INSTANCE_ID);
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261124014130_QuartzTables'
)
BEGIN
    -- IDX_QRTZ_EH_TRIG_TIME
    IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'IDX_QRTZ_EH_TRIG_TIME' AND object_id = OBJECT_ID('QRTZ_EXECUTION_HISTORY'))
    BEGIN
      CREATE INDEX IDX_QRTZ_EH_TRIG_TIME ON QRTZ_EXECUTION_HISTORY(SCHED_NAME, TRIGGER_GROUP, TRIGGER_NAME, FIRED_TIME);
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261124014130_QuartzTables'
)
BEGIN
    INSERT INTO [__WorkflowMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261124014130_QuartzTables', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261124022642_BookmarkRoles'
)
BEGIN
    ALTER TABLE [Bookmarks] ADD [Roles] nvarchar(512) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261124022642_BookmarkRoles'
)
BEGIN
    INSERT INTO [__WorkflowMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261124022642_BookmarkRoles', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261124041334_DropUnusedIndexes'
)
BEGIN
    DROP INDEX [IX_WorkflowJournal_Timestamp] ON [WorkflowJournal];
END;

IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261124041334_DropUnusedIndexes'
)
BEGIN
    DROP INDEX [IX_WorkflowInstances_FinishedAt] ON [WorkflowInstances];
END;

IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261124041334_DropUnusedIndexes'
)
BEGIN
    DROP INDEX [IX_WorkflowInstances_UpdatedAt] ON [WorkflowInstances];
END;

IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261124041334_DropUnusedIndexes'
)
BEGIN
    INSERT INTO [__WorkflowMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261124041334_DropUnusedIndexes', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261129053001_InstanceRoots'
)
BEGIN
    ALTER TABLE [WorkflowInstances] ADD [RootInstanceId] nvarchar(64) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261129053001_InstanceRoots'
)
BEGIN
    EXEC(N'CREATE INDEX [IX_WorkflowInstances_RootInstanceId] ON [WorkflowInstances] ([RootInstanceId]) WHERE [RootInstanceId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261129053001_InstanceRoots'
)
BEGIN
    INSERT INTO [__WorkflowMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129053001_InstanceRoots', N'10.0.15');
END;

COMMIT;
GO

