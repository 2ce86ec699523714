// Generated from the host's /openapi/v1.json by `npm run api:generate`; do not edit by hand.
// The end-to-end suite fails when this file no longer matches what the host serves.
export interface paths {
    "/api/activity-descriptors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every activity type, grouped by category */
        get: operations["getActivityDescriptors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with e-mail (or user name) and password
         * @description Answers a bearer token (AccessTokenResponse); with useCookies=true sets the session cookie instead.
         */
        post: operations["postAuthLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the cookie session */
        post: operations["postAuthLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user, their roles and the organizations they hold them in */
        get: operations["getAuthMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Trade a refresh token for a new bearer token */
        post: operations["postAuthRefresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/carrier-callbacks/{trackingNumber}/delivered": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Carriers: report a delivery, signed with X-Carrier-Signature: sha256=HMAC-SHA256(tracking number) under the shared secret */
        post: operations["postCarrierCallbacksByTrackingNumberDelivered"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/materials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every active material offered by an AM centre (no prices: those come with quotes)
         * @description Roles: Customer, Designer, Manufacturer, QualityInspector, Analyst, Operator, Admin.
         */
        get: operations["getCatalogMaterials"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/certificates/verify/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Anyone: check a certificate by its verification code (number, date, part, verdict and the PDF's SHA-256) */
        get: operations["getCertificatesVerifyByCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/copyright-reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Copyright reviews (platform operators): each with the order's model and the protected one
         * @description Roles: Operator, Admin.
         */
        get: operations["getCopyrightReviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/copyright-reviews/{reviewId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decide a review: clear lets the order go on, otherwise it is rejected
         * @description Roles: Operator, Admin.
         */
        post: operations["postCopyrightReviewsByReviewIdDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/copyright-reviews/{reviewId}/models/{which}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the order's model ('order') or the protected one ('protected') of a review
         * @description Roles: Operator, Admin.
         */
        get: operations["getCopyrightReviewsByReviewIdModelsByWhichFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/design-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Customers: their organization's requests. Designers: the open queue and what their organization took
         * @description Roles: Customer, Designer, Admin.
         */
        get: operations["getDesignRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/design-requests/{designRequestId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One design request with its versions
         * @description Roles: Customer, Designer, Admin.
         */
        get: operations["getDesignRequestsByDesignRequestId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/design-requests/{designRequestId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept a version: it becomes the requirement's model
         * @description Roles: Customer, Admin.
         */
        post: operations["postDesignRequestsByDesignRequestIdAccept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/design-requests/{designRequestId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw a design request
         * @description Roles: Customer, Admin.
         */
        post: operations["postDesignRequestsByDesignRequestIdCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/design-requests/{designRequestId}/take": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take an open request from the queue
         * @description Roles: Designer, Admin.
         */
        post: operations["postDesignRequestsByDesignRequestIdTake"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/design-requests/{designRequestId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a model version for a request one's organization took (multipart/form-data, part 'file')
         * @description Roles: Designer, Admin.
         */
        post: operations["postDesignRequestsByDesignRequestIdVersions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/erp/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Order a part: the requirement (with modelId, a model of the organization) is created and submitted at once
         * @description Needs an Idempotency-Key header. Answers the order as its workflow left it (201).
         */
        post: operations["postErpOrders"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/erp/orders/{orderNumber}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An order, as the ERP sees it
         * @description Roles: Customer, Manufacturer, QualityInspector, Operator, Admin.
         */
        get: operations["getErpOrdersByOrderNumber"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/erp/orders/{orderNumber}/confirmations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm or reject a step the order waits for (e.g. step 'order' after the customer accepted a quote)
         * @description Needs an Idempotency-Key header. 409 when the order does not wait for that step.
         */
        post: operations["postErpOrdersByOrderNumberConfirmations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/erp/orders/upload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Order a part with its model file: multipart/form-data, a part 'requirement' (JSON) and then a part 'file'
         * @description Needs an Idempotency-Key header. The model is uploaded and analysed as by POST /api/models, then ordered.
         */
        post: operations["postErpOrdersUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The inspection queue of the caller's AM centres
         * @description Roles: QualityInspector, Manufacturer, Admin.
         */
        get: operations["getInspections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/integration/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's integration events, newest first, with their deliveries to the caller's connectors
         * @description Roles: Customer, Manufacturer, Admin.
         */
        get: operations["getIntegrationEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/integration/events/{eventId}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send one event again to the caller's connectors (or the one named)
         * @description Roles: Customer, Manufacturer, Admin.
         */
        post: operations["postIntegrationEventsByEventIdReplay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/integration/events/dead-letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Deliveries to the caller's connectors that were given up
         * @description Roles: Customer, Manufacturer, Admin.
         */
        get: operations["getIntegrationEventsDeadLetters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/integration/events/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send again every event of a time range [from, to), optionally to one connector, of one type or order
         * @description Roles: Customer, Manufacturer, Admin.
         */
        post: operations["postIntegrationEventsReplay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/integration/schemas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Anyone: the event types and versions whose JSON Schema is published (of one version, if given) */
        get: operations["getIntegrationSchemas"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/integration/schemas/{type}/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Anyone: the JSON Schema (draft 2020-12) of one event type's envelope and data */
        get: operations["getIntegrationSchemasByTypeByVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation with its token: creates the account or proves it with its password */
        post: operations["postInvitationsAccept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/materials/{materialId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One material
         * @description Roles: Manufacturer, QualityInspector, Operator, Admin.
         */
        get: operations["getMaterialsByMaterialId"];
        /**
         * Change a material
         * @description Roles: Manufacturer, Admin.
         */
        put: operations["putMaterialsByMaterialId"];
        post?: never;
        /**
         * Remove a material (printers holding it are unloaded)
         * @description Roles: Manufacturer, Admin.
         */
        delete: operations["deleteMaterialsByMaterialId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The models of one's organizations, newest first
         * @description Roles: Customer, Admin.
         */
        get: operations["getModels"];
        put?: never;
        /**
         * Upload an STL, OBJ or 3MF model (multipart/form-data, part 'file'); answers its analysis
         * @description Streamed to storage, analysed (mesh check, fit on every active printer) before it is kept; its fingerprint for the copyright registry is computed after the answer. The same file again answers 200 with the existing model. Limits: Amsp:Models:MaxUploadBytes (413 above); not a model 415; a broken model 422.
         */
        post: operations["postModels"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/models/{modelId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A model with its mesh check report and its fit on every active printer
         * @description Roles: Customer, Designer, Admin.
         */
        get: operations["getModelsByModelId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/models/{modelId}/defects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where the mesh's defects are, binary: "AMDF", counts of open edges, non-manifold edges and flipped faces (uint32 LE), then their vertex pairs and face indices
         * @description Roles: Customer, Designer, Admin.
         */
        get: operations["getModelsByModelIdDefects"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/models/{modelId}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the model's file
         * @description Roles: Customer, Designer, Admin.
         */
        get: operations["getModelsByModelIdFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/models/{modelId}/mesh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The model's mesh for the viewer, binary: "AMSH", version, vertex and triangle counts (uint32 LE), float32 positions, uint32 indices
         * @description Roles: Customer, Designer, Admin.
         */
        get: operations["getModelsByModelIdMesh"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/models/{modelId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every version linked to a model (original, repaired, redesigned), oldest first
         * @description Roles: Customer, Designer, Admin.
         */
        get: operations["getModelsByModelIdVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/operations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Operations: printers with state, job, progress and queue; jobs, orders and instances by status; utilisation per printer and day
         * @description Roles: Operator, Admin.
         */
        get: operations["getOperations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/operations/trends": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Per UTC day from from to to (both included, at most 92 days): print jobs completed and failed, orders shipped on time and late, printing hours and utilisation
         * @description Roles: Operator, Admin.
         */
        get: operations["getOperationsTrends"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Customers: their organization's orders. AM centre staff: the orders their centre quoted for
         * @description Roles: Customer, Manufacturer, QualityInspector, Operator, Admin.
         */
        get: operations["getOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders/{orderNumber}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An order: status and history, the reasons, the analysis with its defects, the repair, the quotes with their lines
         * @description Roles: Customer, Manufacturer, QualityInspector, Operator, Admin.
         */
        get: operations["getOrdersByOrderNumber"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders/{orderNumber}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an order not yet accepted; its workflow instance is cancelled too
         * @description Roles: Customer, Admin.
         */
        post: operations["postOrdersByOrderNumberCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders/{orderNumber}/certificate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the order's PDF inspection certificate (its customer and the producing centre's quality team)
         * @description Roles: Customer, QualityInspector, Admin.
         */
        get: operations["getOrdersByOrderNumberCertificate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders/{orderNumber}/delivered": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm the delivery; the order becomes Delivered
         * @description Roles: Manufacturer, Admin.
         */
        post: operations["postOrdersByOrderNumberDelivered"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders/{orderNumber}/inspection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enter the measurements of the awaited inspection; the verdict is computed from the plan
         * @description Roles: QualityInspector, Admin.
         */
        post: operations["postOrdersByOrderNumberInspection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders/{orderNumber}/inspections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The order's inspections with their plans and results, the latest first
         * @description Roles: Customer, QualityInspector, Manufacturer, Admin.
         */
        get: operations["getOrdersByOrderNumberInspections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders/{orderNumber}/quotes/{quoteId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept one of the offered quotes (the others are rejected)
         * @description Roles: Customer, Admin.
         */
        post: operations["postOrdersByOrderNumberQuotesByQuoteIdAccept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders/{orderNumber}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject every offered quote
         * @description Roles: Customer, Admin.
         */
        post: operations["postOrdersByOrderNumberReject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders/{orderNumber}/resubmit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send an invalid order through intake again after correcting its requirement
         * @description Roles: Customer, Admin.
         */
        post: operations["postOrdersByOrderNumberResubmit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders/{orderNumber}/shipment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the hand-over to the carrier: carrier, tracking number, packages
         * @description Roles: Manufacturer, Admin.
         */
        post: operations["postOrdersByOrderNumberShipment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders/{orderNumber}/trace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The whole chain of an order for an audit, each step with who and when
         * @description Roles: Customer, Manufacturer, QualityInspector, Admin.
         */
        get: operations["getOrdersByOrderNumberTrace"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders/{orderNumber}/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * State the units of the model (mm or inch) when the order asks for them
         * @description Roles: Customer, Admin.
         */
        post: operations["postOrdersByOrderNumberUnits"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Excel export of the orders the caller sees, one row per order line, with the filter and totals on a second sheet
         * @description Roles: Customer, Manufacturer, Operator, Admin.
         */
        get: operations["getOrdersExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Organizations: every one for administrators, one's own for anyone else
         * @description Roles: Customer, Designer, Manufacturer, QualityInspector, Analyst, Operator, Admin.
         */
        get: operations["getOrganizations"];
        put?: never;
        /**
         * Register an organization: a customer, an AM centre or the platform
         * @description Roles: Admin.
         */
        post: operations["postOrganizations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{organizationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One organization
         * @description Roles: Customer, Designer, Manufacturer, QualityInspector, Analyst, Operator, Admin.
         */
        get: operations["getOrganizationsByOrganizationId"];
        /**
         * Change an organization's registration data
         * @description Roles: Admin.
         */
        put: operations["putOrganizationsByOrganizationId"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{organizationId}/connectors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The organization's connectors (secrets are never shown)
         * @description Roles: Customer, Manufacturer, Admin.
         */
        get: operations["getOrganizationsByOrganizationIdConnectors"];
        put?: never;
        /**
         * Add a connector; a webhook's whsec_ secret is generated unless given and shown in this answer only
         * @description Roles: Customer, Manufacturer, Admin.
         */
        post: operations["postOrganizationsByOrganizationIdConnectors"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{organizationId}/connectors/{connectorId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One connector
         * @description Roles: Customer, Manufacturer, Admin.
         */
        get: operations["getOrganizationsByOrganizationIdConnectorsByConnectorId"];
        /**
         * Change a connector's name, subscriptions, settings or state (not its kind or secret)
         * @description Roles: Customer, Manufacturer, Admin.
         */
        put: operations["putOrganizationsByOrganizationIdConnectorsByConnectorId"];
        post?: never;
        /**
         * Remove a connector and its deliveries
         * @description Roles: Customer, Manufacturer, Admin.
         */
        delete: operations["deleteOrganizationsByOrganizationIdConnectorsByConnectorId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{organizationId}/connectors/{connectorId}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * New webhook secret, shown once; the previous one keeps signing alongside for the window
         * @description Roles: Customer, Manufacturer, Admin.
         */
        post: operations["postOrganizationsByOrganizationIdConnectorsByConnectorIdRotateSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{organizationId}/connectors/{connectorId}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a connector.test event now and answer whether the receiver accepted it
         * @description Roles: Customer, Manufacturer, Admin.
         */
        post: operations["postOrganizationsByOrganizationIdConnectorsByConnectorIdTest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{organizationId}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Invitations of an organization, newest first
         * @description Roles: Admin.
         */
        get: operations["getOrganizationsByOrganizationIdInvitations"];
        put?: never;
        /**
         * Invite an e-mail address to join with roles; answers the one-time link (shown once)
         * @description Roles: Admin.
         */
        post: operations["postOrganizationsByOrganizationIdInvitations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{organizationId}/machine-clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The organization's machine clients, without secrets
         * @description Roles: Customer, Manufacturer, Admin.
         */
        get: operations["getOrganizationsByOrganizationIdMachineClients"];
        put?: never;
        /**
         * Create a machine client (OAuth 2.0 client credentials) bound to the organization and some scopes
         * @description Answers the client_id and the client_secret; the secret is shown this once and never again (rotate it if lost).
         */
        post: operations["postOrganizationsByOrganizationIdMachineClients"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{organizationId}/machine-clients/{machineClientId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a machine client: its secret and its tokens stop working at once
         * @description Roles: Customer, Manufacturer, Admin.
         */
        delete: operations["deleteOrganizationsByOrganizationIdMachineClientsByMachineClientId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{organizationId}/machine-clients/{machineClientId}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue a new secret: the old one and the tokens issued with it stop working at once
         * @description Roles: Customer, Manufacturer, Admin.
         */
        post: operations["postOrganizationsByOrganizationIdMachineClientsByMachineClientIdRotateSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{organizationId}/materials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The AM centre's materials with prices
         * @description Roles: Manufacturer, QualityInspector, Operator, Admin.
         */
        get: operations["getOrganizationsByOrganizationIdMaterials"];
        put?: never;
        /**
         * Add a material
         * @description Roles: Manufacturer, Admin.
         */
        post: operations["postOrganizationsByOrganizationIdMaterials"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{organizationId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The people of an organization and their roles there
         * @description Roles: Admin.
         */
        get: operations["getOrganizationsByOrganizationIdMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{organizationId}/members/{personId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Give a person roles in an organization (replacing the roles held there)
         * @description Roles: Admin.
         */
        put: operations["putOrganizationsByOrganizationIdMembersByPersonId"];
        post?: never;
        /**
         * Take a person out of an organization
         * @description Roles: Admin.
         */
        delete: operations["deleteOrganizationsByOrganizationIdMembersByPersonId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{organizationId}/price-lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The AM centre's price lists
         * @description Roles: Manufacturer, Admin.
         */
        get: operations["getOrganizationsByOrganizationIdPriceLists"];
        put?: never;
        /**
         * Add a price list
         * @description Roles: Manufacturer, Admin.
         */
        post: operations["postOrganizationsByOrganizationIdPriceLists"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{organizationId}/printers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The AM centre's printers
         * @description Roles: Manufacturer, QualityInspector, Operator, Admin.
         */
        get: operations["getOrganizationsByOrganizationIdPrinters"];
        put?: never;
        /**
         * Add a printer (its API key is stored encrypted and never returned)
         * @description Roles: Manufacturer, Admin.
         */
        post: operations["postOrganizationsByOrganizationIdPrinters"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{organizationId}/sites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The AM centre's sites
         * @description Roles: Manufacturer, QualityInspector, Operator, Admin.
         */
        get: operations["getOrganizationsByOrganizationIdSites"];
        put?: never;
        /**
         * Add a site
         * @description Roles: Manufacturer, Admin.
         */
        post: operations["postOrganizationsByOrganizationIdSites"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Everyone with an account, with their memberships
         * @description Roles: Admin.
         */
        get: operations["getPeople"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{personId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One person and their memberships
         * @description Roles: Admin.
         */
        get: operations["getPeopleByPersonId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/price-lists/{priceListId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One price list
         * @description Roles: Manufacturer, Admin.
         */
        get: operations["getPriceListsByPriceListId"];
        /**
         * Change a price list
         * @description Roles: Manufacturer, Admin.
         */
        put: operations["putPriceListsByPriceListId"];
        post?: never;
        /**
         * Remove a price list
         * @description Roles: Manufacturer, Admin.
         */
        delete: operations["deletePriceListsByPriceListId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/price-lists/{priceListId}/try": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a pricing formula (the list's own when none is given) on a sample part, as a quote would; nothing is stored
         * @description A formula that throws, runs out of a sandbox limit or returns no valid lines answers 422 with the reason.
         */
        post: operations["postPriceListsByPriceListIdTry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/print-jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Print jobs of the caller's AM centres, the newest first
         * @description Roles: Manufacturer, Operator, Admin.
         */
        get: operations["getPrintJobs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/printers/{printerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One printer
         * @description Roles: Manufacturer, QualityInspector, Operator, Admin.
         */
        get: operations["getPrintersByPrinterId"];
        /**
         * Change a printer; apiKey null keeps the stored key, empty removes it
         * @description Roles: Manufacturer, Admin.
         */
        put: operations["putPrintersByPrinterId"];
        post?: never;
        /**
         * Remove a printer
         * @description Roles: Manufacturer, Admin.
         */
        delete: operations["deletePrintersByPrinterId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/protected-designs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One's organizations' protected designs
         * @description Roles: Customer, Designer, Manufacturer, Admin.
         */
        get: operations["getProtectedDesigns"];
        put?: never;
        /**
         * Register one of one's organization's models as a protected design, with its licence terms
         * @description Roles: Customer, Designer, Manufacturer, Admin.
         */
        post: operations["postProtectedDesigns"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/protected-designs/{protectedDesignId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One protected design
         * @description Roles: Customer, Designer, Manufacturer, Admin.
         */
        get: operations["getProtectedDesignsByProtectedDesignId"];
        put?: never;
        post?: never;
        /**
         * Take a design out of the registry
         * @description Roles: Customer, Designer, Manufacturer, Admin.
         */
        delete: operations["deleteProtectedDesignsByProtectedDesignId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/protected-designs/{protectedDesignId}/licence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change the licence terms
         * @description Roles: Customer, Designer, Manufacturer, Admin.
         */
        put: operations["putProtectedDesignsByProtectedDesignIdLicence"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requirements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The requirements of one's organizations, newest first
         * @description Roles: Customer, Admin.
         */
        get: operations["getRequirements"];
        put?: never;
        /**
         * Start a requirement (a draft)
         * @description Roles: Customer, Admin.
         */
        post: operations["postRequirements"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requirements/{requirementId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One requirement
         * @description Roles: Customer, Admin.
         */
        get: operations["getRequirementsByRequirementId"];
        /**
         * Change a draft requirement (the whole of it)
         * @description Roles: Customer, Admin.
         */
        put: operations["putRequirementsByRequirementId"];
        post?: never;
        /**
         * Delete a draft requirement
         * @description Roles: Customer, Admin.
         */
        delete: operations["deleteRequirementsByRequirementId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requirements/{requirementId}/design-request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask a designer for the requirement's model, with a brief and reference models
         * @description Roles: Customer, Admin.
         */
        post: operations["postRequirementsByRequirementIdDesignRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requirements/{requirementId}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a requirement: it becomes an order, and the order workflow runs (intake, copyright, mesh, quotes)
         * @description Roles: Customer, Admin.
         */
        post: operations["postRequirementsByRequirementIdSubmit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sites/{siteId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One site
         * @description Roles: Manufacturer, QualityInspector, Operator, Admin.
         */
        get: operations["getSitesBySiteId"];
        /**
         * Change a site
         * @description Roles: Manufacturer, Admin.
         */
        put: operations["putSitesBySiteId"];
        post?: never;
        /**
         * Remove a site (its printers stay, with no site)
         * @description Roles: Manufacturer, Admin.
         */
        delete: operations["deleteSitesBySiteId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stimuli": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deliver a named stimulus; resumes the waiting bookmarks whose activity admits the caller's roles (operators and admins: all) */
        post: operations["postStimuli"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stimuli/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resume one bookmark with its resume token (no account needed; the token is the authorization) */
        post: operations["postStimuliResume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workflow-definitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The latest version of every definition, by name, a page at a time (page 1–1,000,000, pageSize 1–500, default 50) */
        get: operations["getWorkflowDefinitions"];
        put?: never;
        /** Save a draft; editing a published version creates the next version; with If-Match, 409 when the latest version changed */
        post: operations["postWorkflowDefinitions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workflow-definitions/{definitionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One version: ?version=latest (default), published or a number */
        get: operations["getWorkflowDefinitionsByDefinitionId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workflow-definitions/{definitionId}/execute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start an instance of the published version; answers once it has finished, suspended or reached its execution budget */
        post: operations["postWorkflowDefinitionsByDefinitionIdExecute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workflow-definitions/{definitionId}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a version as a JSON file */
        get: operations["getWorkflowDefinitionsByDefinitionIdExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workflow-definitions/{definitionId}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Validate and publish a version (default: the latest); with If-Match, 409 when that version changed */
        post: operations["postWorkflowDefinitionsByDefinitionIdPublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workflow-definitions/{definitionId}/retract": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retract the published version */
        post: operations["postWorkflowDefinitionsByDefinitionIdRetract"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workflow-definitions/{definitionId}/revert/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Copy version N into a new draft */
        post: operations["postWorkflowDefinitionsByDefinitionIdRevertByVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workflow-definitions/{definitionId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every version of a definition, oldest first */
        get: operations["getWorkflowDefinitionsByDefinitionIdVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workflow-definitions/{definitionId}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a version that is not published */
        delete: operations["deleteWorkflowDefinitionsByDefinitionIdVersionsByVersion"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workflow-definitions/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a JSON definition as a draft; ?publish=true publishes it */
        post: operations["postWorkflowDefinitionsImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workflow-definitions/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Validate a definition without saving it */
        post: operations["postWorkflowDefinitionsValidate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workflow-instances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Instances, newest first, a page at a time (page 1–1,000,000, pageSize 1–500, default 100), filtered by definition, version, status, correlation id or creation time ([from, to)) */
        get: operations["getWorkflowInstances"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workflow-instances/{instanceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One instance with its variables, pending bookmarks, incidents, and the first and last page of its journal */
        get: operations["getWorkflowInstancesByInstanceId"];
        put?: never;
        post?: never;
        /** Delete a finished, faulted or cancelled instance with its bookmarks, journal and incidents */
        delete: operations["deleteWorkflowInstancesByInstanceId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workflow-instances/{instanceId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a running or suspended instance */
        post: operations["postWorkflowInstancesByInstanceIdCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workflow-instances/{instanceId}/definition": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The definition version the instance runs on, with the descriptors of the activity types it uses */
        get: operations["getWorkflowInstancesByInstanceIdDefinition"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workflow-instances/{instanceId}/journal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An instance's journal a page at a time: cursor from the previous page's next (none: from the start), pageSize 1–500, default 100 */
        get: operations["getWorkflowInstancesByInstanceIdJournal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workflow-instances/{instanceId}/path": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Each activity's status, executions, timing, outcomes and outputs, and the connections the instance followed */
        get: operations["getWorkflowInstancesByInstanceIdPath"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workflow-instances/{instanceId}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run the faulted activities of a faulted instance again */
        post: operations["postWorkflowInstancesByInstanceIdRetry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/{path}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Starts the workflow whose published HttpEndpoint serves this route */
        get: operations["getWorkflowsByPath"];
        /** Starts the workflow whose published HttpEndpoint serves this route */
        put: operations["putWorkflowsByPath"];
        /** Starts the workflow whose published HttpEndpoint serves this route */
        post: operations["postWorkflowsByPath"];
        /** Starts the workflow whose published HttpEndpoint serves this route */
        delete: operations["deleteWorkflowsByPath"];
        options?: never;
        head?: never;
        /** Starts the workflow whose published HttpEndpoint serves this route */
        patch: operations["patchWorkflowsByPath"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AcceptedInvitationDto: {
            accountCreated: boolean;
            email: string;
            /** Format: uuid */
            organizationId: string;
            roles: string[];
        };
        AcceptInvitationInput: {
            displayName: null | string;
            password: null | string;
            token: null | string;
        };
        AcceptVersionInput: {
            /** Format: uuid */
            modelId: null | string;
        };
        AccessTokenResponse: {
            accessToken: string;
            /** Format: int64 */
            expiresIn: number | string;
            refreshToken: string;
            tokenType?: null | string;
        };
        /** @description What the designer's palette knows about an activity type; built from the class's attributes. */
        ActivityDescriptor: {
            /** @description Category. */
            category: string;
            /** @description Description. */
            description?: null | string;
            /** @description Display name. */
            displayName: string;
            /** @description Inputs. */
            inputs: components["schemas"]["InputDescriptor"][];
            /** @description Kind. */
            kind: components["schemas"]["ActivityKind"];
            /** @description Fixed outcomes. */
            outcomes: string[];
            /** @description Input whose literal string array adds outcomes, if any. */
            outcomesFromInput?: null | string;
            /** @description Outputs. */
            outputs: components["schemas"]["OutputDescriptor"][];
            /** @description Type name. */
            type: string;
            /**
             * Format: int32
             * @description Type version.
             */
            version: number | string;
        };
        /**
         * @description What an activity does to the flow of an instance.
         * @enum {unknown}
         */
        ActivityKind: "Action" | "Trigger" | "Blocking";
        /** @description One activity in a flowchart. */
        ActivityNode: {
            designer?: null | components["schemas"]["JsonObject"];
            /** @description Label shown in the designer. */
            displayName?: null | string;
            /** @description Identifier, unique within the flowchart. */
            id?: string;
            /** @description Inputs, by input name, as expressions. */
            inputs?: null | {
                [key: string]: components["schemas"]["Expression"];
            };
            /** @description Activity type name, as in the activity descriptor. */
            type?: string;
            /**
             * Format: int32
             * @description Activity type version. Default 1.
             */
            typeVersion?: null | number | string;
        };
        /**
         * @description One activity of an instance as the viewer shows it: status, executions, timing, outcomes, outputs. Duration is the
         *     time spent executing, summed over executions (a suspension's wait is not counted); Outcomes are those of its last
         *     completed execution; Outputs are `outputs.&lt;activityId&gt;` as expressions see them, null when it has none.
         */
        ActivityRun: {
            activityId: string;
            activityType: null | string;
            duration: string;
            /** Format: int32 */
            executions: number | string;
            /** Format: date-time */
            finishedAt: null | string;
            /** Format: int32 */
            incidents: number | string;
            outcomes: string[];
            outputs: null | components["schemas"]["JsonNode"];
            /** Format: date-time */
            startedAt: null | string;
            status: components["schemas"]["ActivityRunStatus"];
        };
        /**
         * @description Where an activity of an instance stands, from its journal.
         * @enum {unknown}
         */
        ActivityRunStatus: "Scheduled" | "Running" | "Suspended" | "Completed" | "Faulted" | "Cancelled";
        /** @description A postal address; `country` is an ISO 3166-1 alpha-2 code. */
        AddressDto: {
            city: string;
            country: string;
            postalCode: string;
            region: null | string;
            street: string;
        };
        BookmarkView: {
            activityId: string;
            correlationId: null | string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            dueAt: null | string;
            id: string;
            name: string;
            resumeToken: string;
            roles: string[];
        };
        BuildVolumeDto: {
            /** Format: double */
            x: number | string;
            /** Format: double */
            y: number | string;
            /** Format: double */
            z: number | string;
        };
        CancelInput: {
            reason: null | string;
        };
        Category: {
            activities: components["schemas"]["ActivityDescriptor"][];
            name: string;
        };
        /**
         * @description What the customer wants with the parts.
         * @enum {unknown}
         */
        CertificateLevel: "None" | "CertificateOfConformance" | "InspectionReport";
        /** @description What the public verification answers: enough to tell that a certificate is genuine and the copy unaltered. */
        CertificateVerification: {
            /** Format: date-time */
            issuedAt: string;
            number: string;
            part: string;
            sha256: string;
            verdict: string;
        };
        /**
         * @description What a characteristic of the plan comes from.
         * @enum {unknown}
         */
        CharacteristicKind: "Critical" | "General" | "Visual";
        /** @enum {unknown} */
        CommitStrategy: "OnSuspendOrEnd" | "PerActivity" | null;
        /** @description A connection from an activity's outcome port to another activity. */
        Connection: {
            designer?: null | components["schemas"]["JsonObject"];
            /** @description Source activity and outcome. */
            source?: components["schemas"]["SourceEndpoint"];
            /** @description Target activity. */
            target?: components["schemas"]["TargetEndpoint"];
        };
        /** @description A connector as shown: never its secrets, only whether it has one and until when the previous one still signs. */
        ConnectorDto: {
            /** Format: date-time */
            createdAt: string;
            enabled: boolean;
            eventTypes: string[];
            hasSecret: boolean;
            /** Format: uuid */
            id: string;
            kind: string;
            name: string;
            /** Format: uuid */
            organizationId: string;
            /** Format: date-time */
            previousSecretValidUntil: null | string;
            settings: components["schemas"]["JsonElement"];
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description A connector as sent by its organization. The secret is write-only: set here or generated, never read back. */
        ConnectorInput: {
            /** @description Receives events; default true. */
            enabled: null | boolean;
            /** @description The event types it receives; empty or absent: all. */
            eventTypes: null | string[];
            /** @description webhook, amqp, sftp or mqtt; fixed once made. */
            kind: null | string;
            /** @description Unique in the organization; the name a workflow's SendToErp step uses. */
            name: null | string;
            /** @description Webhook: a `whsec_` secret, generated when absent. Ignored on update (rotate instead). */
            secret: null | string;
            settings: null | components["schemas"]["JsonElement"];
        };
        /** @description How a test event went. */
        ConnectorTestResult: {
            delivered: boolean;
            error: null | string;
            /** Format: uuid */
            eventId: string;
        };
        /** @description A connector just made or whose secret was just rotated, with the secret: the only time it is shown. */
        ConnectorWithSecret: {
            connector: components["schemas"]["ConnectorDto"];
            secret: null | string;
        };
        /**
         * @description The protocol the platform speaks to a printer's controller.
         * @enum {unknown}
         */
        ControllerKind: "OctoPrint" | "Moonraker" | "Virtual";
        /** @description A near match waiting for a reviewer, with both models. */
        CopyrightReviewDto: {
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            decidedAt: null | string;
            decidedBy: null | string;
            /** Format: uuid */
            id: string;
            note: null | string;
            orderModel: components["schemas"]["ModelDto"];
            orderNumber: string;
            /** Format: uuid */
            protectedDesignId: string;
            protectedDesignName: string;
            protectedModel: components["schemas"]["ModelDto"];
            /** Format: double */
            similarity: number | string;
            status: components["schemas"]["CopyrightReviewStatus"];
        };
        /** @enum {unknown} */
        CopyrightReviewStatus: "Pending" | "Cleared" | "Rejected";
        /** @description A new invitation with its one-time link, shown once: only the token's hash is stored. */
        CreatedInvitationDto: {
            invitation: components["schemas"]["InvitationDto"];
            link: string;
            token: string;
        };
        CriticalDimensionDto: {
            /** Format: double */
            lowerDeviation: number | string;
            method: null | string;
            name: string;
            /** Format: double */
            nominal: number | string;
            /** Format: double */
            upperDeviation: number | string;
        };
        CurrentUser: {
            displayName: null | string;
            email: null | string;
            id: string;
            memberships: components["schemas"]["PersonMembershipDto"][];
            roles: string[];
        };
        DeadLetterDto: {
            delivery: components["schemas"]["DeliveryDto"];
            /** Format: uuid */
            eventId: string;
            /** Format: date-time */
            occurredAt: string;
            orderNumber: null | string;
            /** Format: int64 */
            sequence: number | string;
            type: string;
        };
        DefinitionSummary: {
            definitionId: string;
            description: null | string;
            id: string;
            isLatest: boolean;
            isPublished: boolean;
            name: string;
            /** Format: int32 */
            version: number | string;
        };
        DeliveryDto: {
            /** Format: int32 */
            attempts: number | string;
            /** Format: uuid */
            connectorId: string;
            connectorName: string;
            /** Format: date-time */
            deliveredAt: null | string;
            lastError: null | string;
            /** Format: date-time */
            nextAttemptAt: string;
            status: components["schemas"]["DeliveryStatus"];
        };
        /** @enum {unknown} */
        DeliveryStatus: "Pending" | "Delivered" | "DeadLetter";
        DesignRequestDto: {
            /** Format: date-time */
            acceptedAt: null | string;
            /** Format: uuid */
            acceptedModelId: null | string;
            brief: string;
            /** Format: date-time */
            createdAt: string;
            designerId: null | string;
            /** Format: uuid */
            designerOrganizationId: null | string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organizationId: string;
            referenceModelIds: string[];
            /** Format: uuid */
            requirementId: string;
            status: components["schemas"]["DesignRequestStatus"];
            /** Format: date-time */
            takenAt: null | string;
            versions: components["schemas"]["ModelDto"][];
        };
        DesignRequestInput: {
            brief: null | string;
            referenceModelIds: null | string[];
        };
        /**
         * @description Where a design request stands.
         * @enum {unknown}
         */
        DesignRequestStatus: "Open" | "InProgress" | "Accepted" | "Cancelled";
        /** @description An ERP's answer to a step an order waits for. */
        ErpConfirmationInput: {
            confirmed: null | boolean;
            reason: null | string;
            reference: null | string;
            step: null | string;
        };
        EventDto: {
            /** Format: uuid */
            amCentreId: null | string;
            body: components["schemas"]["JsonElement"];
            deliveries: components["schemas"]["DeliveryDto"][];
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            occurredAt: string;
            orderNumber: null | string;
            /** Format: uuid */
            organizationId: string;
            /** Format: int64 */
            sequence: number | string;
            /** Format: uuid */
            targetConnectorId: null | string;
            type: string;
            version: string;
        };
        ExecuteRequest: {
            correlationId: null | string;
            input: null | components["schemas"]["JsonObject"];
        };
        /**
         * @description A definition's own execution budget: what one burst (a start, resume, retry or continuation) of an instance may
         *     execute before it stops, and what happens then.
         */
        ExecutionBudget: {
            /**
             * @description What a burst past its budget does. False (default): the instance is committed and suspended with an incident
             *     (an operator resumes or cancels it). True: it is committed and continues in the background, one budget at a time.
             */
            allowLongLoops?: null | boolean;
            /**
             * Format: int32
             * @description Activities per burst; at most the engine's `Limits.MaxActivitiesPerBurst`, which is the default.
             */
            maxActivities?: null | number | string;
            /** @description Wall time per burst; at most the engine's `Limits.MaxBurstDuration`, which is the default. */
            maxDuration?: null | string;
        };
        /** @description An input value: a syntax and a value (literal JSON, script text, template or variable name). */
        Expression: {
            /** @description Syntax name; see ExpressionSyntax. Default `Literal`. */
            syntax?: string;
            value?: null | components["schemas"]["JsonNode"];
        };
        /** @description A flowchart: activities and the connections between their outcome ports. */
        Flowchart: {
            /** @description The activities (nodes). */
            activities?: components["schemas"]["ActivityNode"][];
            /** @description The connections (edges). */
            connections?: components["schemas"]["Connection"][];
        };
        /**
         * @description ISO 2768-1 general tolerance classes: fine, medium, coarse, very coarse.
         * @enum {unknown}
         */
        GeneralTolerance: "f" | "m" | "c" | "v";
        HttpValidationProblemDetails: {
            detail?: null | string;
            errors?: {
                [key: string]: string[];
            };
            instance?: null | string;
            /** Format: int32 */
            status?: null | number | string;
            title?: null | string;
            type?: null | string;
        };
        /** Format: binary */
        IFormFile: string;
        /** @description An activity that threw, recorded with the instance. */
        Incident: {
            /** @description The activity that threw. */
            activityId: string;
            /**
             * Format: int32
             * @description Attempt number, from 1.
             */
            attempt: number | string;
            /** @description Stack trace or details, if any. */
            details?: null | string;
            /** @description Exception type name. */
            errorType: string;
            /** @description The execution id. */
            executionId: string;
            /** @description Incident id. */
            id: string;
            /** @description Instance id. */
            instanceId: string;
            /** @description Error message. */
            message: string;
            /** @description What the strategy did: Faulted, RetryScheduled, Continued. */
            resolution: string;
            /**
             * Format: date-time
             * @description When it happened.
             */
            timestamp: string;
        };
        /**
         * @description How an activity that throws is handled.
         * @enum {unknown}
         */
        IncidentMode: "Fault" | "Retry" | "Continue";
        /** @description Incident strategy of a definition. */
        IncidentStrategy: {
            /**
             * Format: int32
             * @description Retry mode: maximum number of retries after the first failure.
             */
            attempts?: null | number | string;
            /** @description Retry mode: base delay; doubles at each attempt (exponential backoff). */
            delay?: null | string;
            /** @description Retry mode: whether to add jitter to the delay. */
            jitter?: null | boolean;
            /** @description The mode. */
            mode?: components["schemas"]["IncidentMode"];
        };
        /** @description An input of an activity type. */
        InputDescriptor: {
            default?: null | components["schemas"]["JsonNode"];
            /** @description Description. */
            description?: null | string;
            /** @description Display name. */
            displayName: string;
            /** @description Name (the property name). */
            name: string;
            /** @description Allowed values, for dropdowns. */
            options?: null | string[];
            /** @description Whether required. */
            required?: boolean;
            /** @description Allowed expression syntaxes. */
            syntaxes: string[];
            /** @description JSON-ish type name: string, boolean, number, integer, timespan, array, object, any. */
            type: string;
            /** @description UI hint. */
            uiHint?: null | string;
        };
        /** @description One line of an inspection plan and, once measured, its result. */
        InspectionCharacteristic: {
            /** @description The visual check's answer. */
            accepted?: null | boolean;
            kind?: components["schemas"]["CharacteristicKind"];
            /** Format: double */
            lowerDeviation?: number | string;
            /** Format: double */
            measured?: null | number | string;
            name?: string;
            /**
             * Format: double
             * @description Nominal in mm (none for the visual check).
             */
            nominal?: number | string;
            passed?: null | boolean;
            /** Format: double */
            upperDeviation?: number | string;
        };
        InspectionDto: {
            /** Format: uuid */
            amCentreId: string;
            /** Format: int32 */
            attempt: number | string;
            characteristics: components["schemas"]["InspectionCharacteristic"][];
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            inspectedAt: null | string;
            inspectorName: null | string;
            nonconformity: null | string;
            notes: null | string;
            orderNumber: string;
            status: components["schemas"]["InspectionStatus"];
        };
        InspectionInput: {
            measurements: null | components["schemas"]["MeasurementInput"][];
            nonconformity: null | string;
            notes: null | string;
        };
        /** @enum {unknown} */
        InspectionStatus: "Awaiting" | "Passed" | "Failed";
        InstanceDefinition: {
            activityTypes: components["schemas"]["ActivityDescriptor"][];
            definition: components["schemas"]["WorkflowDefinition"];
        };
        /**
         * @description An instance: its summary, variables, bookmarks and incidents, and its journal's first and last page (the rest is
         *     read a page at a time from `/journal`, from `Journal.Next`).
         */
        InstanceDetails: {
            bookmarks: components["schemas"]["BookmarkView"][];
            incidents: components["schemas"]["Incident"][];
            input: components["schemas"]["JsonObject"];
            instance: components["schemas"]["InstanceSummary"];
            journal: components["schemas"]["JournalView"];
            output: components["schemas"]["JsonObject"];
            variables: components["schemas"]["JsonObject"];
        };
        /** @description One page of instances, newest first; `HasMore` says whether the next page has any. */
        InstancePage: {
            hasMore: boolean;
            items: components["schemas"]["InstanceSummary"][];
            /** Format: int32 */
            page: number | string;
            /** Format: int32 */
            pageSize: number | string;
        };
        /** @description The path an instance took: its activities, and the connections it followed (keys `source:outcome-&gt;target`). */
        InstancePath: {
            activities: components["schemas"]["ActivityRun"][];
            connections: string[];
        };
        InstanceSummary: {
            correlationId: null | string;
            /** Format: date-time */
            createdAt: string;
            definitionId: string;
            /** Format: int32 */
            definitionVersion: number | string;
            definitionVersionId: string;
            /** Format: date-time */
            finishedAt: null | string;
            id: string;
            /** Format: int32 */
            incidentCount: number | string;
            parentInstanceId: null | string;
            rootInstanceId: null | string;
            status: components["schemas"]["WorkflowStatus"];
            /** Format: date-time */
            updatedAt: string;
        };
        InvitationDto: {
            /** Format: date-time */
            acceptedAt: null | string;
            /** Format: date-time */
            createdAt: string;
            email: string;
            /** Format: date-time */
            expiresAt: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organizationId: string;
            roles: string[];
        };
        InvitationInput: {
            email: null | string;
            roles: null | string[];
        };
        /** @description One append-only journal entry of an instance. */
        JournalEntry: {
            /** @description The activity, if any. */
            activityId?: null | string;
            /** @description The activity type, if any. */
            activityType?: null | string;
            /** @description Execution duration (Completed, Faulted, Suspended). */
            duration?: null | string;
            /** @description What happened. */
            eventType: components["schemas"]["JournalEventType"];
            /** @description The execution id, if any. */
            executionId?: null | string;
            /** @description Instance id. */
            instanceId: string;
            /** @description Log text or error message. */
            message?: null | string;
            /** @description Outcomes, comma-separated (Completed). */
            outcome?: null | string;
            /**
             * Format: int64
             * @description Sequence number within the instance, from 0.
             */
            sequence: number | string;
            /**
             * Format: date-time
             * @description When it happened (from TimeProvider).
             */
            timestamp: string;
        };
        /**
         * @description Kinds of journal entries.
         * @enum {unknown}
         */
        JournalEventType: "WorkflowStarted" | "Scheduled" | "Started" | "Completed" | "Faulted" | "Suspended" | "Resumed" | "Logged" | "Cancelled" | "WorkflowFinished" | "WorkflowFaulted" | "WorkflowCancelled" | "BudgetReached" | "Compacted";
        /** @description A page of journal entries; `Next` is the cursor of the next page, null at the end. */
        JournalPageView: {
            items: components["schemas"]["JournalEntry"][];
            next: null | string;
            /** Format: int32 */
            pageSize: number | string;
        };
        /**
         * @description `Count` entries journaled, `Compacted` of them counted per activity (one `Compacted` entry stands
         *     for them); `First` and `Last` pages; `Next`, the cursor after `First` (null when it holds all).
         */
        JournalView: {
            /** Format: int64 */
            compacted: number | string;
            /** Format: int64 */
            count: number | string;
            first: components["schemas"]["JournalEntry"][];
            last: components["schemas"]["JournalEntry"][];
            next: null | string;
        };
        JsonElement: unknown;
        JsonNode: unknown;
        JsonObject: Record<string, never>;
        /**
         * @description The unit a model's coordinates are stated in.
         * @enum {unknown}
         */
        LengthUnit: "mm" | "inch";
        LicenceInput: {
            licence: null | components["schemas"]["LicenceKind"];
            licenseeOrganizationIds: null | string[];
            royaltyCurrency: null | string;
            /** Format: double */
            royaltyPerPart: null | number | string;
        };
        /**
         * @description What others may do with a protected design.
         * @enum {unknown}
         */
        LicenceKind: "NotPrintableByOthers" | "ListedLicensees" | "RoyaltyPerPart";
        LoginRequest: {
            email: null | string;
            password: null | string;
        };
        /** @description A machine client as listed: never its secret. */
        MachineClientDto: {
            clientId: string;
            /** Format: date-time */
            createdAt: string;
            displayName: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organizationId: string;
            scopes: string[];
            /** Format: date-time */
            secretIssuedAt: string;
        };
        MachineClientInput: {
            displayName: null | string;
            scopes: null | string[];
        };
        /** @description A client with its secret: answered once, when it is created or its secret rotated, and never stored in clear. */
        MachineClientWithSecret: {
            client: components["schemas"]["MachineClientDto"];
            clientSecret: string;
        };
        MaterialDto: {
            active: boolean;
            colours: string[];
            /** Format: double */
            density: number | string;
            /** Format: uuid */
            id: string;
            layerHeights: (number | string)[];
            /** Format: double */
            minWallThickness: number | string;
            name: string;
            /** Format: uuid */
            organizationId: string;
            pricingBasis: components["schemas"]["PricingBasis"];
            process: components["schemas"]["ProcessCategory"];
            /** Format: double */
            unitPrice: number | string;
        };
        MaterialInput: {
            active: null | boolean;
            colours: null | string[];
            /** Format: double */
            density: null | number | string;
            layerHeights: null | (number | string)[];
            /** Format: double */
            minWallThickness: null | number | string;
            name: null | string;
            pricingBasis: null | components["schemas"]["PricingBasis"];
            process: null | components["schemas"]["ProcessCategory"];
            /** Format: double */
            unitPrice: null | number | string;
        };
        /** @description One entered value: a measurement in mm for a dimension, or accepted/not for the visual check. */
        MeasurementInput: {
            accepted: null | boolean;
            characteristic: null | string;
            /** Format: double */
            measured: null | number | string;
        };
        MemberDto: {
            displayName: null | string;
            email: null | string;
            personId: string;
            roles: string[];
        };
        /** @description A model with its analysis: the mesh check report and, for every active printer, whether it fits. */
        ModelDetailDto: {
            check: components["schemas"]["JsonElement"];
            model: components["schemas"]["ModelDto"];
            printers: components["schemas"]["PrinterFitDto"][];
        };
        ModelDto: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            designRequestId: null | string;
            format: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organizationId: string;
            origin: components["schemas"]["ModelOrigin"];
            originalName: string;
            /** Format: uuid */
            parentId: null | string;
            sha256: string;
            size: components["schemas"]["SizeDto"];
            /** Format: int64 */
            sizeBytes: number | string;
            unitsGuess: string;
        };
        /**
         * @description How a model version came to be.
         * @enum {unknown}
         */
        ModelOrigin: "Upload" | "Repair" | "Design";
        /** @description A material as customers see it in the catalogue: what, where, in which colours; prices come with quotes. */
        OfferedMaterialDto: {
            /** Format: uuid */
            amCentreId: string;
            amCentreName: string;
            colours: string[];
            /** Format: uuid */
            id: string;
            layerHeights: (number | string)[];
            /** Format: double */
            minWallThickness: number | string;
            name: string;
            process: components["schemas"]["ProcessCategory"];
        };
        OperationsTrends: {
            days: components["schemas"]["TrendDay"][];
            /** Format: date */
            from: string;
            /** Format: int32 */
            printers: number | string;
            /** Format: date */
            to: string;
        };
        OperationsView: {
            /** Format: date-time */
            at: string;
            instancesByStatus: {
                [key: string]: number | string;
            };
            jobsByStatus: {
                [key: string]: number | string;
            };
            /** Format: int32 */
            openIncidents: number | string;
            ordersByStatus: {
                [key: string]: number | string;
            };
            printers: components["schemas"]["PrinterView"][];
            utilisation: components["schemas"]["PrinterDay"][];
        };
        /** @description The order's latest certificate: its number, verdict and the code anyone can verify it with. */
        OrderCertificateDto: {
            /** Format: date-time */
            issuedAt: string;
            number: string;
            passed: boolean;
            verificationCode: string;
        };
        /** @description What a decision changed: the order, and the signal its workflow waits for (sent once the change is stored). */
        OrderDecision: {
            discriminator: null | string;
            instanceId: string;
            /** Format: uuid */
            orderId: string;
            orderNumber: string;
            signal: string;
        };
        /** @description An order as its customer follows it: part, status, history, reasons, analysis, repair, quotes, certificate. */
        OrderDto: {
            /** Format: uuid */
            acceptedQuoteId: null | string;
            analysis: null | components["schemas"]["JsonElement"];
            certificate: null | components["schemas"]["OrderCertificateDto"];
            /** Format: date-time */
            createdAt: string;
            history: components["schemas"]["StatusChangeDto"][];
            /** Format: uuid */
            id: string;
            instanceId: string;
            /** Format: uuid */
            modelId: null | string;
            number: string;
            /** Format: uuid */
            organizationId: string;
            part: string;
            quotes: components["schemas"]["QuoteDto"][];
            reasons: string[];
            repair: null | components["schemas"]["JsonElement"];
            /** Format: uuid */
            repairedModelId: null | string;
            /** Format: uuid */
            requirementId: string;
            status: components["schemas"]["OrderStatus"];
            /** Format: date-time */
            updatedAt: string;
        };
        /**
         * @description Where an order stands; the order workflow moves it.
         * @enum {unknown}
         */
        OrderStatus: "Requested" | "Invalid" | "OnHold" | "Quoted" | "Accepted" | "Rejected" | "Expired" | "Cancelled" | "Printing" | "Inspecting" | "Shipped" | "Delivered" | "Failed";
        /** @description A line of the order list; `Part` is the requirement's title, so that a person recognises the order. */
        OrderSummaryDto: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            number: string;
            /** Format: uuid */
            organizationId: string;
            part: string;
            /** Format: uuid */
            requirementId: string;
            status: components["schemas"]["OrderStatus"];
            /** Format: date-time */
            updatedAt: string;
        };
        OrderTrace: {
            certificates: unknown[];
            copyrightReviews: unknown[];
            history: unknown[];
            inspections: unknown[];
            models: unknown[];
            orderNumber: string;
            printJobs: unknown[];
            quotes: unknown[];
            requirement: components["schemas"]["JsonNode"];
            shipments: unknown[];
            status: components["schemas"]["OrderStatus"];
        };
        OrganizationDto: {
            address: components["schemas"]["AddressDto"];
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["OrganizationKind"];
            legalName: string;
            vatId: null | string;
        };
        /** @description An organization's registration data. */
        OrganizationInput: {
            address: null | components["schemas"]["AddressDto"];
            kind: null | components["schemas"]["OrganizationKind"];
            legalName: null | string;
            vatId: null | string;
        };
        /**
         * @description What an organization is to the platform (ISO/IEC 23510 §4.2 stakeholders).
         * @enum {unknown}
         */
        OrganizationKind: "Customer" | "AmCentre" | "Platform";
        /** @description How a part is turned to fit a build volume: which of its axes stands along the printer's X, Y and Z. */
        Orientation: {
            /** @description The part's axes along the printer's X, Y, Z, e.g. `XYZ` (as modelled) or `ZXY`. */
            axes: string;
            /**
             * Format: double
             * @description The part's extent along the printer's X in this orientation, mm.
             */
            x: number | string;
            /**
             * Format: double
             * @description The part's extent along the printer's Y, mm.
             */
            y: number | string;
            /**
             * Format: double
             * @description The part's height on the printer, mm.
             */
            z: number | string;
        };
        /** @description An output of an activity type. */
        OutputDescriptor: {
            /** @description Description. */
            description?: null | string;
            /** @description Name (the property name). */
            name: string;
            /** @description Type name. */
            type: string;
        };
        PagedOfDefinitionSummary: {
            items: components["schemas"]["DefinitionSummary"][];
            /** Format: int32 */
            page: number | string;
            /** Format: int32 */
            pageSize: number | string;
            /** Format: int32 */
            total: number | string;
        };
        /** @description A page of a list: items, the total count and the page asked for. */
        PageOfCopyrightReviewDto: {
            items: components["schemas"]["CopyrightReviewDto"][];
            /** Format: int32 */
            pageNumber: number | string;
            /** Format: int32 */
            pageSize: number | string;
            /** Format: int32 */
            total: number | string;
        };
        /** @description A page of a list: items, the total count and the page asked for. */
        PageOfDeadLetterDto: {
            items: components["schemas"]["DeadLetterDto"][];
            /** Format: int32 */
            pageNumber: number | string;
            /** Format: int32 */
            pageSize: number | string;
            /** Format: int32 */
            total: number | string;
        };
        /** @description A page of a list: items, the total count and the page asked for. */
        PageOfDesignRequestDto: {
            items: components["schemas"]["DesignRequestDto"][];
            /** Format: int32 */
            pageNumber: number | string;
            /** Format: int32 */
            pageSize: number | string;
            /** Format: int32 */
            total: number | string;
        };
        /** @description A page of a list: items, the total count and the page asked for. */
        PageOfEventDto: {
            items: components["schemas"]["EventDto"][];
            /** Format: int32 */
            pageNumber: number | string;
            /** Format: int32 */
            pageSize: number | string;
            /** Format: int32 */
            total: number | string;
        };
        /** @description A page of a list: items, the total count and the page asked for. */
        PageOfInspectionDto: {
            items: components["schemas"]["InspectionDto"][];
            /** Format: int32 */
            pageNumber: number | string;
            /** Format: int32 */
            pageSize: number | string;
            /** Format: int32 */
            total: number | string;
        };
        /** @description A page of a list: items, the total count and the page asked for. */
        PageOfModelDto: {
            items: components["schemas"]["ModelDto"][];
            /** Format: int32 */
            pageNumber: number | string;
            /** Format: int32 */
            pageSize: number | string;
            /** Format: int32 */
            total: number | string;
        };
        /** @description A page of a list: items, the total count and the page asked for. */
        PageOfOrderSummaryDto: {
            items: components["schemas"]["OrderSummaryDto"][];
            /** Format: int32 */
            pageNumber: number | string;
            /** Format: int32 */
            pageSize: number | string;
            /** Format: int32 */
            total: number | string;
        };
        /** @description A page of a list: items, the total count and the page asked for. */
        PageOfOrganizationDto: {
            items: components["schemas"]["OrganizationDto"][];
            /** Format: int32 */
            pageNumber: number | string;
            /** Format: int32 */
            pageSize: number | string;
            /** Format: int32 */
            total: number | string;
        };
        /** @description A page of a list: items, the total count and the page asked for. */
        PageOfPersonDto: {
            items: components["schemas"]["PersonDto"][];
            /** Format: int32 */
            pageNumber: number | string;
            /** Format: int32 */
            pageSize: number | string;
            /** Format: int32 */
            total: number | string;
        };
        /** @description A page of a list: items, the total count and the page asked for. */
        PageOfPrintJob: {
            items: components["schemas"]["PrintJob"][];
            /** Format: int32 */
            pageNumber: number | string;
            /** Format: int32 */
            pageSize: number | string;
            /** Format: int32 */
            total: number | string;
        };
        /** @description A page of a list: items, the total count and the page asked for. */
        PageOfProtectedDesignDto: {
            items: components["schemas"]["ProtectedDesignDto"][];
            /** Format: int32 */
            pageNumber: number | string;
            /** Format: int32 */
            pageSize: number | string;
            /** Format: int32 */
            total: number | string;
        };
        /** @description A page of a list: items, the total count and the page asked for. */
        PageOfRequirementDto: {
            items: components["schemas"]["RequirementDto"][];
            /** Format: int32 */
            pageNumber: number | string;
            /** Format: int32 */
            pageSize: number | string;
            /** Format: int32 */
            total: number | string;
        };
        /** @description A declared input or output of a workflow. */
        ParameterDefinition: {
            /** @description Optional description. */
            description?: null | string;
            /** @description Parameter name. */
            name?: string;
            /** @description Whether a start request must provide it (inputs only). */
            required?: null | boolean;
            /** @description Type name, informative. */
            type?: null | string;
        };
        PersonDto: {
            displayName: null | string;
            email: null | string;
            id: string;
            memberships: components["schemas"]["PersonMembershipDto"][];
        };
        PersonMembershipDto: {
            kind: components["schemas"]["OrganizationKind"];
            /** Format: uuid */
            organizationId: string;
            organizationName: string;
            roles: string[];
        };
        /**
         * @description The post-processing steps a price list can price and a requirement can ask for.
         * @enum {unknown}
         */
        PostProcessingKind: "SupportRemoval" | "Sanding" | "Dyeing" | "VapourSmoothing" | "Painting";
        PostProcessingPriceDto: {
            kind: components["schemas"]["PostProcessingKind"];
            /** Format: double */
            pricePerPart: number | string;
        };
        PricedLineDto: {
            /** Format: double */
            amount: number | string;
            description: string;
            kind: components["schemas"]["QuoteLineKind"];
            /** Format: double */
            quantity: number | string;
            /** Format: double */
            unitPrice: number | string;
        };
        PriceListDto: {
            active: boolean;
            currency: string;
            /** Format: uuid */
            id: string;
            /** Format: double */
            machineHourlyRate: number | string;
            /** Format: double */
            marginPercent: number | string;
            name: string;
            /** Format: uuid */
            organizationId: string;
            postProcessing: components["schemas"]["PostProcessingPriceDto"][];
            pricingScript: null | string;
            quantityDiscounts: components["schemas"]["QuantityDiscountDto"][];
            /** Format: int32 */
            quoteValidityDays: number | string;
            /** Format: double */
            setupFee: number | string;
            /** Format: date-time */
            updatedAt: string;
        };
        PriceListInput: {
            active: null | boolean;
            currency: null | string;
            /** Format: double */
            machineHourlyRate: null | number | string;
            /** Format: double */
            marginPercent: null | number | string;
            name: null | string;
            postProcessing: null | components["schemas"]["PostProcessingPriceDto"][];
            pricingScript: null | string;
            quantityDiscounts: null | components["schemas"]["QuantityDiscountDto"][];
            /** Format: int32 */
            quoteValidityDays: null | number | string;
            /** Format: double */
            setupFee: null | number | string;
        };
        /**
         * @description How a material's price is stated.
         * @enum {unknown}
         */
        PricingBasis: "PerCm3" | "PerKg";
        PricingTryDto: {
            currency: string;
            lines: components["schemas"]["PricedLineDto"][];
            materialName: string;
            /** Format: double */
            total: number | string;
        };
        /** @description A formula to try (the list's own when empty) on a sample part, with one of the centre's materials. */
        PricingTryInput: {
            /** Format: uuid */
            materialId: null | string;
            part: null | components["schemas"]["SamplePartInput"];
            script: null | string;
        };
        PrinterDay: {
            /** Format: date */
            day: string;
            /** Format: uuid */
            printerId: string;
            /** Format: double */
            printingHours: number | string;
            /** Format: double */
            utilisation: number | string;
        };
        PrinterDto: {
            active: boolean;
            baseUrl: null | string;
            buildVolume: components["schemas"]["BuildVolumeDto"];
            controller: components["schemas"]["ControllerKind"];
            hasApiKey: boolean;
            /** Format: double */
            hourlyRate: null | number | string;
            /** Format: uuid */
            id: string;
            loadedColour: null | string;
            /** Format: uuid */
            loadedMaterialId: null | string;
            name: string;
            /** Format: uuid */
            organizationId: string;
            process: components["schemas"]["ProcessCategory"];
            /** Format: uuid */
            siteId: null | string;
            state: components["schemas"]["PrinterState"];
            timeParameters: components["schemas"]["PrintTimeParameters"];
        };
        /** @description Whether the part fits a printer, as modelled (in mm), and turned how. */
        PrinterFitDto: {
            /** Format: uuid */
            amCentreId: string;
            amCentreName: string;
            fits: boolean;
            orientation: null | components["schemas"]["Orientation"];
            /** Format: uuid */
            printerId: string;
            printerName: string;
            process: components["schemas"]["ProcessCategory"];
        };
        /** @description A printer's data. `apiKey` is write-only: null keeps the stored key, an empty string removes it. */
        PrinterInput: {
            active: null | boolean;
            apiKey: null | string;
            baseUrl: null | string;
            buildVolume: null | components["schemas"]["BuildVolumeDto"];
            controller: null | components["schemas"]["ControllerKind"];
            /** Format: double */
            hourlyRate: null | number | string;
            loadedColour: null | string;
            /** Format: uuid */
            loadedMaterialId: null | string;
            name: null | string;
            process: null | components["schemas"]["ProcessCategory"];
            /** Format: uuid */
            siteId: null | string;
            state: null | components["schemas"]["PrinterState"];
            timeParameters: null | components["schemas"]["PrintTimeParameters"];
        };
        /**
         * @description A printer's state as the platform last saw it.
         * @enum {unknown}
         */
        PrinterState: "Operational" | "Printing" | "Paused" | "Offline" | "Error" | "Maintenance";
        PrinterView: {
            /** Format: uuid */
            amCentreId: string;
            /** Format: uuid */
            currentJobId: null | string;
            currentOrder: null | string;
            /** Format: uuid */
            id: string;
            name: string;
            process: components["schemas"]["ProcessCategory"];
            /** Format: double */
            progress: null | number | string;
            /** Format: int32 */
            queued: number | string;
            /** Format: double */
            queuedHours: number | string;
            state: components["schemas"]["PrinterState"];
        };
        /**
         * @description One part printed on one printer. A dispatch makes a job per part of the order's quantity, spread over the printers
         *     that finish them soonest; each printer prints its queue in order.
         */
        PrintJob: {
            /** Format: uuid */
            amCentreId?: string;
            /** Format: date-time */
            createdAt?: string;
            /**
             * Format: int32
             * @description Which dispatch of the order made it: 1 for the first, 2 after a failure or a failed inspection.
             */
            dispatch?: number | string;
            ended?: boolean;
            /** Format: date-time */
            endedAt?: null | string;
            /**
             * Format: double
             * @description The geometric estimate the quote used, for comparison.
             */
            estimatedSeconds?: null | number | string;
            /** @description The dispatching execution; a re-run of the same execution finds its jobs. */
            executionId?: string;
            failureReason?: null | string;
            /** @description Blob key of the G-code (or build file) sent. */
            fileKey?: null | string;
            /** @description The file name on the controller. */
            fileName?: string;
            fileSha256?: null | string;
            /** Format: uuid */
            id?: string;
            /** Format: uuid */
            materialId?: null | string;
            /**
             * Format: date-time
             * @description When it last changed (stamped at every save).
             */
            modifiedAt?: string;
            /** Format: uuid */
            orderId?: string;
            orderNumber?: string;
            /**
             * Format: int32
             * @description The part's index within the order's quantity, from 1.
             */
            part?: number | string;
            /** Format: uuid */
            printerId?: string;
            /** Format: double */
            progress?: null | number | string;
            /**
             * Format: int64
             * @description Position in its printer's queue (ordering only).
             */
            queuePosition?: number | string;
            /** @description The slicer used (`PrusaSlicer 2.5.0`), or why none was (`not installed`, its error). */
            slicer?: null | string;
            /** Format: double */
            slicerEstimatedSeconds?: null | number | string;
            /** Format: double */
            slicerFilamentGrams?: null | number | string;
            /** Format: date-time */
            startedAt?: null | string;
            status?: components["schemas"]["PrintJobStatus"];
        };
        /**
         * @description Where a print job stands.
         * @enum {unknown}
         */
        PrintJobStatus: "Queued" | "Printing" | "Completed" | "Failed" | "Cancelled";
        /**
         * @description A printer's parameters for the print-time estimator. Each is optional: an unset value takes the estimator's
         *     default for the printer's process (stated in docs/quoting.md). Extrusion settings apply to MEX, recoating to
         *     powder-bed processes, exposure to vat photopolymerization.
         */
        PrintTimeParameters: {
            /**
             * Format: double
             * @description MEX: acceleration, mm/s².
             */
            acceleration?: null | number | string;
            /**
             * Format: double
             * @description VPP: exposure time per layer, s.
             */
            exposureSeconds?: null | number | string;
            /**
             * Format: double
             * @description PBF: hatch spacing, mm.
             */
            hatchSpacing?: null | number | string;
            /**
             * Format: double
             * @description MEX: sparse infill density, percent.
             */
            infillPercent?: null | number | string;
            /**
             * Format: double
             * @description MEX: printing speed of infill, mm/s.
             */
            infillSpeed?: null | number | string;
            /**
             * Format: double
             * @description MEX: extrusion line width, mm.
             */
            lineWidth?: null | number | string;
            /**
             * Format: int32
             * @description MEX: number of perimeters.
             */
            perimeters?: null | number | string;
            /**
             * Format: double
             * @description MEX: printing speed of perimeters, mm/s.
             */
            perimeterSpeed?: null | number | string;
            /**
             * Format: double
             * @description PBF: laser scan speed, mm/s.
             */
            scanSpeed?: null | number | string;
            /**
             * Format: double
             * @description Time spent per layer besides printing it (layer change, recoat, peel), s.
             */
            secondsPerLayer?: null | number | string;
            /**
             * Format: int32
             * @description MEX: solid layers at the top and at the bottom.
             */
            solidLayers?: null | number | string;
            /**
             * Format: double
             * @description MEX: travel speed, mm/s.
             */
            travelSpeed?: null | number | string;
            /**
             * Format: double
             * @description Heat-up and cool-down per job, minutes.
             */
            warmUpMinutes?: null | number | string;
        };
        ProblemDetails: {
            detail?: null | string;
            instance?: null | string;
            /** Format: int32 */
            status?: null | number | string;
            title?: null | string;
            type?: null | string;
        };
        /**
         * @description The seven process categories of ISO/ASTM 52900, with powder bed fusion split by feedstock.
         * @enum {unknown}
         */
        ProcessCategory: "MEX" | "VPP" | "PBF-P" | "PBF-LB/M" | "MJT" | "BJT" | "SHL" | "DED";
        ProtectDesignInput: {
            /** Format: uuid */
            modelId: null | string;
            name: null | string;
            terms: null | components["schemas"]["LicenceInput"];
        };
        ProtectedDesignDto: {
            canonicalSha256: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            licence: components["schemas"]["LicenceKind"];
            licenseeOrganizationIds: string[];
            /** Format: uuid */
            modelId: string;
            name: string;
            /** Format: uuid */
            ownerOrganizationId: string;
            royaltyCurrency: null | string;
            /** Format: double */
            royaltyPerPart: null | number | string;
        };
        QuantityDiscountDto: {
            /** Format: double */
            discountPercent: number | string;
            /** Format: int32 */
            minQuantity: number | string;
        };
        QuoteDto: {
            /** Format: uuid */
            amCentreId: string;
            amCentreName: string;
            currency: string;
            estimate: components["schemas"]["JsonElement"];
            failureReason: null | string;
            /** Format: uuid */
            id: string;
            /** Format: int32 */
            leadTimeDays: number | string;
            lines: components["schemas"]["QuoteLineDto"][];
            /** Format: uuid */
            materialId: null | string;
            /** Format: uuid */
            printerId: null | string;
            status: components["schemas"]["QuoteStatus"];
            /** Format: double */
            total: number | string;
            /** Format: date-time */
            validUntil: string;
        };
        QuoteLineDto: {
            /** Format: double */
            amount: number | string;
            description: string;
            kind: components["schemas"]["QuoteLineKind"];
            /** Format: double */
            quantity: number | string;
            /** Format: double */
            unitPrice: number | string;
        };
        /**
         * @description What a quote line prices.
         * @enum {unknown}
         */
        QuoteLineKind: "Material" | "MachineTime" | "Setup" | "PostProcessing" | "Royalty" | "Discount" | "Margin" | "Other";
        /** @enum {unknown} */
        QuoteStatus: "Offered" | "Accepted" | "Rejected" | "Expired" | "Failed";
        RefreshRequest: {
            refreshToken: null | string;
        };
        ReplayInput: {
            /** Format: uuid */
            connectorId: null | string;
        };
        ReplayRangeInput: {
            /** Format: uuid */
            connectorId: null | string;
            /** Format: date-time */
            from: null | string;
            orderNumber: null | string;
            /** Format: date-time */
            to: null | string;
            type: null | string;
        };
        /** @description How much a replay made due again. */
        ReplayResult: {
            /** Format: int32 */
            deliveries: number | string;
            /** Format: int32 */
            events: number | string;
        };
        RequirementDto: {
            acceptableImperfections: null | string;
            buildOrientation: null | string;
            certificateLevel: components["schemas"]["CertificateLevel"];
            colour: null | string;
            /** Format: date-time */
            createdAt: string;
            criticalDimensions: components["schemas"]["CriticalDimensionDto"][];
            deliveryAddress: null | components["schemas"]["AddressDto"];
            /** Format: date */
            dueDate: null | string;
            generalTolerance: components["schemas"]["GeneralTolerance"];
            /** Format: uuid */
            id: string;
            inspectionMethod: null | string;
            material: null | string;
            /** Format: uuid */
            modelId: null | string;
            notes: null | string;
            /** Format: uuid */
            organizationId: string;
            packaging: null | string;
            postProcessing: components["schemas"]["PostProcessingKind"][];
            process: null | components["schemas"]["ProcessCategory"];
            /** Format: int32 */
            quantity: number | string;
            status: components["schemas"]["RequirementStatus"];
            /** Format: date-time */
            submittedAt: null | string;
            surfaceFinish: null | string;
            title: string;
            units: components["schemas"]["LengthUnit"];
            /** Format: date-time */
            updatedAt: string;
        };
        /**
         * @description A purchase requirement after ISO/ASTM 52901. Every field may be left out while it is a draft; submitting checks
         *     that what an order needs is there.
         */
        RequirementInput: {
            acceptableImperfections: null | string;
            buildOrientation: null | string;
            certificateLevel: null | components["schemas"]["CertificateLevel"];
            colour: null | string;
            criticalDimensions: null | components["schemas"]["CriticalDimensionDto"][];
            deliveryAddress: null | components["schemas"]["AddressDto"];
            /** Format: date */
            dueDate: null | string;
            generalTolerance: null | components["schemas"]["GeneralTolerance"];
            inspectionMethod: null | string;
            material: null | string;
            /** Format: uuid */
            modelId: null | string;
            notes: null | string;
            packaging: null | string;
            postProcessing: null | components["schemas"]["PostProcessingKind"][];
            process: null | components["schemas"]["ProcessCategory"];
            /** Format: int32 */
            quantity: null | number | string;
            surfaceFinish: null | string;
            title: null | string;
            units: null | components["schemas"]["LengthUnit"];
        };
        /**
         * @description Where a requirement stands.
         * @enum {unknown}
         */
        RequirementStatus: "Draft" | "Submitted";
        /** @description A bookmark a stimulus resumed. */
        ResumedBookmark: {
            /** @description Bookmark id. */
            bookmarkId: string;
            /** @description Instance id. */
            instanceId: string;
            /** @description Instance status after the run. */
            status: components["schemas"]["WorkflowStatus"];
        };
        ResumeRequest: {
            payload: null | components["schemas"]["JsonObject"];
            token: null | string;
        };
        ResumeResponse: {
            instanceId: string;
            status: components["schemas"]["WorkflowStatus"];
        };
        ReviewDecisionInput: {
            clear: null | boolean;
            note: null | string;
        };
        RolesInput: {
            roles: null | string[];
        };
        /** @description A new secret for a connector; the previous one keeps signing for the window (hours, 0 to 720; default the configured window). */
        RotateSecretInput: {
            /** Format: int32 */
            previousValidForHours: null | number | string;
            secret: null | string;
        };
        RunResponse: {
            bookmarkIds: string[];
            /** Format: int32 */
            incidentCount: number | string;
            instanceId: string;
            output: components["schemas"]["JsonObject"];
            status: components["schemas"]["WorkflowStatus"];
        };
        /** @description A sample part for trying a formula: its measures as a formula sees them (cm³, cm², hours, mm). */
        SamplePartInput: {
            /** Format: double */
            area: null | number | string;
            /** Format: double */
            machineHours: null | number | string;
            /** Format: int32 */
            quantity: null | number | string;
            /** Format: double */
            supportVolume: null | number | string;
            /** Format: double */
            volume: null | number | string;
            /** Format: double */
            x: null | number | string;
            /** Format: double */
            y: null | number | string;
            /** Format: double */
            z: null | number | string;
        };
        SchemaLink: {
            type: string;
            url: string;
            version: string;
        };
        ShipmentInput: {
            carrier: null | string;
            /** Format: int32 */
            packages: null | number | string;
            trackingNumber: null | string;
        };
        SiteDto: {
            address: components["schemas"]["AddressDto"];
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: uuid */
            organizationId: string;
        };
        SiteInput: {
            address: null | components["schemas"]["AddressDto"];
            name: null | string;
        };
        SizeDto: {
            /** Format: double */
            x: number | string;
            /** Format: double */
            y: number | string;
            /** Format: double */
            z: number | string;
        };
        /** @description Source end of a connection. */
        SourceEndpoint: {
            /** @description Source activity id. */
            activity?: string;
            /** @description Outcome (port) name. Default `Done`. */
            outcome?: string;
        };
        StatusChangeDto: {
            actor: string;
            /** Format: date-time */
            at: string;
            from: null | components["schemas"]["OrderStatus"];
            reason: null | string;
            to: components["schemas"]["OrderStatus"];
        };
        StimulusRequest: {
            correlationId: null | string;
            discriminator: null | components["schemas"]["JsonNode"];
            name: null | string;
            payload: null | components["schemas"]["JsonObject"];
        };
        StimulusResponse: {
            message: string;
            resumed: components["schemas"]["ResumedBookmark"][];
        };
        /** @description Target end of a connection. */
        TargetEndpoint: {
            /** @description Target activity id. */
            activity?: string;
        };
        /**
         * @description One UTC day of production: print jobs that ended that day (throughput), orders shipped that day and whether they
         *     left on or before the customer's due date (on time; orders without a due date are neither), and how much of the
         *     day the printers printed (utilisation: printing hours over active printers × hours of the day gone by).
         */
        TrendDay: {
            /** Format: date */
            day: string;
            /** Format: int32 */
            jobsCompleted: number | string;
            /** Format: int32 */
            jobsFailed: number | string;
            /** Format: int32 */
            ordersShipped: number | string;
            /** Format: double */
            printingHours: number | string;
            /** Format: int32 */
            shippedLate: number | string;
            /** Format: int32 */
            shippedOnTime: number | string;
            /** Format: double */
            utilisation: number | string;
        };
        UnitsInput: {
            units: null | components["schemas"]["LengthUnit"];
        };
        /** @description The answer to an upload: the analysed model, and whether the organization had the same file already. */
        UploadedModelDto: {
            check: components["schemas"]["JsonElement"];
            duplicate: boolean;
            model: components["schemas"]["ModelDto"];
            printers: components["schemas"]["PrinterFitDto"][];
        };
        /** @description A problem that prevents publishing a definition. */
        ValidationError: {
            /** @description The activity concerned, if any. */
            activityId?: null | string;
            /** @description Stable code, e.g. `UnknownActivityType`. */
            code: string;
            /** @description The input concerned, if any. */
            inputName?: null | string;
            /** @description Human-readable message. */
            message: string;
        };
        ValidationResult: {
            errors: components["schemas"]["ValidationError"][];
            valid: boolean;
        };
        /** @description A workflow variable: name, type name and default value. */
        VariableDefinition: {
            default?: null | components["schemas"]["JsonNode"];
            /** @description Variable name. */
            name?: string;
            /** @description Type name, informative for the designer (e.g. `string`, `number`, `object`). */
            type?: null | string;
        };
        /**
         * @description One version of a workflow definition, in its canonical JSON shape. Properties the engine does not
         *     know are kept in Dictionary&lt;string, JsonElement&gt;? WorkflowDefinition.Extra so that a round trip through the engine loses nothing.
         */
        WorkflowDefinition: {
            /** @description Stable identifier shared by all versions of the definition. */
            definitionId?: string;
            /** @description Optional description. */
            description?: null | string;
            /** @description Identifier of this version; instances are pinned to it. */
            id?: string;
            /** @description Declared inputs of the workflow, visible to expressions as `input.name`. */
            inputs?: null | components["schemas"]["ParameterDefinition"][];
            /** @description Whether this is the newest version of the definition. */
            isLatest?: boolean;
            /** @description Whether this is the (single) published version of the definition. */
            isPublished?: boolean;
            /** @description Human-readable name. */
            name?: string;
            options?: null | components["schemas"]["WorkflowOptions"];
            /** @description Declared outputs; at completion each takes the value of the variable of the same name. */
            outputs?: null | components["schemas"]["ParameterDefinition"][];
            /** @description The root flowchart. */
            root?: components["schemas"]["Flowchart"];
            /** @description Workflow variables, visible to expressions as `variables.name`. */
            variables?: null | components["schemas"]["VariableDefinition"][];
            /**
             * Format: int32
             * @description Version number, 1, 2, ...
             */
            version?: number | string;
        };
        /** @description Per-definition run-time options. */
        WorkflowOptions: {
            commitStrategy?: null | components["schemas"]["CommitStrategy"];
            executionBudget?: null | components["schemas"]["ExecutionBudget"];
            incidentStrategy?: null | components["schemas"]["IncidentStrategy"];
        };
        /**
         * @description Status of a workflow instance.
         * @enum {unknown}
         */
        WorkflowStatus: "Running" | "Suspended" | "Finished" | "Faulted" | "Cancelled";
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getActivityDescriptors: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Category"][];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    postAuthLogin: {
        parameters: {
            query?: {
                useCookies?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessTokenResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    postAuthLogout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getAuthMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CurrentUser"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    postAuthRefresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessTokenResponse"];
                };
            };
            /** @description The request is malformed or a value is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    postCarrierCallbacksByTrackingNumberDelivered: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                trackingNumber: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getCatalogMaterials: {
        parameters: {
            query?: {
                process?: components["schemas"]["ProcessCategory"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfferedMaterialDto"][];
                };
            };
            /** @description The request is malformed or a value is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getCertificatesVerifyByCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateVerification"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getCopyrightReviews: {
        parameters: {
            query?: {
                /** @description The page to read, from 1. */
                page?: number;
                /** @description How many items a page holds. */
                pageSize?: number;
                status?: components["schemas"]["CopyrightReviewStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageOfCopyrightReviewDto"];
                };
            };
            /** @description The request is malformed or a value is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    postCopyrightReviewsByReviewIdDecision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewDecisionInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderDecision"];
                };
            };
            /** @description The request is malformed or a value is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getCopyrightReviewsByReviewIdModelsByWhichFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
                which: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getDesignRequests: {
        parameters: {
            query?: {
                /** @description The page to read, from 1. */
                page?: number;
                /** @description How many items a page holds. */
                pageSize?: number;
                status?: components["schemas"]["DesignRequestStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageOfDesignRequestDto"];
                };
            };
            /** @description The request is malformed or a value is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getDesignRequestsByDesignRequestId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                designRequestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DesignRequestDto"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    postDesignRequestsByDesignRequestIdAccept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                designRequestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptVersionInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DesignRequestDto"];
                };
            };
            /** @description The request is malformed or a value is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    postDesignRequestsByDesignRequestIdCancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                designRequestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DesignRequestDto"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    postDesignRequestsByDesignRequestIdTake: {
        parameters: {
            query?: {
                organizationId?: string;
            };
            header?: never;
            path: {
                designRequestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DesignRequestDto"];
                };
            };
            /** @description The request is malformed or a value is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    postDesignRequestsByDesignRequestIdVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                designRequestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["IFormFile"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadedModelDto"];
                };
            };
            /** @description The request is malformed or a value is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    postErpOrders: {
        parameters: {
            query?: {
                organizationId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequirementInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a value is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getErpOrdersByOrderNumber: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orderNumber: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderDto"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    postErpOrdersByOrderNumberConfirmations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orderNumber: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ErpConfirmationInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a value is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    postErpOrdersUpload: {
        parameters: {
            query?: {
                organizationId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["IFormFile"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderDto"];
                };
            };
            /** @description The request is malformed or a value is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getInspections: {
        parameters: {
            query?: {
                /** @description The page to read, from 1. */
                page?: number;
                /** @description How many items a page holds. */
                pageSize?: number;
                status?: components["schemas"]["InspectionStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageOfInspectionDto"];
                };
            };
            /** @description The request is malformed or a value is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getIntegrationEvents: {
        parameters: {
            query?: {
                from?: string;
                orderNumber?: string;
                /** @description The page to read, from 1. */
                page?: number;
                /** @description How many items a page holds. */
                pageSize?: number;
                status?: components["schemas"]["DeliveryStatus"];
                to?: string;
                type?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageOfEventDto"];
                };
            };
            /** @description The request is malformed or a value is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    postIntegrationEventsByEventIdReplay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": null | components["schemas"]["ReplayInput"];
            };
        };
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReplayResult"];
                };
            };
            /** @description The request is malformed or a value is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getIntegrationEventsDeadLetters: {
        parameters: {
            query?: {
                connectorId?: string;
                /** @description The page to read, from 1. */
                page?: number;
                /** @description How many items a page holds. */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageOfDeadLetterDto"];
                };
            };
            /** @description The request is malformed or a value is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    postIntegrationEventsReplay: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReplayRangeInput"];
            };
        };
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReplayResult"];
                };
            };
            /** @description The request is malformed or a value is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getIntegrationSchemas: {
        parameters: {
            query?: {
                version?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchemaLink"][];
                };
            };
            /** @description The request is malformed or a value is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getIntegrationSchemasByTypeByVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                type: string;
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    postInvitationsAccept: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptInvitationInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptedInvitationDto"];
                };
            };
            /** @description The request is malformed or a value is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getMaterialsByMaterialId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                materialId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaterialDto"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    putMaterialsByMaterialId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                materialId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MaterialInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaterialDto"];
                };
            };
            /** @description The request is malformed or a value is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    deleteMaterialsByMaterialId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                materialId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getModels: {
        parameters: {
            query?: {
                organizationId?: string;
                /** @description The page to read, from 1. */
                page?: number;
                /** @description How many items a page holds. */
                pageSize?: number;
                search?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageOfModelDto"];
                };
            };
            /** @description The request is malformed or a value is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    postModels: {
        parameters: {
            query?: {
                organizationId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["IFormFile"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadedModelDto"];
                };
            };
            /** @description The request is malformed or a value is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getModelsByModelId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                modelId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelDetailDto"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getModelsByModelIdDefects: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                modelId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getModelsByModelIdFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                modelId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getModelsByModelIdMesh: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                modelId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getModelsByModelIdVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                modelId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelDto"][];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getOperations: {
        parameters: {
            query?: {
                days?: number | string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperationsView"];
                };
            };
            /** @description The request is malformed or a value is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getOperationsTrends: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperationsTrends"];
                };
            };
            /** @description The request is malformed or a value is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getOrders: {
        parameters: {
            query?: {
                /** @description The page to read, from 1. */
                page?: number;
                /** @description How many items a page holds. */
                pageSize?: number;
                status?: components["schemas"]["OrderStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageOfOrderSummaryDto"];
                };
            };
            /** @description The request is malformed or a value is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getOrdersByOrderNumber: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orderNumber: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderDto"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    postOrdersByOrderNumberCancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orderNumber: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": null | components["schemas"]["CancelInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderDto"];
                };
            };
            /** @description The request is malformed or a value is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getOrdersByOrderNumberCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orderNumber: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    postOrdersByOrderNumberDelivered: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orderNumber: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    postOrdersByOrderNumberInspection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orderNumber: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InspectionInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a value is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getOrdersByOrderNumberInspections: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orderNumber: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionDto"][];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    postOrdersByOrderNumberQuotesByQuoteIdAccept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orderNumber: string;
                quoteId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    postOrdersByOrderNumberReject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orderNumber: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    postOrdersByOrderNumberResubmit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orderNumber: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    postOrdersByOrderNumberShipment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orderNumber: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ShipmentInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a value is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getOrdersByOrderNumberTrace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orderNumber: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderTrace"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    postOrdersByOrderNumberUnits: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orderNumber: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UnitsInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a value is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getOrdersExportXlsx: {
        parameters: {
            query?: {
                amCentreId?: string;
                customerId?: string;
                from?: string;
                status?: components["schemas"]["OrderStatus"];
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a value is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getOrganizations: {
        parameters: {
            query?: {
                kind?: components["schemas"]["OrganizationKind"];
                /** @description The page to read, from 1. */
                page?: number;
                /** @description How many items a page holds. */
                pageSize?: number;
                search?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageOfOrganizationDto"];
                };
            };
            /** @description The request is malformed or a value is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    postOrganizations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrganizationInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDto"];
                };
            };
            /** @description The request is malformed or a value is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getOrganizationsByOrganizationId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organizationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDto"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    putOrganizationsByOrganizationId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organizationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrganizationInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDto"];
                };
            };
            /** @description The request is malformed or a value is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getOrganizationsByOrganizationIdConnectors: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organizationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectorDto"][];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    postOrganizationsByOrganizationIdConnectors: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organizationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConnectorInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectorWithSecret"];
                };
            };
            /** @description The request is malformed or a value is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getOrganizationsByOrganizationIdConnectorsByConnectorId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                connectorId: string;
                organizationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectorDto"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    putOrganizationsByOrganizationIdConnectorsByConnectorId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                connectorId: string;
                organizationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConnectorInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectorDto"];
                };
            };
            /** @description The request is malformed or a value is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    deleteOrganizationsByOrganizationIdConnectorsByConnectorId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                connectorId: string;
                organizationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    postOrganizationsByOrganizationIdConnectorsByConnectorIdRotateSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                connectorId: string;
                organizationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RotateSecretInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectorWithSecret"];
                };
            };
            /** @description The request is malformed or a value is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    postOrganizationsByOrganizationIdConnectorsByConnectorIdTest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                connectorId: string;
                organizationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectorTestResult"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getOrganizationsByOrganizationIdInvitations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organizationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationDto"][];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    postOrganizationsByOrganizationIdInvitations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organizationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvitationInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedInvitationDto"];
                };
            };
            /** @description The request is malformed or a value is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getOrganizationsByOrganizationIdMachineClients: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organizationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MachineClientDto"][];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    postOrganizationsByOrganizationIdMachineClients: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organizationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MachineClientInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MachineClientWithSecret"];
                };
            };
            /** @description The request is malformed or a value is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    deleteOrganizationsByOrganizationIdMachineClientsByMachineClientId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                machineClientId: string;
                organizationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    postOrganizationsByOrganizationIdMachineClientsByMachineClientIdRotateSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                machineClientId: string;
                organizationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MachineClientWithSecret"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getOrganizationsByOrganizationIdMaterials: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organizationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaterialDto"][];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    postOrganizationsByOrganizationIdMaterials: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organizationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MaterialInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaterialDto"];
                };
            };
            /** @description The request is malformed or a value is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getOrganizationsByOrganizationIdMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organizationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberDto"][];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    putOrganizationsByOrganizationIdMembersByPersonId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organizationId: string;
                personId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RolesInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberDto"];
                };
            };
            /** @description The request is malformed or a value is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    deleteOrganizationsByOrganizationIdMembersByPersonId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organizationId: string;
                personId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getOrganizationsByOrganizationIdPriceLists: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organizationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PriceListDto"][];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    postOrganizationsByOrganizationIdPriceLists: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organizationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PriceListInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PriceListDto"];
                };
            };
            /** @description The request is malformed or a value is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getOrganizationsByOrganizationIdPrinters: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organizationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrinterDto"][];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    postOrganizationsByOrganizationIdPrinters: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organizationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PrinterInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrinterDto"];
                };
            };
            /** @description The request is malformed or a value is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getOrganizationsByOrganizationIdSites: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organizationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteDto"][];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    postOrganizationsByOrganizationIdSites: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organizationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SiteInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteDto"];
                };
            };
            /** @description The request is malformed or a value is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getPeople: {
        parameters: {
            query?: {
                /** @description The page to read, from 1. */
                page?: number;
                /** @description How many items a page holds. */
                pageSize?: number;
                search?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageOfPersonDto"];
                };
            };
            /** @description The request is malformed or a value is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getPeopleByPersonId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                personId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonDto"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getPriceListsByPriceListId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                priceListId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PriceListDto"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    putPriceListsByPriceListId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                priceListId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PriceListInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PriceListDto"];
                };
            };
            /** @description The request is malformed or a value is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    deletePriceListsByPriceListId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                priceListId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    postPriceListsByPriceListIdTry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                priceListId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PricingTryInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PricingTryDto"];
                };
            };
            /** @description The request is malformed or a value is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getPrintJobs: {
        parameters: {
            query?: {
                /** @description The page to read, from 1. */
                page?: number;
                /** @description How many items a page holds. */
                pageSize?: number;
                printerId?: string;
                status?: components["schemas"]["PrintJobStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageOfPrintJob"];
                };
            };
            /** @description The request is malformed or a value is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getPrintersByPrinterId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                printerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrinterDto"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    putPrintersByPrinterId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                printerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PrinterInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrinterDto"];
                };
            };
            /** @description The request is malformed or a value is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    deletePrintersByPrinterId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                printerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getProtectedDesigns: {
        parameters: {
            query?: {
                /** @description The page to read, from 1. */
                page?: number;
                /** @description How many items a page holds. */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageOfProtectedDesignDto"];
                };
            };
            /** @description The request is malformed or a value is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    postProtectedDesigns: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProtectDesignInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProtectedDesignDto"];
                };
            };
            /** @description The request is malformed or a value is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getProtectedDesignsByProtectedDesignId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                protectedDesignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProtectedDesignDto"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    deleteProtectedDesignsByProtectedDesignId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                protectedDesignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    putProtectedDesignsByProtectedDesignIdLicence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                protectedDesignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LicenceInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProtectedDesignDto"];
                };
            };
            /** @description The request is malformed or a value is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getRequirements: {
        parameters: {
            query?: {
                /** @description The page to read, from 1. */
                page?: number;
                /** @description How many items a page holds. */
                pageSize?: number;
                status?: components["schemas"]["RequirementStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageOfRequirementDto"];
                };
            };
            /** @description The request is malformed or a value is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    postRequirements: {
        parameters: {
            query?: {
                organizationId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequirementInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequirementDto"];
                };
            };
            /** @description The request is malformed or a value is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getRequirementsByRequirementId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                requirementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequirementDto"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    putRequirementsByRequirementId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                requirementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequirementInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequirementDto"];
                };
            };
            /** @description The request is malformed or a value is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    deleteRequirementsByRequirementId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                requirementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    postRequirementsByRequirementIdDesignRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                requirementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DesignRequestInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DesignRequestDto"];
                };
            };
            /** @description The request is malformed or a value is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    postRequirementsByRequirementIdSubmit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                requirementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderDto"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getSitesBySiteId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                siteId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteDto"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    putSitesBySiteId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                siteId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SiteInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteDto"];
                };
            };
            /** @description The request is malformed or a value is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    deleteSitesBySiteId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                siteId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    postStimuli: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StimulusRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StimulusResponse"];
                };
            };
            /** @description The request is malformed or a value is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    postStimuliResume: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResumeRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResumeResponse"];
                };
            };
            /** @description The request is malformed or a value is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getWorkflowDefinitions: {
        parameters: {
            query?: {
                /** @description The page to read, from 1. */
                page?: number;
                /** @description How many items a page holds. */
                pageSize?: number;
                search?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagedOfDefinitionSummary"];
                };
            };
            /** @description The request is malformed or a value is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    postWorkflowDefinitions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkflowDefinition"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowDefinition"];
                };
            };
            /** @description The request is malformed or a value is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getWorkflowDefinitionsByDefinitionId: {
        parameters: {
            query?: {
                version?: string;
            };
            header?: never;
            path: {
                definitionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowDefinition"];
                };
            };
            /** @description The request is malformed or a value is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    postWorkflowDefinitionsByDefinitionIdExecute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                definitionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExecuteRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunResponse"];
                };
            };
            /** @description The request is malformed or a value is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getWorkflowDefinitionsByDefinitionIdExport: {
        parameters: {
            query?: {
                version?: string;
            };
            header?: never;
            path: {
                definitionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowDefinition"];
                };
            };
            /** @description The request is malformed or a value is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    postWorkflowDefinitionsByDefinitionIdPublish: {
        parameters: {
            query?: {
                version?: number | string;
            };
            header?: never;
            path: {
                definitionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowDefinition"];
                };
            };
            /** @description The request is malformed or a value is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    postWorkflowDefinitionsByDefinitionIdRetract: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                definitionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    postWorkflowDefinitionsByDefinitionIdRevertByVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                definitionId: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowDefinition"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getWorkflowDefinitionsByDefinitionIdVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                definitionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DefinitionSummary"][];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    deleteWorkflowDefinitionsByDefinitionIdVersionsByVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                definitionId: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    postWorkflowDefinitionsImport: {
        parameters: {
            query?: {
                publish?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkflowDefinition"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowDefinition"];
                };
            };
            /** @description The request is malformed or a value is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    postWorkflowDefinitionsValidate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkflowDefinition"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationResult"];
                };
            };
            /** @description The request is malformed or a value is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getWorkflowInstances: {
        parameters: {
            query?: {
                correlationId?: string;
                definitionId?: string;
                from?: string;
                /** @description The page to read, from 1. */
                page?: number;
                /** @description How many items a page holds. */
                pageSize?: number;
                status?: components["schemas"]["WorkflowStatus"];
                to?: string;
                version?: number | string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstancePage"];
                };
            };
            /** @description The request is malformed or a value is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getWorkflowInstancesByInstanceId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                instanceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstanceDetails"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    deleteWorkflowInstancesByInstanceId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                instanceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    postWorkflowInstancesByInstanceIdCancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                instanceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunResponse"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getWorkflowInstancesByInstanceIdDefinition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                instanceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstanceDefinition"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getWorkflowInstancesByInstanceIdJournal: {
        parameters: {
            query?: {
                cursor?: string;
                /** @description How many items a page holds. */
                pageSize?: number;
            };
            header?: never;
            path: {
                instanceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JournalPageView"];
                };
            };
            /** @description The request is malformed or a value is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getWorkflowInstancesByInstanceIdPath: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                instanceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstancePath"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    postWorkflowInstancesByInstanceIdRetry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                instanceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunResponse"];
                };
            };
            /** @description No valid credentials: sign in (a bearer token or the session cookie). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Signed in, without a role this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getWorkflowsByPath: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                path: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    putWorkflowsByPath: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                path: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    postWorkflowsByPath: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                path: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    deleteWorkflowsByPath: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                path: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    patchWorkflowsByPath: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                path: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Nothing by that name or id (or not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unexpected error; the server's log has its trace id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
}
