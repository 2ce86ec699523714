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

BEGIN TRANSACTION;
CREATE TABLE "DesignRequests" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_DesignRequests" PRIMARY KEY,
    "OrganizationId" TEXT NOT NULL,
    "RequirementId" TEXT NOT NULL,
    "RequestedBy" TEXT NOT NULL,
    "Brief" TEXT NOT NULL,
    "ReferenceModelIds" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "DesignerId" TEXT NULL,
    "DesignerOrganizationId" TEXT NULL,
    "AcceptedModelId" TEXT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "TakenAt" INTEGER NULL,
    "AcceptedAt" INTEGER NULL
);

CREATE TABLE "Invitations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Invitations" PRIMARY KEY,
    "OrganizationId" TEXT NOT NULL,
    "Email" TEXT NOT NULL,
    "Roles" TEXT NOT NULL,
    "TokenHash" TEXT NOT NULL,
    "InvitedBy" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "ExpiresAt" INTEGER NOT NULL,
    "AcceptedAt" INTEGER NULL,
    "AcceptedBy" TEXT NULL
);

CREATE TABLE "Materials" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Materials" PRIMARY KEY,
    "OrganizationId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Process" TEXT NOT NULL,
    "Density" TEXT NOT NULL,
    "Colours" TEXT NOT NULL,
    "PricingBasis" TEXT NOT NULL,
    "UnitPrice" TEXT NOT NULL,
    "MinWallThickness" TEXT NOT NULL,
    "LayerHeights" TEXT NOT NULL,
    "Active" INTEGER NOT NULL
);

CREATE TABLE "Models" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Models" PRIMARY KEY,
    "OrganizationId" TEXT NOT NULL,
    "UploadedBy" TEXT NOT NULL,
    "OriginalName" TEXT NOT NULL,
    "Format" TEXT NOT NULL,
    "SizeBytes" INTEGER NOT NULL,
    "Sha256" TEXT NOT NULL,
    "ParentId" TEXT NULL,
    "Origin" TEXT NOT NULL,
    "DesignRequestId" TEXT NULL,
    "CheckReportJson" TEXT NOT NULL,
    "FingerprintJson" TEXT NOT NULL,
    "CanonicalSha256" TEXT NOT NULL,
    "SizeX" REAL NOT NULL,
    "SizeY" REAL NOT NULL,
    "SizeZ" REAL NOT NULL,
    "UnitsGuess" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL
);

CREATE TABLE "Organizations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Organizations" PRIMARY KEY,
    "Kind" TEXT NOT NULL,
    "LegalName" TEXT NOT NULL,
    "Address_Street" TEXT NOT NULL,
    "Address_PostalCode" TEXT NOT NULL,
    "Address_City" TEXT NOT NULL,
    "Address_Region" TEXT NULL,
    "Address_Country" TEXT NOT NULL,
    "VatId" TEXT NULL,
    "CreatedAt" INTEGER NOT NULL
);

CREATE TABLE "PriceLists" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PriceLists" PRIMARY KEY,
    "OrganizationId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Currency" TEXT NOT NULL,
    "SetupFee" TEXT NOT NULL,
    "MachineHourlyRate" TEXT NOT NULL,
    "MarginPercent" TEXT NOT NULL,
    "QuoteValidityDays" INTEGER NOT NULL,
    "PricingScript" TEXT NULL,
    "Active" INTEGER NOT NULL,
    "UpdatedAt" INTEGER NOT NULL,
    "PostProcessing" TEXT NULL,
    "QuantityDiscounts" TEXT NULL
);

CREATE TABLE "Printers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Printers" PRIMARY KEY,
    "OrganizationId" TEXT NOT NULL,
    "SiteId" TEXT NULL,
    "Name" TEXT NOT NULL,
    "Process" TEXT NOT NULL,
    "BuildVolume_X" TEXT NOT NULL,
    "BuildVolume_Y" TEXT NOT NULL,
    "BuildVolume_Z" TEXT NOT NULL,
    "LoadedMaterialId" TEXT NULL,
    "LoadedColour" TEXT NULL,
    "Controller" TEXT NOT NULL,
    "BaseUrl" TEXT NULL,
    "ProtectedApiKey" TEXT NULL,
    "State" TEXT NOT NULL,
    "HourlyRate" TEXT NULL,
    "Active" INTEGER NOT NULL,
    "TimeParameters" TEXT NOT NULL
);

CREATE TABLE "ProtectedDesigns" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ProtectedDesigns" PRIMARY KEY,
    "OwnerOrganizationId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "ModelId" TEXT NOT NULL,
    "CanonicalSha256" TEXT NOT NULL,
    "FingerprintJson" TEXT NOT NULL,
    "Licence" TEXT NOT NULL,
    "LicenseeOrganizationIds" TEXT NOT NULL,
    "RoyaltyPerPart" TEXT NULL,
    "RoyaltyCurrency" TEXT NULL,
    "RegisteredBy" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL
);

CREATE TABLE "Requirements" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Requirements" PRIMARY KEY,
    "OrganizationId" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "ModelId" TEXT NULL,
    "Units" TEXT NOT NULL,
    "Process" TEXT NULL,
    "Material" TEXT NULL,
    "Colour" TEXT NULL,
    "Quantity" INTEGER NOT NULL,
    "GeneralTolerance" TEXT NOT NULL,
    "SurfaceFinish" TEXT NULL,
    "PostProcessing" TEXT NOT NULL,
    "BuildOrientation" TEXT NULL,
    "AcceptableImperfections" TEXT NULL,
    "InspectionMethod" TEXT NULL,
    "CertificateLevel" TEXT NOT NULL,
    "Packaging" TEXT NULL,
    "DueDate" TEXT NULL,
    "DeliveryAddress_Street" TEXT NOT NULL,
    "DeliveryAddress_PostalCode" TEXT NOT NULL,
    "DeliveryAddress_City" TEXT NOT NULL,
    "DeliveryAddress_Region" TEXT NULL,
    "DeliveryAddress_Country" TEXT NOT NULL,
    "Notes" TEXT NULL,
    "Status" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "UpdatedAt" INTEGER NOT NULL,
    "SubmittedAt" INTEGER NULL,
    "CriticalDimensions" TEXT NULL
);

CREATE TABLE "Sites" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Sites" PRIMARY KEY,
    "OrganizationId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Address_Street" TEXT NOT NULL,
    "Address_PostalCode" TEXT NOT NULL,
    "Address_City" TEXT NOT NULL,
    "Address_Region" TEXT NULL,
    "Address_Country" TEXT NOT NULL
);

CREATE TABLE "Memberships" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Memberships" PRIMARY KEY,
    "OrganizationId" TEXT NOT NULL,
    "UserId" TEXT NOT NULL,
    "Roles" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    CONSTRAINT "FK_Memberships_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_DesignRequests_OrganizationId" ON "DesignRequests" ("OrganizationId");

CREATE INDEX "IX_DesignRequests_RequirementId" ON "DesignRequests" ("RequirementId");

CREATE INDEX "IX_DesignRequests_Status" ON "DesignRequests" ("Status");

CREATE INDEX "IX_Invitations_OrganizationId" ON "Invitations" ("OrganizationId");

CREATE UNIQUE INDEX "IX_Invitations_TokenHash" ON "Invitations" ("TokenHash");

CREATE INDEX "IX_Materials_OrganizationId" ON "Materials" ("OrganizationId");

CREATE UNIQUE INDEX "IX_Memberships_OrganizationId_UserId" ON "Memberships" ("OrganizationId", "UserId");

CREATE INDEX "IX_Memberships_UserId" ON "Memberships" ("UserId");

CREATE INDEX "IX_Models_DesignRequestId" ON "Models" ("DesignRequestId");

CREATE INDEX "IX_Models_OrganizationId_Sha256" ON "Models" ("OrganizationId", "Sha256");

CREATE INDEX "IX_Models_ParentId" ON "Models" ("ParentId");

CREATE INDEX "IX_Organizations_LegalName" ON "Organizations" ("LegalName");

CREATE INDEX "IX_PriceLists_OrganizationId" ON "PriceLists" ("OrganizationId");

CREATE INDEX "IX_Printers_OrganizationId" ON "Printers" ("OrganizationId");

CREATE INDEX "IX_ProtectedDesigns_CanonicalSha256" ON "ProtectedDesigns" ("CanonicalSha256");

CREATE INDEX "IX_ProtectedDesigns_ModelId" ON "ProtectedDesigns" ("ModelId");

CREATE INDEX "IX_ProtectedDesigns_OwnerOrganizationId" ON "ProtectedDesigns" ("OwnerOrganizationId");

CREATE INDEX "IX_Requirements_OrganizationId" ON "Requirements" ("OrganizationId");

CREATE INDEX "IX_Sites_OrganizationId" ON "Sites" ("OrganizationId");

INSERT INTO "__AmspMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261129051855_PlatformModel', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Requirements" ADD "UnitsConfirmed" INTEGER NOT NULL DEFAULT 0;

CREATE TABLE "CopyrightReviews" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CopyrightReviews" PRIMARY KEY,
    "OrderId" TEXT NOT NULL,
    "ModelId" TEXT NOT NULL,
    "ProtectedDesignId" TEXT NOT NULL,
    "Similarity" REAL NOT NULL,
    "Status" TEXT NOT NULL,
    "DecidedBy" TEXT NULL,
    "DecidedAt" INTEGER NULL,
    "Note" TEXT NULL,
    "ExecutionId" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL
);

CREATE TABLE "OrderNumberCounters" (
    "Year" INTEGER NOT NULL CONSTRAINT "PK_OrderNumberCounters" PRIMARY KEY,
    "Next" INTEGER NOT NULL
);

CREATE TABLE "Orders" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Orders" PRIMARY KEY,
    "Number" TEXT NOT NULL,
    "OrganizationId" TEXT NOT NULL,
    "RequirementId" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Reasons" TEXT NOT NULL,
    "InstanceId" TEXT NOT NULL,
    "ModelId" TEXT NULL,
    "AnalysisJson" TEXT NULL,
    "RepairJson" TEXT NULL,
    "AcceptedQuoteId" TEXT NULL,
    "RoyaltyDesignId" TEXT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "UpdatedAt" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL
);

CREATE TABLE "Quotes" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Quotes" PRIMARY KEY,
    "OrderId" TEXT NOT NULL,
    "AmCentreId" TEXT NOT NULL,
    "PriceListId" TEXT NULL,
    "PrinterId" TEXT NULL,
    "MaterialId" TEXT NULL,
    "Currency" TEXT NOT NULL,
    "Total" TEXT NOT NULL,
    "LeadTimeDays" INTEGER NOT NULL,
    "ValidUntil" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "FailureReason" TEXT NULL,
    "EstimateJson" TEXT NOT NULL,
    "ExecutionId" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "Lines" TEXT NULL
);

CREATE TABLE "OrderStatusChanges" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_OrderStatusChanges" PRIMARY KEY,
    "OrderId" TEXT NOT NULL,
    "At" INTEGER NOT NULL,
    "From" TEXT NULL,
    "To" TEXT NOT NULL,
    "Actor" TEXT NOT NULL,
    "Reason" TEXT NULL,
    "ExecutionId" TEXT NULL,
    CONSTRAINT "FK_OrderStatusChanges_Orders_OrderId" FOREIGN KEY ("OrderId") REFERENCES "Orders" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_CopyrightReviews_ExecutionId_ProtectedDesignId" ON "CopyrightReviews" ("ExecutionId", "ProtectedDesignId");

CREATE INDEX "IX_CopyrightReviews_OrderId" ON "CopyrightReviews" ("OrderId");

CREATE INDEX "IX_CopyrightReviews_Status" ON "CopyrightReviews" ("Status");

CREATE UNIQUE INDEX "IX_OrderStatusChanges_OrderId_ExecutionId" ON "OrderStatusChanges" ("OrderId", "ExecutionId");

CREATE UNIQUE INDEX "IX_Orders_Number" ON "Orders" ("Number");

CREATE INDEX "IX_Orders_OrganizationId" ON "Orders" ("OrganizationId");

CREATE INDEX "IX_Orders_RequirementId" ON "Orders" ("RequirementId");

CREATE INDEX "IX_Orders_Status" ON "Orders" ("Status");

CREATE INDEX "IX_Quotes_AmCentreId" ON "Quotes" ("AmCentreId");

CREATE UNIQUE INDEX "IX_Quotes_ExecutionId_AmCentreId" ON "Quotes" ("ExecutionId", "AmCentreId");

CREATE INDEX "IX_Quotes_OrderId" ON "Quotes" ("OrderId");

INSERT INTO "__AmspMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261129072421_Orders', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "OrderStatusChanges" ADD "Sequence" INTEGER NOT NULL DEFAULT 0;

CREATE TABLE "Certificates" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Certificates" PRIMARY KEY,
    "Number" TEXT NOT NULL,
    "OrderId" TEXT NOT NULL,
    "OrderNumber" TEXT NOT NULL,
    "OrganizationId" TEXT NOT NULL,
    "AmCentreId" TEXT NOT NULL,
    "InspectionId" TEXT NOT NULL,
    "ExecutionId" TEXT NOT NULL,
    "PartName" TEXT NOT NULL,
    "Passed" INTEGER NOT NULL,
    "VerificationCode" TEXT NOT NULL,
    "FileKey" TEXT NOT NULL,
    "Sha256" TEXT NOT NULL,
    "Length" INTEGER NOT NULL,
    "IssuedAt" INTEGER NOT NULL
);

CREATE TABLE "Inspections" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Inspections" PRIMARY KEY,
    "OrderId" TEXT NOT NULL,
    "OrderNumber" TEXT NOT NULL,
    "AmCentreId" TEXT NOT NULL,
    "Attempt" INTEGER NOT NULL,
    "ExecutionId" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Nonconformity" TEXT NULL,
    "Notes" TEXT NULL,
    "InspectorId" TEXT NULL,
    "InspectorName" TEXT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "InspectedAt" INTEGER NULL,
    "Characteristics" TEXT NULL
);

CREATE TABLE "PrintJobs" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PrintJobs" PRIMARY KEY,
    "OrderId" TEXT NOT NULL,
    "OrderNumber" TEXT NOT NULL,
    "AmCentreId" TEXT NOT NULL,
    "PrinterId" TEXT NOT NULL,
    "MaterialId" TEXT NULL,
    "Dispatch" INTEGER NOT NULL,
    "ExecutionId" TEXT NOT NULL,
    "Part" INTEGER NOT NULL,
    "QueuePosition" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "FileName" TEXT NOT NULL,
    "FileKey" TEXT NULL,
    "FileSha256" TEXT NULL,
    "Slicer" TEXT NULL,
    "SlicerEstimatedSeconds" REAL NULL,
    "SlicerFilamentGrams" REAL NULL,
    "EstimatedSeconds" REAL NULL,
    "Progress" REAL NULL,
    "FailureReason" TEXT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "StartedAt" INTEGER NULL,
    "EndedAt" INTEGER NULL
);

CREATE TABLE "Shipments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Shipments" PRIMARY KEY,
    "OrderId" TEXT NOT NULL,
    "OrderNumber" TEXT NOT NULL,
    "AmCentreId" TEXT NOT NULL,
    "ExecutionId" TEXT NOT NULL,
    "Carrier" TEXT NULL,
    "TrackingNumber" TEXT NULL,
    "Packages" INTEGER NOT NULL,
    "ShippedBy" TEXT NULL,
    "ShippedAt" INTEGER NULL,
    "DeliveredBy" TEXT NULL,
    "DeliveredAt" INTEGER NULL,
    "CreatedAt" INTEGER NOT NULL
);

CREATE UNIQUE INDEX "IX_Certificates_ExecutionId" ON "Certificates" ("ExecutionId");

CREATE UNIQUE INDEX "IX_Certificates_Number" ON "Certificates" ("Number");

CREATE INDEX "IX_Certificates_OrderId" ON "Certificates" ("OrderId");

CREATE UNIQUE INDEX "IX_Certificates_VerificationCode" ON "Certificates" ("VerificationCode");

CREATE INDEX "IX_Inspections_AmCentreId_Status" ON "Inspections" ("AmCentreId", "Status");

CREATE UNIQUE INDEX "IX_Inspections_ExecutionId" ON "Inspections" ("ExecutionId");

CREATE INDEX "IX_Inspections_OrderId" ON "Inspections" ("OrderId");

CREATE UNIQUE INDEX "IX_PrintJobs_ExecutionId_Part" ON "PrintJobs" ("ExecutionId", "Part");

CREATE INDEX "IX_PrintJobs_OrderId" ON "PrintJobs" ("OrderId");

CREATE INDEX "IX_PrintJobs_PrinterId_Status_QueuePosition" ON "PrintJobs" ("PrinterId", "Status", "QueuePosition");

CREATE UNIQUE INDEX "IX_Shipments_ExecutionId" ON "Shipments" ("ExecutionId");

CREATE INDEX "IX_Shipments_OrderId" ON "Shipments" ("OrderId");

INSERT INTO "__AmspMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261129083224_Production', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Shipments" ADD "ModifiedAt" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "Quotes" ADD "ModifiedAt" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "PrintJobs" ADD "ModifiedAt" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "Inspections" ADD "ModifiedAt" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "Certificates" ADD "ModifiedAt" INTEGER NOT NULL DEFAULT 0;

UPDATE "Quotes" SET "ModifiedAt" = "CreatedAt";

UPDATE "PrintJobs" SET "ModifiedAt" = COALESCE("EndedAt", "StartedAt", "CreatedAt");

UPDATE "Inspections" SET "ModifiedAt" = COALESCE("InspectedAt", "CreatedAt");

UPDATE "Certificates" SET "ModifiedAt" = "IssuedAt";

UPDATE "Shipments" SET "ModifiedAt" = COALESCE("DeliveredAt", "ShippedAt", "CreatedAt");

CREATE INDEX "IX_Shipments_ModifiedAt" ON "Shipments" ("ModifiedAt");

CREATE INDEX "IX_Quotes_ModifiedAt" ON "Quotes" ("ModifiedAt");

CREATE INDEX "IX_PrintJobs_ModifiedAt" ON "PrintJobs" ("ModifiedAt");

CREATE INDEX "IX_Orders_UpdatedAt" ON "Orders" ("UpdatedAt");

CREATE INDEX "IX_Inspections_ModifiedAt" ON "Inspections" ("ModifiedAt");

CREATE INDEX "IX_Certificates_ModifiedAt" ON "Certificates" ("ModifiedAt");

INSERT INTO "__AmspMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261129105207_FeedModificationTimes', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "Connectors" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Connectors" PRIMARY KEY,
    "OrganizationId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Enabled" INTEGER NOT NULL,
    "EventTypes" TEXT NOT NULL,
    "SettingsJson" TEXT NOT NULL,
    "ProtectedSecret" TEXT NULL,
    "ProtectedPreviousSecret" TEXT NULL,
    "PreviousSecretValidUntil" INTEGER NULL,
    "CreatedAt" INTEGER NOT NULL,
    "UpdatedAt" INTEGER NOT NULL,
    CONSTRAINT "FK_Connectors_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE CASCADE
);

CREATE TABLE "IntegrationEvents" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_IntegrationEvents" PRIMARY KEY,
    "Type" TEXT NOT NULL,
    "Version" TEXT NOT NULL,
    "OrganizationId" TEXT NOT NULL,
    "AmCentreId" TEXT NULL,
    "OrderId" TEXT NULL,
    "OrderNumber" TEXT NULL,
    "Sequence" INTEGER NOT NULL,
    "OccurredAt" INTEGER NOT NULL,
    "TargetConnectorId" TEXT NULL,
    "Body" TEXT NOT NULL
);

CREATE TABLE "OrderEventCounters" (
    "OrderId" TEXT NOT NULL CONSTRAINT "PK_OrderEventCounters" PRIMARY KEY,
    "LastSequence" INTEGER NOT NULL
);

CREATE TABLE "EventDeliveries" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_EventDeliveries" PRIMARY KEY,
    "EventId" TEXT NOT NULL,
    "ConnectorId" TEXT NOT NULL,
    "OrderId" TEXT NULL,
    "Sequence" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "Attempts" INTEGER NOT NULL,
    "NextAttemptAt" INTEGER NOT NULL,
    "LastError" TEXT NULL,
    "DeliveredAt" INTEGER NULL,
    "LeaseOwner" TEXT NULL,
    "LeaseUntil" INTEGER NULL,
    CONSTRAINT "FK_EventDeliveries_Connectors_ConnectorId" FOREIGN KEY ("ConnectorId") REFERENCES "Connectors" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_EventDeliveries_IntegrationEvents_EventId" FOREIGN KEY ("EventId") REFERENCES "IntegrationEvents" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_Connectors_OrganizationId_Name" ON "Connectors" ("OrganizationId", "Name");

CREATE INDEX "IX_EventDeliveries_ConnectorId_OrderId_Sequence" ON "EventDeliveries" ("ConnectorId", "OrderId", "Sequence");

CREATE UNIQUE INDEX "IX_EventDeliveries_EventId_ConnectorId" ON "EventDeliveries" ("EventId", "ConnectorId");

CREATE INDEX "IX_EventDeliveries_Status_NextAttemptAt" ON "EventDeliveries" ("Status", "NextAttemptAt");

CREATE INDEX "IX_IntegrationEvents_AmCentreId" ON "IntegrationEvents" ("AmCentreId");

CREATE INDEX "IX_IntegrationEvents_OccurredAt" ON "IntegrationEvents" ("OccurredAt");

CREATE UNIQUE INDEX "IX_IntegrationEvents_OrderId_Sequence" ON "IntegrationEvents" ("OrderId", "Sequence");

CREATE INDEX "IX_IntegrationEvents_OrganizationId" ON "IntegrationEvents" ("OrganizationId");

INSERT INTO "__AmspMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261129105949_Outbox', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "ErpConfirmations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ErpConfirmations" PRIMARY KEY,
    "OrganizationId" TEXT NOT NULL,
    "OrderId" TEXT NOT NULL,
    "OrderNumber" TEXT NOT NULL,
    "Step" TEXT NOT NULL,
    "Confirmed" INTEGER NOT NULL,
    "Reason" TEXT NULL,
    "Reference" TEXT NULL,
    "Source" TEXT NOT NULL,
    "MessageId" TEXT NOT NULL,
    "ReceivedAt" INTEGER NOT NULL,
    "ConsumedBy" TEXT NULL
);

CREATE TABLE "IdempotencyRecords" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_IdempotencyRecords" PRIMARY KEY,
    "OrganizationId" TEXT NOT NULL,
    "Caller" TEXT NOT NULL,
    "Key" TEXT NOT NULL,
    "Fingerprint" TEXT NOT NULL,
    "Completed" INTEGER NOT NULL,
    "StatusCode" INTEGER NOT NULL,
    "ContentType" TEXT NULL,
    "Location" TEXT NULL,
    "Body" BLOB NULL,
    "CreatedAt" INTEGER NOT NULL,
    "ExpiresAt" INTEGER NOT NULL
);

CREATE TABLE "MachineClients" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_MachineClients" PRIMARY KEY,
    "ClientId" TEXT NOT NULL,
    "OrganizationId" TEXT NOT NULL,
    "DisplayName" TEXT NOT NULL,
    "Scopes" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "SecretIssuedAt" INTEGER NOT NULL
);

CREATE TABLE "OpenIddictApplications" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_OpenIddictApplications" PRIMARY KEY,
    "ApplicationType" TEXT NULL,
    "ClientId" TEXT NULL,
    "ClientSecret" TEXT NULL,
    "ClientType" TEXT NULL,
    "ConcurrencyToken" TEXT NULL,
    "ConsentType" TEXT NULL,
    "DisplayName" TEXT NULL,
    "DisplayNames" TEXT NULL,
    "JsonWebKeySet" TEXT NULL,
    "Permissions" TEXT NULL,
    "PostLogoutRedirectUris" TEXT NULL,
    "Properties" TEXT NULL,
    "RedirectUris" TEXT NULL,
    "Requirements" TEXT NULL,
    "Settings" TEXT NULL
);

CREATE TABLE "OpenIddictScopes" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_OpenIddictScopes" PRIMARY KEY,
    "ConcurrencyToken" TEXT NULL,
    "Description" TEXT NULL,
    "Descriptions" TEXT NULL,
    "DisplayName" TEXT NULL,
    "DisplayNames" TEXT NULL,
    "Name" TEXT NULL,
    "Properties" TEXT NULL,
    "Resources" TEXT NULL
);

CREATE TABLE "OpenIddictAuthorizations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_OpenIddictAuthorizations" PRIMARY KEY,
    "ApplicationId" TEXT NULL,
    "ConcurrencyToken" TEXT NULL,
    "CreationDate" TEXT NULL,
    "Properties" TEXT NULL,
    "Scopes" TEXT NULL,
    "Status" TEXT NULL,
    "Subject" TEXT NULL,
    "Type" TEXT NULL,
    CONSTRAINT "FK_OpenIddictAuthorizations_OpenIddictApplications_ApplicationId" FOREIGN KEY ("ApplicationId") REFERENCES "OpenIddictApplications" ("Id")
);

CREATE TABLE "OpenIddictTokens" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_OpenIddictTokens" PRIMARY KEY,
    "ApplicationId" TEXT NULL,
    "AuthorizationId" TEXT NULL,
    "ConcurrencyToken" TEXT NULL,
    "CreationDate" TEXT NULL,
    "ExpirationDate" TEXT NULL,
    "Payload" TEXT NULL,
    "Properties" TEXT NULL,
    "RedemptionDate" TEXT NULL,
    "ReferenceId" TEXT NULL,
    "Status" TEXT NULL,
    "Subject" TEXT NULL,
    "Type" TEXT NULL,
    CONSTRAINT "FK_OpenIddictTokens_OpenIddictApplications_ApplicationId" FOREIGN KEY ("ApplicationId") REFERENCES "OpenIddictApplications" ("Id"),
    CONSTRAINT "FK_OpenIddictTokens_OpenIddictAuthorizations_AuthorizationId" FOREIGN KEY ("AuthorizationId") REFERENCES "OpenIddictAuthorizations" ("Id")
);

CREATE INDEX "IX_ErpConfirmations_OrderId_Step" ON "ErpConfirmations" ("OrderId", "Step");

CREATE UNIQUE INDEX "IX_ErpConfirmations_OrganizationId_MessageId" ON "ErpConfirmations" ("OrganizationId", "MessageId");

CREATE INDEX "IX_IdempotencyRecords_ExpiresAt" ON "IdempotencyRecords" ("ExpiresAt");

CREATE UNIQUE INDEX "IX_IdempotencyRecords_OrganizationId_Caller_Key" ON "IdempotencyRecords" ("OrganizationId", "Caller", "Key");

CREATE UNIQUE INDEX "IX_MachineClients_ClientId" ON "MachineClients" ("ClientId");

CREATE INDEX "IX_MachineClients_OrganizationId" ON "MachineClients" ("OrganizationId");

CREATE UNIQUE INDEX "IX_OpenIddictApplications_ClientId" ON "OpenIddictApplications" ("ClientId");

CREATE INDEX "IX_OpenIddictAuthorizations_ApplicationId_Status_Subject_Type" ON "OpenIddictAuthorizations" ("ApplicationId", "Status", "Subject", "Type");

CREATE UNIQUE INDEX "IX_OpenIddictScopes_Name" ON "OpenIddictScopes" ("Name");

CREATE INDEX "IX_OpenIddictTokens_ApplicationId_Status_Subject_Type" ON "OpenIddictTokens" ("ApplicationId", "Status", "Subject", "Type");

CREATE INDEX "IX_OpenIddictTokens_AuthorizationId" ON "OpenIddictTokens" ("AuthorizationId");

CREATE UNIQUE INDEX "IX_OpenIddictTokens_ReferenceId" ON "OpenIddictTokens" ("ReferenceId");

INSERT INTO "__AmspMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261129124156_MachineClients', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "ef_temp_Models" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Models" PRIMARY KEY,
    "CanonicalSha256" TEXT NULL,
    "CheckReportJson" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "DesignRequestId" TEXT NULL,
    "FingerprintJson" TEXT NULL,
    "Format" TEXT NOT NULL,
    "OrganizationId" TEXT NOT NULL,
    "Origin" TEXT NOT NULL,
    "OriginalName" TEXT NOT NULL,
    "ParentId" TEXT NULL,
    "Sha256" TEXT NOT NULL,
    "SizeBytes" INTEGER NOT NULL,
    "SizeX" REAL NOT NULL,
    "SizeY" REAL NOT NULL,
    "SizeZ" REAL NOT NULL,
    "UnitsGuess" TEXT NOT NULL,
    "UploadedBy" TEXT NOT NULL
);

INSERT INTO "ef_temp_Models" ("Id", "CanonicalSha256", "CheckReportJson", "CreatedAt", "DesignRequestId", "FingerprintJson", "Format", "OrganizationId", "Origin", "OriginalName", "ParentId", "Sha256", "SizeBytes", "SizeX", "SizeY", "SizeZ", "UnitsGuess", "UploadedBy")
SELECT "Id", "CanonicalSha256", "CheckReportJson", "CreatedAt", "DesignRequestId", "FingerprintJson", "Format", "OrganizationId", "Origin", "OriginalName", "ParentId", "Sha256", "SizeBytes", "SizeX", "SizeY", "SizeZ", "UnitsGuess", "UploadedBy"
FROM "Models";

COMMIT;

PRAGMA foreign_keys = 0;

BEGIN TRANSACTION;
DROP TABLE "Models";

ALTER TABLE "ef_temp_Models" RENAME TO "Models";

COMMIT;

PRAGMA foreign_keys = 1;

BEGIN TRANSACTION;
CREATE INDEX "IX_Models_DesignRequestId" ON "Models" ("DesignRequestId");

CREATE INDEX "IX_Models_OrganizationId_Sha256" ON "Models" ("OrganizationId", "Sha256");

CREATE INDEX "IX_Models_ParentId" ON "Models" ("ParentId");

COMMIT;

INSERT INTO "__AmspMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261129220023_ModelFingerprintAfterUpload', '10.0.15');


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
ALTER TABLE "WorkflowInstances" ADD "ScheduledAt" INTEGER NULL;

ALTER TABLE "WorkflowInstances" ADD "TriggerActivityId" TEXT NULL;

CREATE UNIQUE INDEX "IX_WorkflowInstances_DefinitionId_TriggerActivityId_ScheduledAt" ON "WorkflowInstances" ("DefinitionId", "TriggerActivityId", "ScheduledAt") WHERE "ScheduledAt" IS NOT NULL;

INSERT INTO "__WorkflowMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261129044247_ScheduledStarts', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "WorkflowInstances" ADD "RootInstanceId" TEXT NULL;

CREATE INDEX "IX_WorkflowInstances_RootInstanceId" ON "WorkflowInstances" ("RootInstanceId") WHERE "RootInstanceId" IS NOT NULL;

INSERT INTO "__WorkflowMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261129073258_InstanceRoots', '10.0.15');

COMMIT;

