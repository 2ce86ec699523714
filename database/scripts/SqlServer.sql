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

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129052120_PlatformModel'
)
BEGIN
    CREATE TABLE [DesignRequests] (
        [Id] uniqueidentifier NOT NULL,
        [OrganizationId] uniqueidentifier NOT NULL,
        [RequirementId] uniqueidentifier NOT NULL,
        [RequestedBy] nvarchar(64) NOT NULL,
        [Brief] nvarchar(4000) NOT NULL,
        [ReferenceModelIds] nvarchar(max) NOT NULL,
        [Status] nvarchar(16) NOT NULL,
        [DesignerId] nvarchar(64) NULL,
        [DesignerOrganizationId] uniqueidentifier NULL,
        [AcceptedModelId] uniqueidentifier NULL,
        [CreatedAt] bigint NOT NULL,
        [TakenAt] bigint NULL,
        [AcceptedAt] bigint NULL,
        CONSTRAINT [PK_DesignRequests] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129052120_PlatformModel'
)
BEGIN
    CREATE TABLE [Invitations] (
        [Id] uniqueidentifier NOT NULL,
        [OrganizationId] uniqueidentifier NOT NULL,
        [Email] nvarchar(256) NOT NULL,
        [Roles] nvarchar(max) NOT NULL,
        [TokenHash] nvarchar(64) NOT NULL,
        [InvitedBy] nvarchar(64) NOT NULL,
        [CreatedAt] bigint NOT NULL,
        [ExpiresAt] bigint NOT NULL,
        [AcceptedAt] bigint NULL,
        [AcceptedBy] nvarchar(64) NULL,
        CONSTRAINT [PK_Invitations] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129052120_PlatformModel'
)
BEGIN
    CREATE TABLE [Materials] (
        [Id] uniqueidentifier NOT NULL,
        [OrganizationId] uniqueidentifier NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Process] nvarchar(16) NOT NULL,
        [Density] decimal(18,4) NOT NULL,
        [Colours] nvarchar(max) NOT NULL,
        [PricingBasis] nvarchar(16) NOT NULL,
        [UnitPrice] decimal(18,4) NOT NULL,
        [MinWallThickness] decimal(18,4) NOT NULL,
        [LayerHeights] nvarchar(max) NOT NULL,
        [Active] bit NOT NULL,
        CONSTRAINT [PK_Materials] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129052120_PlatformModel'
)
BEGIN
    CREATE TABLE [Models] (
        [Id] uniqueidentifier NOT NULL,
        [OrganizationId] uniqueidentifier NOT NULL,
        [UploadedBy] nvarchar(64) NOT NULL,
        [OriginalName] nvarchar(260) NOT NULL,
        [Format] nvarchar(8) NOT NULL,
        [SizeBytes] bigint NOT NULL,
        [Sha256] nvarchar(64) NOT NULL,
        [ParentId] uniqueidentifier NULL,
        [Origin] nvarchar(16) NOT NULL,
        [DesignRequestId] uniqueidentifier NULL,
        [CheckReportJson] nvarchar(max) NOT NULL,
        [FingerprintJson] nvarchar(max) NOT NULL,
        [CanonicalSha256] nvarchar(64) NOT NULL,
        [SizeX] float NOT NULL,
        [SizeY] float NOT NULL,
        [SizeZ] float NOT NULL,
        [UnitsGuess] nvarchar(8) NOT NULL,
        [CreatedAt] bigint NOT NULL,
        CONSTRAINT [PK_Models] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129052120_PlatformModel'
)
BEGIN
    CREATE TABLE [Organizations] (
        [Id] uniqueidentifier NOT NULL,
        [Kind] nvarchar(16) NOT NULL,
        [LegalName] nvarchar(200) NOT NULL,
        [Address_Street] nvarchar(200) NOT NULL,
        [Address_PostalCode] nvarchar(32) NOT NULL,
        [Address_City] nvarchar(100) NOT NULL,
        [Address_Region] nvarchar(100) NULL,
        [Address_Country] nvarchar(2) NOT NULL,
        [VatId] nvarchar(32) NULL,
        [CreatedAt] bigint NOT NULL,
        CONSTRAINT [PK_Organizations] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129052120_PlatformModel'
)
BEGIN
    CREATE TABLE [PriceLists] (
        [Id] uniqueidentifier NOT NULL,
        [OrganizationId] uniqueidentifier NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Currency] nvarchar(3) NOT NULL,
        [SetupFee] decimal(18,4) NOT NULL,
        [MachineHourlyRate] decimal(18,4) NOT NULL,
        [MarginPercent] decimal(18,4) NOT NULL,
        [QuoteValidityDays] int NOT NULL,
        [PricingScript] nvarchar(max) NULL,
        [Active] bit NOT NULL,
        [UpdatedAt] bigint NOT NULL,
        [PostProcessing] nvarchar(max) NULL,
        [QuantityDiscounts] nvarchar(max) NULL,
        CONSTRAINT [PK_PriceLists] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129052120_PlatformModel'
)
BEGIN
    CREATE TABLE [Printers] (
        [Id] uniqueidentifier NOT NULL,
        [OrganizationId] uniqueidentifier NOT NULL,
        [SiteId] uniqueidentifier NULL,
        [Name] nvarchar(200) NOT NULL,
        [Process] nvarchar(16) NOT NULL,
        [BuildVolume_X] decimal(18,4) NOT NULL,
        [BuildVolume_Y] decimal(18,4) NOT NULL,
        [BuildVolume_Z] decimal(18,4) NOT NULL,
        [LoadedMaterialId] uniqueidentifier NULL,
        [LoadedColour] nvarchar(64) NULL,
        [Controller] nvarchar(16) NOT NULL,
        [BaseUrl] nvarchar(500) NULL,
        [ProtectedApiKey] nvarchar(4000) NULL,
        [State] nvarchar(16) NOT NULL,
        [HourlyRate] decimal(18,4) NULL,
        [Active] bit NOT NULL,
        [TimeParameters] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_Printers] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129052120_PlatformModel'
)
BEGIN
    CREATE TABLE [ProtectedDesigns] (
        [Id] uniqueidentifier NOT NULL,
        [OwnerOrganizationId] uniqueidentifier NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [ModelId] uniqueidentifier NOT NULL,
        [CanonicalSha256] nvarchar(64) NOT NULL,
        [FingerprintJson] nvarchar(max) NOT NULL,
        [Licence] nvarchar(32) NOT NULL,
        [LicenseeOrganizationIds] nvarchar(max) NOT NULL,
        [RoyaltyPerPart] decimal(18,4) NULL,
        [RoyaltyCurrency] nvarchar(3) NULL,
        [RegisteredBy] nvarchar(64) NOT NULL,
        [CreatedAt] bigint NOT NULL,
        CONSTRAINT [PK_ProtectedDesigns] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129052120_PlatformModel'
)
BEGIN
    CREATE TABLE [Requirements] (
        [Id] uniqueidentifier NOT NULL,
        [OrganizationId] uniqueidentifier NOT NULL,
        [CreatedBy] nvarchar(64) NOT NULL,
        [Title] nvarchar(200) NOT NULL,
        [ModelId] uniqueidentifier NULL,
        [Units] nvarchar(16) NOT NULL,
        [Process] nvarchar(16) NULL,
        [Material] nvarchar(200) NULL,
        [Colour] nvarchar(64) NULL,
        [Quantity] int NOT NULL,
        [GeneralTolerance] nvarchar(16) NOT NULL,
        [SurfaceFinish] nvarchar(500) NULL,
        [PostProcessing] nvarchar(max) NOT NULL,
        [BuildOrientation] nvarchar(500) NULL,
        [AcceptableImperfections] nvarchar(4000) NULL,
        [InspectionMethod] nvarchar(4000) NULL,
        [CertificateLevel] nvarchar(32) NOT NULL,
        [Packaging] nvarchar(500) NULL,
        [DueDate] date NULL,
        [DeliveryAddress_Street] nvarchar(200) NOT NULL,
        [DeliveryAddress_PostalCode] nvarchar(32) NOT NULL,
        [DeliveryAddress_City] nvarchar(100) NOT NULL,
        [DeliveryAddress_Region] nvarchar(100) NULL,
        [DeliveryAddress_Country] nvarchar(2) NOT NULL,
        [Notes] nvarchar(4000) NULL,
        [Status] nvarchar(16) NOT NULL,
        [CreatedAt] bigint NOT NULL,
        [UpdatedAt] bigint NOT NULL,
        [SubmittedAt] bigint NULL,
        [CriticalDimensions] nvarchar(max) NULL,
        CONSTRAINT [PK_Requirements] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129052120_PlatformModel'
)
BEGIN
    CREATE TABLE [Sites] (
        [Id] uniqueidentifier NOT NULL,
        [OrganizationId] uniqueidentifier NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Address_Street] nvarchar(200) NOT NULL,
        [Address_PostalCode] nvarchar(32) NOT NULL,
        [Address_City] nvarchar(100) NOT NULL,
        [Address_Region] nvarchar(100) NULL,
        [Address_Country] nvarchar(2) NOT NULL,
        CONSTRAINT [PK_Sites] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129052120_PlatformModel'
)
BEGIN
    CREATE TABLE [Memberships] (
        [Id] uniqueidentifier NOT NULL,
        [OrganizationId] uniqueidentifier NOT NULL,
        [UserId] nvarchar(64) NOT NULL,
        [Roles] nvarchar(max) NOT NULL,
        [CreatedAt] bigint NOT NULL,
        CONSTRAINT [PK_Memberships] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Memberships_Organizations_OrganizationId] FOREIGN KEY ([OrganizationId]) REFERENCES [Organizations] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129052120_PlatformModel'
)
BEGIN
    CREATE INDEX [IX_DesignRequests_OrganizationId] ON [DesignRequests] ([OrganizationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129052120_PlatformModel'
)
BEGIN
    CREATE INDEX [IX_DesignRequests_RequirementId] ON [DesignRequests] ([RequirementId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129052120_PlatformModel'
)
BEGIN
    CREATE INDEX [IX_DesignRequests_Status] ON [DesignRequests] ([Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129052120_PlatformModel'
)
BEGIN
    CREATE INDEX [IX_Invitations_OrganizationId] ON [Invitations] ([OrganizationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129052120_PlatformModel'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Invitations_TokenHash] ON [Invitations] ([TokenHash]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129052120_PlatformModel'
)
BEGIN
    CREATE INDEX [IX_Materials_OrganizationId] ON [Materials] ([OrganizationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129052120_PlatformModel'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Memberships_OrganizationId_UserId] ON [Memberships] ([OrganizationId], [UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129052120_PlatformModel'
)
BEGIN
    CREATE INDEX [IX_Memberships_UserId] ON [Memberships] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129052120_PlatformModel'
)
BEGIN
    CREATE INDEX [IX_Models_DesignRequestId] ON [Models] ([DesignRequestId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129052120_PlatformModel'
)
BEGIN
    CREATE INDEX [IX_Models_OrganizationId_Sha256] ON [Models] ([OrganizationId], [Sha256]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129052120_PlatformModel'
)
BEGIN
    CREATE INDEX [IX_Models_ParentId] ON [Models] ([ParentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129052120_PlatformModel'
)
BEGIN
    CREATE INDEX [IX_Organizations_LegalName] ON [Organizations] ([LegalName]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129052120_PlatformModel'
)
BEGIN
    CREATE INDEX [IX_PriceLists_OrganizationId] ON [PriceLists] ([OrganizationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129052120_PlatformModel'
)
BEGIN
    CREATE INDEX [IX_Printers_OrganizationId] ON [Printers] ([OrganizationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129052120_PlatformModel'
)
BEGIN
    CREATE INDEX [IX_ProtectedDesigns_CanonicalSha256] ON [ProtectedDesigns] ([CanonicalSha256]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129052120_PlatformModel'
)
BEGIN
    CREATE INDEX [IX_ProtectedDesigns_ModelId] ON [ProtectedDesigns] ([ModelId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129052120_PlatformModel'
)
BEGIN
    CREATE INDEX [IX_ProtectedDesigns_OwnerOrganizationId] ON [ProtectedDesigns] ([OwnerOrganizationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129052120_PlatformModel'
)
BEGIN
    CREATE INDEX [IX_Requirements_OrganizationId] ON [Requirements] ([OrganizationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129052120_PlatformModel'
)
BEGIN
    CREATE INDEX [IX_Sites_OrganizationId] ON [Sites] ([OrganizationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129052120_PlatformModel'
)
BEGIN
    INSERT INTO [__AmspMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129052120_PlatformModel', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129072529_Orders'
)
BEGIN
    ALTER TABLE [Requirements] ADD [UnitsConfirmed] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129072529_Orders'
)
BEGIN
    CREATE TABLE [CopyrightReviews] (
        [Id] uniqueidentifier NOT NULL,
        [OrderId] uniqueidentifier NOT NULL,
        [ModelId] uniqueidentifier NOT NULL,
        [ProtectedDesignId] uniqueidentifier NOT NULL,
        [Similarity] float NOT NULL,
        [Status] nvarchar(16) NOT NULL,
        [DecidedBy] nvarchar(64) NULL,
        [DecidedAt] bigint NULL,
        [Note] nvarchar(4000) NULL,
        [ExecutionId] nvarchar(64) NOT NULL,
        [CreatedAt] bigint NOT NULL,
        CONSTRAINT [PK_CopyrightReviews] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129072529_Orders'
)
BEGIN
    CREATE TABLE [OrderNumberCounters] (
        [Year] int NOT NULL,
        [Next] int NOT NULL,
        CONSTRAINT [PK_OrderNumberCounters] PRIMARY KEY ([Year])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129072529_Orders'
)
BEGIN
    CREATE TABLE [Orders] (
        [Id] uniqueidentifier NOT NULL,
        [Number] nvarchar(32) NOT NULL,
        [OrganizationId] uniqueidentifier NOT NULL,
        [RequirementId] uniqueidentifier NOT NULL,
        [CreatedBy] nvarchar(64) NOT NULL,
        [Status] nvarchar(16) NOT NULL,
        [Reasons] nvarchar(max) NOT NULL,
        [InstanceId] nvarchar(64) NOT NULL,
        [ModelId] uniqueidentifier NULL,
        [AnalysisJson] nvarchar(max) NULL,
        [RepairJson] nvarchar(max) NULL,
        [AcceptedQuoteId] uniqueidentifier NULL,
        [RoyaltyDesignId] uniqueidentifier NULL,
        [CreatedAt] bigint NOT NULL,
        [UpdatedAt] bigint NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Orders] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129072529_Orders'
)
BEGIN
    CREATE TABLE [Quotes] (
        [Id] uniqueidentifier NOT NULL,
        [OrderId] uniqueidentifier NOT NULL,
        [AmCentreId] uniqueidentifier NOT NULL,
        [PriceListId] uniqueidentifier NULL,
        [PrinterId] uniqueidentifier NULL,
        [MaterialId] uniqueidentifier NULL,
        [Currency] nvarchar(3) NOT NULL,
        [Total] decimal(18,4) NOT NULL,
        [LeadTimeDays] int NOT NULL,
        [ValidUntil] bigint NOT NULL,
        [Status] nvarchar(16) NOT NULL,
        [FailureReason] nvarchar(4000) NULL,
        [EstimateJson] nvarchar(max) NOT NULL,
        [ExecutionId] nvarchar(64) NOT NULL,
        [CreatedAt] bigint NOT NULL,
        [Lines] nvarchar(max) NULL,
        CONSTRAINT [PK_Quotes] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129072529_Orders'
)
BEGIN
    CREATE TABLE [OrderStatusChanges] (
        [Id] uniqueidentifier NOT NULL,
        [OrderId] uniqueidentifier NOT NULL,
        [At] bigint NOT NULL,
        [From] nvarchar(16) NULL,
        [To] nvarchar(16) NOT NULL,
        [Actor] nvarchar(64) NOT NULL,
        [Reason] nvarchar(4000) NULL,
        [ExecutionId] nvarchar(64) NULL,
        CONSTRAINT [PK_OrderStatusChanges] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_OrderStatusChanges_Orders_OrderId] FOREIGN KEY ([OrderId]) REFERENCES [Orders] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129072529_Orders'
)
BEGIN
    CREATE UNIQUE INDEX [IX_CopyrightReviews_ExecutionId_ProtectedDesignId] ON [CopyrightReviews] ([ExecutionId], [ProtectedDesignId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129072529_Orders'
)
BEGIN
    CREATE INDEX [IX_CopyrightReviews_OrderId] ON [CopyrightReviews] ([OrderId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129072529_Orders'
)
BEGIN
    CREATE INDEX [IX_CopyrightReviews_Status] ON [CopyrightReviews] ([Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129072529_Orders'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_OrderStatusChanges_OrderId_ExecutionId] ON [OrderStatusChanges] ([OrderId], [ExecutionId]) WHERE [ExecutionId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129072529_Orders'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Orders_Number] ON [Orders] ([Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129072529_Orders'
)
BEGIN
    CREATE INDEX [IX_Orders_OrganizationId] ON [Orders] ([OrganizationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129072529_Orders'
)
BEGIN
    CREATE INDEX [IX_Orders_RequirementId] ON [Orders] ([RequirementId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129072529_Orders'
)
BEGIN
    CREATE INDEX [IX_Orders_Status] ON [Orders] ([Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129072529_Orders'
)
BEGIN
    CREATE INDEX [IX_Quotes_AmCentreId] ON [Quotes] ([AmCentreId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129072529_Orders'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Quotes_ExecutionId_AmCentreId] ON [Quotes] ([ExecutionId], [AmCentreId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129072529_Orders'
)
BEGIN
    CREATE INDEX [IX_Quotes_OrderId] ON [Quotes] ([OrderId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129072529_Orders'
)
BEGIN
    INSERT INTO [__AmspMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129072529_Orders', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129083309_Production'
)
BEGIN
    ALTER TABLE [OrderStatusChanges] ADD [Sequence] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129083309_Production'
)
BEGIN
    CREATE TABLE [Certificates] (
        [Id] uniqueidentifier NOT NULL,
        [Number] nvarchar(32) NOT NULL,
        [OrderId] uniqueidentifier NOT NULL,
        [OrderNumber] nvarchar(32) NOT NULL,
        [OrganizationId] uniqueidentifier NOT NULL,
        [AmCentreId] uniqueidentifier NOT NULL,
        [InspectionId] uniqueidentifier NOT NULL,
        [ExecutionId] nvarchar(64) NOT NULL,
        [PartName] nvarchar(200) NOT NULL,
        [Passed] bit NOT NULL,
        [VerificationCode] nvarchar(32) NOT NULL,
        [FileKey] nvarchar(200) NOT NULL,
        [Sha256] nvarchar(64) NOT NULL,
        [Length] bigint NOT NULL,
        [IssuedAt] bigint NOT NULL,
        CONSTRAINT [PK_Certificates] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129083309_Production'
)
BEGIN
    CREATE TABLE [Inspections] (
        [Id] uniqueidentifier NOT NULL,
        [OrderId] uniqueidentifier NOT NULL,
        [OrderNumber] nvarchar(32) NOT NULL,
        [AmCentreId] uniqueidentifier NOT NULL,
        [Attempt] int NOT NULL,
        [ExecutionId] nvarchar(64) NOT NULL,
        [Status] nvarchar(16) NOT NULL,
        [Nonconformity] nvarchar(4000) NULL,
        [Notes] nvarchar(4000) NULL,
        [InspectorId] nvarchar(64) NULL,
        [InspectorName] nvarchar(200) NULL,
        [CreatedAt] bigint NOT NULL,
        [InspectedAt] bigint NULL,
        [Characteristics] nvarchar(max) NULL,
        CONSTRAINT [PK_Inspections] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129083309_Production'
)
BEGIN
    CREATE TABLE [PrintJobs] (
        [Id] uniqueidentifier NOT NULL,
        [OrderId] uniqueidentifier NOT NULL,
        [OrderNumber] nvarchar(32) NOT NULL,
        [AmCentreId] uniqueidentifier NOT NULL,
        [PrinterId] uniqueidentifier NOT NULL,
        [MaterialId] uniqueidentifier NULL,
        [Dispatch] int NOT NULL,
        [ExecutionId] nvarchar(64) NOT NULL,
        [Part] int NOT NULL,
        [QueuePosition] bigint NOT NULL,
        [Status] nvarchar(16) NOT NULL,
        [FileName] nvarchar(200) NOT NULL,
        [FileKey] nvarchar(200) NULL,
        [FileSha256] nvarchar(64) NULL,
        [Slicer] nvarchar(4000) NULL,
        [SlicerEstimatedSeconds] float NULL,
        [SlicerFilamentGrams] float NULL,
        [EstimatedSeconds] float NULL,
        [Progress] float NULL,
        [FailureReason] nvarchar(4000) NULL,
        [CreatedAt] bigint NOT NULL,
        [StartedAt] bigint NULL,
        [EndedAt] bigint NULL,
        CONSTRAINT [PK_PrintJobs] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129083309_Production'
)
BEGIN
    CREATE TABLE [Shipments] (
        [Id] uniqueidentifier NOT NULL,
        [OrderId] uniqueidentifier NOT NULL,
        [OrderNumber] nvarchar(32) NOT NULL,
        [AmCentreId] uniqueidentifier NOT NULL,
        [ExecutionId] nvarchar(64) NOT NULL,
        [Carrier] nvarchar(200) NULL,
        [TrackingNumber] nvarchar(200) NULL,
        [Packages] int NOT NULL,
        [ShippedBy] nvarchar(64) NULL,
        [ShippedAt] bigint NULL,
        [DeliveredBy] nvarchar(64) NULL,
        [DeliveredAt] bigint NULL,
        [CreatedAt] bigint NOT NULL,
        CONSTRAINT [PK_Shipments] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129083309_Production'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Certificates_ExecutionId] ON [Certificates] ([ExecutionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129083309_Production'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Certificates_Number] ON [Certificates] ([Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129083309_Production'
)
BEGIN
    CREATE INDEX [IX_Certificates_OrderId] ON [Certificates] ([OrderId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129083309_Production'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Certificates_VerificationCode] ON [Certificates] ([VerificationCode]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129083309_Production'
)
BEGIN
    CREATE INDEX [IX_Inspections_AmCentreId_Status] ON [Inspections] ([AmCentreId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129083309_Production'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Inspections_ExecutionId] ON [Inspections] ([ExecutionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129083309_Production'
)
BEGIN
    CREATE INDEX [IX_Inspections_OrderId] ON [Inspections] ([OrderId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129083309_Production'
)
BEGIN
    CREATE UNIQUE INDEX [IX_PrintJobs_ExecutionId_Part] ON [PrintJobs] ([ExecutionId], [Part]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129083309_Production'
)
BEGIN
    CREATE INDEX [IX_PrintJobs_OrderId] ON [PrintJobs] ([OrderId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129083309_Production'
)
BEGIN
    CREATE INDEX [IX_PrintJobs_PrinterId_Status_QueuePosition] ON [PrintJobs] ([PrinterId], [Status], [QueuePosition]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129083309_Production'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Shipments_ExecutionId] ON [Shipments] ([ExecutionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129083309_Production'
)
BEGIN
    CREATE INDEX [IX_Shipments_OrderId] ON [Shipments] ([OrderId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129083309_Production'
)
BEGIN
    INSERT INTO [__AmspMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129083309_Production', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129105507_FeedModificationTimes'
)
BEGIN
    ALTER TABLE [Shipments] ADD [ModifiedAt] bigint NOT NULL DEFAULT CAST(0 AS bigint);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129105507_FeedModificationTimes'
)
BEGIN
    ALTER TABLE [Quotes] ADD [ModifiedAt] bigint NOT NULL DEFAULT CAST(0 AS bigint);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129105507_FeedModificationTimes'
)
BEGIN
    ALTER TABLE [PrintJobs] ADD [ModifiedAt] bigint NOT NULL DEFAULT CAST(0 AS bigint);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129105507_FeedModificationTimes'
)
BEGIN
    ALTER TABLE [Inspections] ADD [ModifiedAt] bigint NOT NULL DEFAULT CAST(0 AS bigint);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129105507_FeedModificationTimes'
)
BEGIN
    ALTER TABLE [Certificates] ADD [ModifiedAt] bigint NOT NULL DEFAULT CAST(0 AS bigint);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129105507_FeedModificationTimes'
)
BEGIN
    UPDATE [Quotes] SET [ModifiedAt] = [CreatedAt];
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129105507_FeedModificationTimes'
)
BEGIN
    UPDATE [PrintJobs] SET [ModifiedAt] = COALESCE([EndedAt], [StartedAt], [CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129105507_FeedModificationTimes'
)
BEGIN
    UPDATE [Inspections] SET [ModifiedAt] = COALESCE([InspectedAt], [CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129105507_FeedModificationTimes'
)
BEGIN
    UPDATE [Certificates] SET [ModifiedAt] = [IssuedAt];
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129105507_FeedModificationTimes'
)
BEGIN
    UPDATE [Shipments] SET [ModifiedAt] = COALESCE([DeliveredAt], [ShippedAt], [CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129105507_FeedModificationTimes'
)
BEGIN
    CREATE INDEX [IX_Shipments_ModifiedAt] ON [Shipments] ([ModifiedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129105507_FeedModificationTimes'
)
BEGIN
    CREATE INDEX [IX_Quotes_ModifiedAt] ON [Quotes] ([ModifiedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129105507_FeedModificationTimes'
)
BEGIN
    CREATE INDEX [IX_PrintJobs_ModifiedAt] ON [PrintJobs] ([ModifiedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129105507_FeedModificationTimes'
)
BEGIN
    CREATE INDEX [IX_Orders_UpdatedAt] ON [Orders] ([UpdatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129105507_FeedModificationTimes'
)
BEGIN
    CREATE INDEX [IX_Inspections_ModifiedAt] ON [Inspections] ([ModifiedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129105507_FeedModificationTimes'
)
BEGIN
    CREATE INDEX [IX_Certificates_ModifiedAt] ON [Certificates] ([ModifiedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129105507_FeedModificationTimes'
)
BEGIN
    INSERT INTO [__AmspMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129105507_FeedModificationTimes', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129110342_Outbox'
)
BEGIN
    CREATE TABLE [Connectors] (
        [Id] uniqueidentifier NOT NULL,
        [OrganizationId] uniqueidentifier NOT NULL,
        [Kind] nvarchar(16) NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Enabled] bit NOT NULL,
        [EventTypes] nvarchar(max) NOT NULL,
        [SettingsJson] nvarchar(4000) NOT NULL,
        [ProtectedSecret] nvarchar(4000) NULL,
        [ProtectedPreviousSecret] nvarchar(4000) NULL,
        [PreviousSecretValidUntil] bigint NULL,
        [CreatedAt] bigint NOT NULL,
        [UpdatedAt] bigint NOT NULL,
        CONSTRAINT [PK_Connectors] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Connectors_Organizations_OrganizationId] FOREIGN KEY ([OrganizationId]) REFERENCES [Organizations] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129110342_Outbox'
)
BEGIN
    CREATE TABLE [IntegrationEvents] (
        [Id] uniqueidentifier NOT NULL,
        [Type] nvarchar(64) NOT NULL,
        [Version] nvarchar(8) NOT NULL,
        [OrganizationId] uniqueidentifier NOT NULL,
        [AmCentreId] uniqueidentifier NULL,
        [OrderId] uniqueidentifier NULL,
        [OrderNumber] nvarchar(32) NULL,
        [Sequence] bigint NOT NULL,
        [OccurredAt] bigint NOT NULL,
        [TargetConnectorId] uniqueidentifier NULL,
        [Body] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_IntegrationEvents] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129110342_Outbox'
)
BEGIN
    CREATE TABLE [OrderEventCounters] (
        [OrderId] uniqueidentifier NOT NULL,
        [LastSequence] bigint NOT NULL,
        CONSTRAINT [PK_OrderEventCounters] PRIMARY KEY ([OrderId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129110342_Outbox'
)
BEGIN
    CREATE TABLE [EventDeliveries] (
        [Id] uniqueidentifier NOT NULL,
        [EventId] uniqueidentifier NOT NULL,
        [ConnectorId] uniqueidentifier NOT NULL,
        [OrderId] uniqueidentifier NULL,
        [Sequence] bigint NOT NULL,
        [Status] nvarchar(16) NOT NULL,
        [Attempts] int NOT NULL,
        [NextAttemptAt] bigint NOT NULL,
        [LastError] nvarchar(4000) NULL,
        [DeliveredAt] bigint NULL,
        [LeaseOwner] nvarchar(64) NULL,
        [LeaseUntil] bigint NULL,
        CONSTRAINT [PK_EventDeliveries] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_EventDeliveries_Connectors_ConnectorId] FOREIGN KEY ([ConnectorId]) REFERENCES [Connectors] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_EventDeliveries_IntegrationEvents_EventId] FOREIGN KEY ([EventId]) REFERENCES [IntegrationEvents] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129110342_Outbox'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Connectors_OrganizationId_Name] ON [Connectors] ([OrganizationId], [Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129110342_Outbox'
)
BEGIN
    CREATE INDEX [IX_EventDeliveries_ConnectorId_OrderId_Sequence] ON [EventDeliveries] ([ConnectorId], [OrderId], [Sequence]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129110342_Outbox'
)
BEGIN
    CREATE UNIQUE INDEX [IX_EventDeliveries_EventId_ConnectorId] ON [EventDeliveries] ([EventId], [ConnectorId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129110342_Outbox'
)
BEGIN
    CREATE INDEX [IX_EventDeliveries_Status_NextAttemptAt] ON [EventDeliveries] ([Status], [NextAttemptAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129110342_Outbox'
)
BEGIN
    CREATE INDEX [IX_IntegrationEvents_AmCentreId] ON [IntegrationEvents] ([AmCentreId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129110342_Outbox'
)
BEGIN
    CREATE INDEX [IX_IntegrationEvents_OccurredAt] ON [IntegrationEvents] ([OccurredAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129110342_Outbox'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_IntegrationEvents_OrderId_Sequence] ON [IntegrationEvents] ([OrderId], [Sequence]) WHERE [OrderId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129110342_Outbox'
)
BEGIN
    CREATE INDEX [IX_IntegrationEvents_OrganizationId] ON [IntegrationEvents] ([OrganizationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129110342_Outbox'
)
BEGIN
    INSERT INTO [__AmspMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129110342_Outbox', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129124231_MachineClients'
)
BEGIN
    CREATE TABLE [ErpConfirmations] (
        [Id] uniqueidentifier NOT NULL,
        [OrganizationId] uniqueidentifier NOT NULL,
        [OrderId] uniqueidentifier NOT NULL,
        [OrderNumber] nvarchar(32) NOT NULL,
        [Step] nvarchar(64) NOT NULL,
        [Confirmed] bit NOT NULL,
        [Reason] nvarchar(4000) NULL,
        [Reference] nvarchar(200) NULL,
        [Source] nvarchar(16) NOT NULL,
        [MessageId] nvarchar(400) NOT NULL,
        [ReceivedAt] bigint NOT NULL,
        [ConsumedBy] nvarchar(64) NULL,
        CONSTRAINT [PK_ErpConfirmations] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129124231_MachineClients'
)
BEGIN
    CREATE TABLE [IdempotencyRecords] (
        [Id] uniqueidentifier NOT NULL,
        [OrganizationId] uniqueidentifier NOT NULL,
        [Caller] nvarchar(64) NOT NULL,
        [Key] nvarchar(255) NOT NULL,
        [Fingerprint] nvarchar(64) NOT NULL,
        [Completed] bit NOT NULL,
        [StatusCode] int NOT NULL,
        [ContentType] nvarchar(200) NULL,
        [Location] nvarchar(200) NULL,
        [Body] varbinary(max) NULL,
        [CreatedAt] bigint NOT NULL,
        [ExpiresAt] bigint NOT NULL,
        CONSTRAINT [PK_IdempotencyRecords] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129124231_MachineClients'
)
BEGIN
    CREATE TABLE [MachineClients] (
        [Id] uniqueidentifier NOT NULL,
        [ClientId] nvarchar(64) NOT NULL,
        [OrganizationId] uniqueidentifier NOT NULL,
        [DisplayName] nvarchar(200) NOT NULL,
        [Scopes] nvarchar(max) NOT NULL,
        [CreatedAt] bigint NOT NULL,
        [CreatedBy] nvarchar(64) NOT NULL,
        [SecretIssuedAt] bigint NOT NULL,
        CONSTRAINT [PK_MachineClients] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129124231_MachineClients'
)
BEGIN
    CREATE TABLE [OpenIddictApplications] (
        [Id] nvarchar(450) NOT NULL,
        [ApplicationType] nvarchar(50) NULL,
        [ClientId] nvarchar(100) NULL,
        [ClientSecret] nvarchar(max) NULL,
        [ClientType] nvarchar(50) NULL,
        [ConcurrencyToken] nvarchar(50) NULL,
        [ConsentType] nvarchar(50) NULL,
        [DisplayName] nvarchar(max) NULL,
        [DisplayNames] nvarchar(max) NULL,
        [JsonWebKeySet] nvarchar(max) NULL,
        [Permissions] nvarchar(max) NULL,
        [PostLogoutRedirectUris] nvarchar(max) NULL,
        [Properties] nvarchar(max) NULL,
        [RedirectUris] nvarchar(max) NULL,
        [Requirements] nvarchar(max) NULL,
        [Settings] nvarchar(max) NULL,
        CONSTRAINT [PK_OpenIddictApplications] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129124231_MachineClients'
)
BEGIN
    CREATE TABLE [OpenIddictScopes] (
        [Id] nvarchar(450) NOT NULL,
        [ConcurrencyToken] nvarchar(50) NULL,
        [Description] nvarchar(max) NULL,
        [Descriptions] nvarchar(max) NULL,
        [DisplayName] nvarchar(max) NULL,
        [DisplayNames] nvarchar(max) NULL,
        [Name] nvarchar(200) NULL,
        [Properties] nvarchar(max) NULL,
        [Resources] nvarchar(max) NULL,
        CONSTRAINT [PK_OpenIddictScopes] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129124231_MachineClients'
)
BEGIN
    CREATE TABLE [OpenIddictAuthorizations] (
        [Id] nvarchar(450) NOT NULL,
        [ApplicationId] nvarchar(450) NULL,
        [ConcurrencyToken] nvarchar(50) NULL,
        [CreationDate] datetime2 NULL,
        [Properties] nvarchar(max) NULL,
        [Scopes] nvarchar(max) NULL,
        [Status] nvarchar(50) NULL,
        [Subject] nvarchar(400) NULL,
        [Type] nvarchar(50) NULL,
        CONSTRAINT [PK_OpenIddictAuthorizations] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_OpenIddictAuthorizations_OpenIddictApplications_ApplicationId] FOREIGN KEY ([ApplicationId]) REFERENCES [OpenIddictApplications] ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129124231_MachineClients'
)
BEGIN
    CREATE TABLE [OpenIddictTokens] (
        [Id] nvarchar(450) NOT NULL,
        [ApplicationId] nvarchar(450) NULL,
        [AuthorizationId] nvarchar(450) NULL,
        [ConcurrencyToken] nvarchar(50) NULL,
        [CreationDate] datetime2 NULL,
        [ExpirationDate] datetime2 NULL,
        [Payload] nvarchar(max) NULL,
        [Properties] nvarchar(max) NULL,
        [RedemptionDate] datetime2 NULL,
        [ReferenceId] nvarchar(100) NULL,
        [Status] nvarchar(50) NULL,
        [Subject] nvarchar(400) NULL,
        [Type] nvarchar(150) NULL,
        CONSTRAINT [PK_OpenIddictTokens] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_OpenIddictTokens_OpenIddictApplications_ApplicationId] FOREIGN KEY ([ApplicationId]) REFERENCES [OpenIddictApplications] ([Id]),
        CONSTRAINT [FK_OpenIddictTokens_OpenIddictAuthorizations_AuthorizationId] FOREIGN KEY ([AuthorizationId]) REFERENCES [OpenIddictAuthorizations] ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129124231_MachineClients'
)
BEGIN
    CREATE INDEX [IX_ErpConfirmations_OrderId_Step] ON [ErpConfirmations] ([OrderId], [Step]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129124231_MachineClients'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ErpConfirmations_OrganizationId_MessageId] ON [ErpConfirmations] ([OrganizationId], [MessageId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129124231_MachineClients'
)
BEGIN
    CREATE INDEX [IX_IdempotencyRecords_ExpiresAt] ON [IdempotencyRecords] ([ExpiresAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129124231_MachineClients'
)
BEGIN
    CREATE UNIQUE INDEX [IX_IdempotencyRecords_OrganizationId_Caller_Key] ON [IdempotencyRecords] ([OrganizationId], [Caller], [Key]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129124231_MachineClients'
)
BEGIN
    CREATE UNIQUE INDEX [IX_MachineClients_ClientId] ON [MachineClients] ([ClientId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129124231_MachineClients'
)
BEGIN
    CREATE INDEX [IX_MachineClients_OrganizationId] ON [MachineClients] ([OrganizationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129124231_MachineClients'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_OpenIddictApplications_ClientId] ON [OpenIddictApplications] ([ClientId]) WHERE [ClientId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129124231_MachineClients'
)
BEGIN
    CREATE INDEX [IX_OpenIddictAuthorizations_ApplicationId_Status_Subject_Type] ON [OpenIddictAuthorizations] ([ApplicationId], [Status], [Subject], [Type]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129124231_MachineClients'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_OpenIddictScopes_Name] ON [OpenIddictScopes] ([Name]) WHERE [Name] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129124231_MachineClients'
)
BEGIN
    CREATE INDEX [IX_OpenIddictTokens_ApplicationId_Status_Subject_Type] ON [OpenIddictTokens] ([ApplicationId], [Status], [Subject], [Type]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129124231_MachineClients'
)
BEGIN
    CREATE INDEX [IX_OpenIddictTokens_AuthorizationId] ON [OpenIddictTokens] ([AuthorizationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129124231_MachineClients'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_OpenIddictTokens_ReferenceId] ON [OpenIddictTokens] ([ReferenceId]) WHERE [ReferenceId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129124231_MachineClients'
)
BEGIN
    INSERT INTO [__AmspMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129124231_MachineClients', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129220052_ModelFingerprintAfterUpload'
)
BEGIN
    DECLARE @var nvarchar(max);
    SELECT @var = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[Models]') AND [c].[name] = N'FingerprintJson');
    IF @var IS NOT NULL EXEC(N'ALTER TABLE [Models] DROP CONSTRAINT ' + @var + ';');
    ALTER TABLE [Models] ALTER COLUMN [FingerprintJson] nvarchar(max) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129220052_ModelFingerprintAfterUpload'
)
BEGIN
    DECLARE @var1 nvarchar(max);
    SELECT @var1 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[Models]') AND [c].[name] = N'CanonicalSha256');
    IF @var1 IS NOT NULL EXEC(N'ALTER TABLE [Models] DROP CONSTRAINT ' + @var1 + ';');
    ALTER TABLE [Models] ALTER COLUMN [CanonicalSha256] nvarchar(64) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__AmspMigrationsHistory]
    WHERE [MigrationId] = N'20261129220052_ModelFingerprintAfterUpload'
)
BEGIN
    INSERT INTO [__AmspMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129220052_ModelFingerprintAfterUpload', N'10.0.15');
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
    WHERE [MigrationId] = N'20261129044449_ScheduledStarts'
)
BEGIN
    ALTER TABLE [WorkflowInstances] ADD [ScheduledAt] bigint NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261129044449_ScheduledStarts'
)
BEGIN
    ALTER TABLE [WorkflowInstances] ADD [TriggerActivityId] nvarchar(256) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261129044449_ScheduledStarts'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_WorkflowInstances_DefinitionId_TriggerActivityId_ScheduledAt] ON [WorkflowInstances] ([DefinitionId], [TriggerActivityId], [ScheduledAt]) WHERE "ScheduledAt" IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261129044449_ScheduledStarts'
)
BEGIN
    INSERT INTO [__WorkflowMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129044449_ScheduledStarts', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261129073338_InstanceRoots'
)
BEGIN
    ALTER TABLE [WorkflowInstances] ADD [RootInstanceId] nvarchar(64) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261129073338_InstanceRoots'
)
BEGIN
    EXEC(N'CREATE INDEX [IX_WorkflowInstances_RootInstanceId] ON [WorkflowInstances] ([RootInstanceId]) WHERE [RootInstanceId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__WorkflowMigrationsHistory]
    WHERE [MigrationId] = N'20261129073338_InstanceRoots'
)
BEGIN
    INSERT INTO [__WorkflowMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129073338_InstanceRoots', N'10.0.15');
END;

COMMIT;
GO

