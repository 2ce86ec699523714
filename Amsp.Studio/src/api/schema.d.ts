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
        get: {
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
            };
        };
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
        post: {
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
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                    };
                };
            };
        };
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
        post: {
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
            };
        };
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
        /** The signed-in user and their roles */
        get: {
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
            };
        };
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
        post: {
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
                    content?: never;
                };
            };
        };
        delete?: never;
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
        post: {
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
            };
        };
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
        post: {
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
            };
        };
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
        /** The latest version of every definition, by name, paged */
        get: {
            parameters: {
                query?: {
                    page?: number | string;
                    pageSize?: number | string;
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
            };
        };
        put?: never;
        /** Save a draft; editing a published version creates the next version; with If-Match, 409 when the latest version changed */
        post: {
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
            };
        };
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
        get: {
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
            };
        };
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
        /** Start an instance of the published version; answers once it has finished or suspended */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    definitionId: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": null | components["schemas"]["ExecuteRequest"];
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
            };
        };
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
        get: {
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
            };
        };
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
        post: {
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
            };
        };
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
        post: {
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
            };
        };
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
        post: {
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
            };
        };
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
        get: {
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
            };
        };
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
        delete: {
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
            };
        };
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
        post: {
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
            };
        };
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
        post: {
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
            };
        };
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
        /** Instances, newest first, a page at a time, filtered by definition, version, status, correlation id or creation time ([from, to)) */
        get: {
            parameters: {
                query?: {
                    correlationId?: string;
                    definitionId?: string;
                    from?: string;
                    page?: number | string;
                    pageSize?: number | string;
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
            };
        };
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
        /** One instance with its variables, pending bookmarks, incidents and journal */
        get: {
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
            };
        };
        put?: never;
        post?: never;
        /** Delete a finished, faulted or cancelled instance with its bookmarks, journal and incidents */
        delete: {
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
            };
        };
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
        post: {
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
            };
        };
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
        get: {
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
            };
        };
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
        get: {
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
            };
        };
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
        post: {
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
            };
        };
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
        get: {
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
            };
        };
        /** Starts the workflow whose published HttpEndpoint serves this route */
        put: {
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
            };
        };
        /** Starts the workflow whose published HttpEndpoint serves this route */
        post: {
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
            };
        };
        /** Starts the workflow whose published HttpEndpoint serves this route */
        delete: {
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
            };
        };
        options?: never;
        head?: never;
        /** Starts the workflow whose published HttpEndpoint serves this route */
        patch: {
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
            };
        };
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
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
        Category: {
            activities: components["schemas"]["ActivityDescriptor"][];
            name: string;
        };
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
        CurrentUser: {
            displayName: null | string;
            email: null | string;
            id: string;
            roles: string[];
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
        ExecuteRequest: {
            correlationId: null | string;
            input: null | components["schemas"]["JsonObject"];
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
        InstanceDefinition: {
            activityTypes: components["schemas"]["ActivityDescriptor"][];
            definition: components["schemas"]["WorkflowDefinition"];
        };
        InstanceDetails: {
            bookmarks: components["schemas"]["BookmarkView"][];
            incidents: components["schemas"]["Incident"][];
            input: components["schemas"]["JsonObject"];
            instance: components["schemas"]["InstanceSummary"];
            journal: components["schemas"]["JournalEntry"][];
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
            status: components["schemas"]["WorkflowStatus"];
            /** Format: date-time */
            updatedAt: string;
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
        JournalEventType: "WorkflowStarted" | "Scheduled" | "Started" | "Completed" | "Faulted" | "Suspended" | "Resumed" | "Logged" | "Cancelled" | "WorkflowFinished" | "WorkflowFaulted" | "WorkflowCancelled";
        JsonNode: unknown;
        JsonObject: Record<string, never>;
        LoginRequest: {
            email: null | string;
            password: null | string;
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
        RefreshRequest: {
            refreshToken: null | string;
        };
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
        RunResponse: {
            bookmarkIds: string[];
            /** Format: int32 */
            incidentCount: number | string;
            instanceId: string;
            output: components["schemas"]["JsonObject"];
            status: components["schemas"]["WorkflowStatus"];
        };
        /** @description Source end of a connection. */
        SourceEndpoint: {
            /** @description Source activity id. */
            activity?: string;
            /** @description Outcome (port) name. Default `Done`. */
            outcome?: string;
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
export type operations = Record<string, never>;
