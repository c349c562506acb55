// Generated from schemas/openapi.json by `npm run generate:client`. Do not edit.
// `npm run check:client` (part of ./dev test) fails when this file is stale.

export interface paths {
    "/api/v1/amendments/{amendment_id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept Amendment
         * @description Make the amendment the section's new version, merged when its base moved (the chair).
         */
        post: operations["accept_amendment_api_v1_amendments__amendment_id__accept_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/amendments/{amendment_id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject Amendment
         * @description Turn the amendment down with a `reason` (the chair or the secretariat).
         */
        post: operations["reject_amendment_api_v1_amendments__amendment_id__reject_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/amendments/{amendment_id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw Amendment
         * @description Take your own amendment off the table.
         */
        post: operations["withdraw_amendment_api_v1_amendments__amendment_id__withdraw_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Audit Events
         * @description Audit events, newest first, filtered by action, object, actor and time.
         */
        get: operations["list_audit_events_api_v1_audit_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept Invitation
         * @description Set a password from a one-time invitation link, and sign in.
         */
        post: operations["accept_invitation_api_v1_auth_invitations_accept_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/invitations/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show Invitation
         * @description Who an invitation link is for, so the page can greet them.
         */
        get: operations["show_invitation_api_v1_auth_invitations__token__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Login
         * @description Sign in with email and password; sets an HttpOnly session cookie (a new id every time).
         */
        post: operations["login_api_v1_auth_login_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Logout
         * @description End the browser session on the server and clear its cookie (from our own pages only:
         *     another site must not sign people out).
         */
        post: operations["logout_api_v1_auth_logout_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Me
         * @description The person the request acts as.
         */
        get: operations["me_api_v1_auth_me_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/{provider}/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Oidc Callback
         * @description The provider's answer: check it, match the person, open a session.
         */
        get: operations["oidc_callback_api_v1_auth_oidc__provider__callback_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/{provider}/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Oidc Login
         * @description Go to the provider to sign in; `invitation` binds a first sign-in, `next` a local path.
         */
        get: operations["oidc_login_api_v1_auth_oidc__provider__login_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Providers
         * @description The OpenID Connect providers one can sign in with (public).
         */
        get: operations["list_providers_api_v1_auth_providers_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Tokens
         * @description My personal access tokens (never their secrets).
         */
        get: operations["list_tokens_api_v1_auth_tokens_get"];
        put?: never;
        /**
         * Create Token
         * @description A new personal access token; its secret is shown this once and stored only hashed.
         */
        post: operations["create_token_api_v1_auth_tokens_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/tokens/{token_id}": {
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
         * Revoke Token
         * @description Revoke one of my tokens.
         */
        delete: operations["revoke_token_api_v1_auth_tokens__token_id__delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/comments/{comment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit Comment
         * @description Rewrite your own comment; the earlier text is kept in `edits`.
         */
        patch: operations["edit_comment_api_v1_comments__comment_id__patch"];
        trace?: never;
    };
    "/api/v1/comments/{comment_id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resolve Comment
         * @description Resolve a thread, or reopen it with `{"resolved": false}` (author, chair, secretariat).
         */
        post: operations["resolve_comment_api_v1_comments__comment_id__resolve_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/commitments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Commitments
         * @description The commitments you may see; `delegation_id` for one delegation's pledges.
         */
        get: operations["list_commitments_api_v1_commitments_get"];
        put?: never;
        /**
         * Create Commitment
         * @description Record a commitment (a draft): its pledgers and their shares, currency, period, kind.
         */
        post: operations["create_commitment_api_v1_commitments_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/commitments/totals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Commitment Totals
         * @description Totals per currency, project and delegation over what you may see, and converted.
         */
        get: operations["commitment_totals_api_v1_commitments_totals_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/commitments/{commitment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Commitment
         * @description One commitment you may see.
         */
        get: operations["get_commitment_api_v1_commitments__commitment_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update Commitment
         * @description Change a commitment or move it on: draft → confirmed → announced (secretariat).
         */
        patch: operations["update_commitment_api_v1_commitments__commitment_id__patch"];
        trace?: never;
    };
    "/api/v1/delegations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Delegations
         * @description The delegations taking part (unannounced ones only for the secretariat and themselves).
         */
        get: operations["list_delegations_api_v1_delegations_get"];
        put?: never;
        /**
         * Create Delegation
         * @description Create a delegation, announced or not (secretariat).
         */
        post: operations["create_delegation_api_v1_delegations_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/delegations/{delegation_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Delegation
         * @description A delegation and its members.
         */
        get: operations["get_delegation_api_v1_delegations__delegation_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update Delegation
         * @description Rename a delegation or announce it (`{"announced": true}`; secretariat).
         */
        patch: operations["update_delegation_api_v1_delegations__delegation_id__patch"];
        trace?: never;
    };
    "/api/v1/delegations/{delegation_id}/approvers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Approvers
         * @description The delegation's delegates and whether each may set its positions (its members or the
         *     secretariat; the head always may).
         */
        get: operations["list_approvers_api_v1_delegations__delegation_id__approvers_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/delegations/{delegation_id}/approvers/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Allow Approver
         * @description Allow a delegate to set the delegation's positions (its head or the secretariat).
         */
        put: operations["allow_approver_api_v1_delegations__delegation_id__approvers__user_id__put"];
        post?: never;
        /**
         * Disallow Approver
         * @description Stop a delegate from setting the delegation's positions (its head or the secretariat).
         */
        delete: operations["disallow_approver_api_v1_delegations__delegation_id__approvers__user_id__delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/delegations/{delegation_id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add Delegation Member
         * @description Place a person in a delegation, as its head or a delegate (secretariat).
         */
        post: operations["add_delegation_member_api_v1_delegations__delegation_id__members_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Documents
         * @description List the documents the caller may read, each with its progress towards adoption.
         */
        get: operations["list_documents_api_v1_documents_get"];
        put?: never;
        /**
         * Create Document
         * @description Create a document in drafting, with the delegations whose approval it needs.
         */
        post: operations["create_document_api_v1_documents_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import Draft
         * @description Import a draft from Word or Markdown as a new document (the secretariat or a chair).
         */
        post: operations["import_draft_api_v1_documents_import_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{document_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Document
         * @description The whole document: sections in order with their current versions and brackets.
         */
        get: operations["get_document_api_v1_documents__document_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update Document
         * @description Rename a document or change its kind (while drafting; the chair or the secretariat).
         */
        patch: operations["update_document_api_v1_documents__document_id__patch"];
        trace?: never;
    };
    "/api/v1/documents/{document_id}/adopt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Adopt
         * @description Adopt the text when every party agrees and no brackets remain (the secretariat).
         */
        post: operations["adopt_api_v1_documents__document_id__adopt_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{document_id}/approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Approval Matrix
         * @description Sections × parties: each party's position, current or stale, and progress to adoption.
         */
        get: operations["approval_matrix_api_v1_documents__document_id__approvals_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{document_id}/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tracked Changes
         * @description What changed since a revision or your last approval, as tracked changes over the text.
         */
        get: operations["tracked_changes_api_v1_documents__document_id__changes_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{document_id}/circulate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Circulate
         * @description Circulate the text as the next Rev.N; editing stops (the chair or the secretariat).
         */
        post: operations["circulate_api_v1_documents__document_id__circulate_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{document_id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Document Comments
         * @description The comments you may see on the negotiating text of the document's live sections, in
         *     reading order (by section, then oldest first), each re-anchored in its section's current
         *     text: every margin of the document page in one request.
         */
        get: operations["list_document_comments_api_v1_documents__document_id__comments_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{document_id}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Document Diff
         * @description Compare two revisions (or a revision and `head`): sections added, removed, moved, changed.
         */
        get: operations["document_diff_api_v1_documents__document_id__diff_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{document_id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Document Events
         * @description Server-sent events (`text/event-stream`) about one document, for as long as the
         *     connection stays open. Same authentication as the API (session cookie or bearer token);
         *     404 when the document does not exist for the caller.
         *
         *     Each event is `event: <name>` and `data: <JSON object>`; events about a committed change also
         *     carry `id: <sealed position>`: an opaque token (the change's place in the server's log, sealed
         *     with AES-SIV: it shows neither order nor how many changes there were). Events are sent only
         *     after the change is committed, and only with what the subscriber may read through the API at
         *     that moment: people of an unannounced delegation are `{"id": null, "name": "Undisclosed
         *     participant"}`, and an event whose very existence would reveal what the subscriber may not see
         *     (an internal comment of another delegation, anything by a delegation it may not know of) is not
         *     sent at all. Fetch the object through the API for its full content.
         *
         *     - `ready` `{document_id, status, heartbeat_seconds, presence_seconds}`: first, on connect.
         *     - `version` `{document_id, section_id, number, base_version, merged, content_hash, author,
         *       delegation}`: a new version (a save or an accepted amendment).
         *     - `section` `{document_id, section_id, action: inserted|moved|updated|retired, kind,
         *       position, actor}`.
         *     - `comment` `{document_id, section_id, language, comment_id, parent_id, action:
         *       created|edited|resolved|reopened, visibility, resolved, author, actor}` (`language` set:
         *       on the section's translation into it).
         *     - `translation` `{document_id, section_id, language, number, source_version, content_hash,
         *       author, delegation}`: a section's translation has a new version.
         *     - `amendment` `{document_id, section_id, amendment_id, action:
         *       proposed|accepted|rejected|withdrawn, status, result_version, proposer, delegation, actor}`.
         *     - `approval` `{document_id, section_id, version, action: set|changed|confirmed|withdrawn,
         *       delegation, decision, withdrawn, actor}`.
         *     - `lifecycle` `{document_id, action: updated|revision_created|circulated|silence_started|
         *       silence_broken|adopted|reopened, status, revision, deadline, via, delegation, actor}`
         *       (`actor` null: the system adopted when silence ran out).
         *     - `presence` `{document_id, people: [{user, delegation, section_id, state:
         *       viewing|editing}]}`: everyone present now whom the subscriber may know of (people of an
         *       unannounced delegation are listed only to the secretariat and to their own delegation);
         *       sent on connect and whenever it changes.
         *     - `end` `{reason: session_expired|not_found|overflow|shutdown}`: the server closes the
         *       stream (the right to read the document is checked with every event, the credential and
         *       memberships about every 15 s). After `overflow` or `shutdown` reconnect and reload; after
         *       the others do not.
         *
         *     A comment line (`: keep-alive`) is sent about every 15 s when nothing else is. `once=true`
         *     sends `ready` and `presence` and closes (a snapshot of who is here).
         *
         *     The first line is `retry: <ms>`: how long to wait before reconnecting should the connection
         *     drop. It is random (3 to 6 s when calm), so that browsers dropped together do not return
         *     together, and grows (up to 60 s) when the same person reconnects often or many streams
         *     opened on the server recently.
         *
         *     Resuming: a reconnection with `Last-Event-ID: <id>` (browsers send the last `id:` they got)
         *     first replays, after `ready`, the changes committed after that one that the subscriber may see
         *     now, then carries on live. When more than 500 changes were missed the stream sends `end`
         *     `{reason: overflow}` instead: reload. So it does for an id that was not sent by this server for
         *     this document (malformed, forged, or from before a change of secret key): no position is known,
         *     so nothing can be replayed.
         */
        get: operations["document_events_api_v1_documents__document_id__events_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{document_id}/export.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export Docx
         * @description The document as a Word file: clean, bracketed (with the approval matrix) or redline.
         */
        get: operations["export_docx_api_v1_documents__document_id__export_docx_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{document_id}/export.html": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export Html
         * @description The document as one standalone, printable, script-free HTML page.
         */
        get: operations["export_html_api_v1_documents__document_id__export_html_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{document_id}/export.md": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export Markdown
         * @description The document as Markdown: numbered paragraphs, statements as footnotes, CriticMarkup.
         */
        get: operations["export_markdown_api_v1_documents__document_id__export_md_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{document_id}/export.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export Pdf
         * @description The document as PDF, the Word file printed (same variants and parameters): numbered
         *     paragraphs, footnotes, header and footer with page numbers, tagged, with title and language.
         *     Slow (seconds): a few at once per server, 503 with Retry-After beyond them.
         */
        get: operations["export_pdf_api_v1_documents__document_id__export_pdf_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{document_id}/languages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Languages
         * @description The language the text is negotiated in, and the others it is published in.
         */
        get: operations["get_languages_api_v1_documents__document_id__languages_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{document_id}/languages/{language}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Put Language
         * @description Publish the document in another language, or change that language's settings
         *     (the secretariat).
         */
        put: operations["put_language_api_v1_documents__document_id__languages__language__put"];
        post?: never;
        /**
         * Delete Language
         * @description Stop publishing in a language that has no translation yet (the secretariat).
         */
        delete: operations["delete_language_api_v1_documents__document_id__languages__language__delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{document_id}/languages/{language}/translators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add Translator
         * @description Name a person translator of the document into the language (the secretariat).
         */
        post: operations["add_translator_api_v1_documents__document_id__languages__language__translators_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{document_id}/languages/{language}/translators/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete Translator */
        delete: operations["delete_translator_api_v1_documents__document_id__languages__language__translators__user_id__delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{document_id}/lifecycle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lifecycle State
         * @description Where the document stands: status, latest revision, silence procedure and adoption.
         */
        get: operations["lifecycle_state_api_v1_documents__document_id__lifecycle_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{document_id}/presence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Announce Presence
         * @description Say that you are viewing or editing the document (or one section); renew within 30 s.
         */
        post: operations["announce_presence_api_v1_documents__document_id__presence_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{document_id}/publication": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Publication
         * @description The text's publication: embargo time, the participants you may know of, its status.
         */
        get: operations["get_publication_api_v1_documents__document_id__publication_get"];
        /**
         * Schedule Publication
         * @description Schedule (or reschedule) the publication of an adopted text at an embargo time, naming
         *     its participants and the commitments announced with it (secretariat).
         */
        put: operations["schedule_publication_api_v1_documents__document_id__publication_put"];
        post?: never;
        /**
         * Cancel Publication
         * @description Call off a scheduled publication (secretariat).
         */
        delete: operations["cancel_publication_api_v1_documents__document_id__publication_delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{document_id}/publication/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm Announcement
         * @description Your delegation agrees to be named, and so announced, at the embargo time (its head).
         */
        post: operations["confirm_announcement_api_v1_documents__document_id__publication_confirm_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{document_id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reopen
         * @description Return a circulated, silenced or adopted document to drafting (the secretariat), with
         *     an optional reason kept in the audit log.
         */
        post: operations["reopen_api_v1_documents__document_id__reopen_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{document_id}/returns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Return Copy
         * @description A delegation's Word copy, edited with Track Changes, as its amendments and comments.
         */
        post: operations["return_copy_api_v1_documents__document_id__returns_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{document_id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Revisions
         * @description The document's revisions, Rev.1 first.
         */
        get: operations["list_revisions_api_v1_documents__document_id__revisions_get"];
        put?: never;
        /**
         * Create Revision
         * @description Snapshot the current text as the next Rev.N (the chair or the secretariat).
         */
        post: operations["create_revision_api_v1_documents__document_id__revisions_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{document_id}/sections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Section
         * @description Add a heading or paragraph after a given section (or first, or at the end).
         */
        post: operations["create_section_api_v1_documents__document_id__sections_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{document_id}/silence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start Silence
         * @description Start a silence procedure on the circulated revision until `deadline` (the secretariat).
         */
        post: operations["start_silence_api_v1_documents__document_id__silence_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{document_id}/silence/break": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Break Silence
         * @description Object to the text under silence (a member of a party): back to `circulated`.
         */
        post: operations["break_silence_api_v1_documents__document_id__silence_break_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{document_id}/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Suggestions
         * @description The open amendments you may see, each as tracked changes over the rendered current text.
         */
        get: operations["list_suggestions_api_v1_documents__document_id__suggestions_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{document_id}/translations/{language}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Document Translations
         * @description Every live section's translation into the language: current, out of date or missing.
         */
        get: operations["get_document_translations_api_v1_documents__document_id__translations__language__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange-rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Rates
         * @description The rates the secretariat entered, with their dates (none is fetched from outside).
         */
        get: operations["list_rates_api_v1_exchange_rates_get"];
        /**
         * Set Rate
         * @description Enter the rate of a currency into a reporting currency on a date (secretariat).
         */
        put: operations["set_rate_api_v1_exchange_rates_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/export/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Templates
         * @description The uploaded Word templates (the secretariat).
         */
        get: operations["list_templates_api_v1_export_templates_get"];
        put?: never;
        /**
         * Upload Template
         * @description Upload a .docx template as the raw request body (the secretariat); checked first.
         */
        post: operations["upload_template_api_v1_export_templates_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/export/templates/{template_id}": {
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
         * Delete Template
         * @description Delete a template (the secretariat); exports fall back to the built-in one.
         */
        delete: operations["delete_template_api_v1_export_templates__template_id__delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Healthz
         * @description 200 when the database answers; no authentication.
         */
        get: operations["healthz_api_v1_healthz_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Notifications
         * @description My notifications, newest first, with how many are unread.
         */
        get: operations["list_notifications_api_v1_notifications_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Notification Events
         * @description Server-sent events (`text/event-stream`): my unread notifications, live, for
         *     as long as the connection stays open. Same authentication as the API (session cookie or bearer
         *     token). The stream carries my own count and nothing else: read the notifications through
         *     `GET /notifications`.
         *
         *     - `unread` `{unread}`: first, on connect, then whenever the count changes: a notification
         *       committed for me (a reminder too), or mine read, also in another tab or on another device.
         *     - `end` `{reason: session_expired|shutdown}`: the server closes the stream; after `shutdown`
         *       reconnect, after `session_expired` do not.
         *
         *     A comment line (`: keep-alive`) is sent about every 15 s when nothing else is. The first line is
         *     `retry: <ms>`, as on a document's stream. `once=true` sends `unread` and closes.
         */
        get: operations["notification_events_api_v1_notifications_events_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Notification Preferences
         * @description What I am told of, how, in which time zone and language.
         */
        get: operations["get_notification_preferences_api_v1_notifications_preferences_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update Notification Preferences
         * @description Change what I am told of, how, my time zone, or my language (interface and e-mails).
         */
        patch: operations["update_notification_preferences_api_v1_notifications_preferences_patch"];
        trace?: never;
    };
    "/api/v1/notifications/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark Notifications Read
         * @description Mark my notifications read: those named, or all.
         */
        post: operations["mark_notifications_read_api_v1_notifications_read_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/unsubscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Unsubscribe Page
         * @description A page confirming the unsubscribe link (the change itself is the POST).
         */
        get: operations["unsubscribe_page_api_v1_notifications_unsubscribe_get"];
        put?: never;
        /**
         * Unsubscribe One Click
         * @description One-click unsubscribe (RFC 8058): that kind of e-mail stops for the link's person.
         */
        post: operations["unsubscribe_one_click_api_v1_notifications_unsubscribe_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Projects
         * @description The joint projects you may see, each with the partners and commitments you may see.
         */
        get: operations["list_projects_api_v1_projects_get"];
        put?: never;
        /**
         * Create Project
         * @description Record a joint project: its partners, civil-society partners and lead (secretariat).
         */
        post: operations["create_project_api_v1_projects_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{project_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Project
         * @description A project's page: partners and the commitments you may see.
         */
        get: operations["get_project_api_v1_projects__project_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update Project
         * @description Change a project's title, description, partners or lead (secretariat).
         */
        patch: operations["update_project_api_v1_projects__project_id__patch"];
        trace?: never;
    };
    "/api/v1/published": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Published
         * @description The published texts, the latest first: public, without signing in.
         */
        get: operations["list_published_api_v1_published_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readyz
         * @description 200 when this process should get traffic: database reachable, migrations at head, the
         *     background worker running, not shutting down; else 503 naming what is wrong.
         */
        get: operations["readyz_api_v1_readyz_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sections/{section_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Section
         * @description One section with its current version.
         */
        get: operations["get_section_api_v1_sections__section_id__get"];
        put?: never;
        post?: never;
        /**
         * Retire Section
         * @description Retire a section from the text; its history is kept.
         */
        delete: operations["retire_section_api_v1_sections__section_id__delete"];
        options?: never;
        head?: never;
        /**
         * Update Section
         * @description Move a section (`after`) or change its kind or heading level.
         */
        patch: operations["update_section_api_v1_sections__section_id__patch"];
        trace?: never;
    };
    "/api/v1/sections/{section_id}/amendments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Amendments
         * @description The amendments on the section (open ones by default) with word diffs and collisions.
         */
        get: operations["list_amendments_api_v1_sections__section_id__amendments_get"];
        put?: never;
        /**
         * Propose Amendment
         * @description Propose replacement text for the section, based on one of its versions.
         */
        post: operations["propose_amendment_api_v1_sections__section_id__amendments_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sections/{section_id}/approvals/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set Position
         * @description Set your delegation's position on the section's current version (409 `stale_version`).
         */
        put: operations["set_position_api_v1_sections__section_id__approvals_mine_put"];
        post?: never;
        /**
         * Withdraw Position
         * @description Withdraw your delegation's position on a version of the section (default: current).
         */
        delete: operations["withdraw_position_api_v1_sections__section_id__approvals_mine_delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sections/{section_id}/brackets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decide Brackets
         * @description The chair's decision: keep an alternative or option, clean or delete a span (new version).
         */
        post: operations["decide_brackets_api_v1_sections__section_id__brackets_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sections/{section_id}/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Section Changes
         * @description A section from version `from` to version `to`: tracked changes over its rendered text.
         */
        get: operations["section_changes_api_v1_sections__section_id__changes_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sections/{section_id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Comments
         * @description The section's comments you may see, oldest first, each re-anchored in the current text
         *     (of the negotiating text, or of the translation asked for).
         */
        get: operations["list_comments_api_v1_sections__section_id__comments_get"];
        put?: never;
        /**
         * Create Comment
         * @description Comment on a quote of a version (empty quote: the whole section), or reply to a thread.
         */
        post: operations["create_comment_api_v1_sections__section_id__comments_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sections/{section_id}/compile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Compile Amendments
         * @description Set the open amendments side by side as bracketed alternatives, each held by its
         *     proposers' delegations (the chair or the secretariat); the amendments become `compiled`.
         */
        post: operations["compile_amendments_api_v1_sections__section_id__compile_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sections/{section_id}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Section Diff
         * @description Word-level diff between two versions of a section.
         */
        get: operations["section_diff_api_v1_sections__section_id__diff_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sections/{section_id}/holders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set Holders
         * @description Say which delegations hold a bracket (the chair or the secretariat); shown with the
         *     section and in the bracketed Word copy to those who may know of them.
         */
        put: operations["set_holders_api_v1_sections__section_id__holders_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sections/{section_id}/translations/{language}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Section Translation
         * @description The section's latest translation, its status, and (out of date) the source's changes
         *     since the version it translates.
         */
        get: operations["get_section_translation_api_v1_sections__section_id__translations__language__get"];
        put?: never;
        /**
         * Save Translation
         * @description Save a new version of the section's translation, made from the source's current version.
         */
        post: operations["save_translation_api_v1_sections__section_id__translations__language__post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sections/{section_id}/translations/{language}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Translation Versions
         * @description Every version of the section's translation into the language, oldest first.
         */
        get: operations["list_translation_versions_api_v1_sections__section_id__translations__language__versions_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sections/{section_id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Versions
         * @description Every version of the section, oldest first.
         */
        get: operations["list_versions_api_v1_sections__section_id__versions_get"];
        put?: never;
        /**
         * Save Version
         * @description Save a new version from `base_version`: appended, merged three-way, or refused (409).
         */
        post: operations["save_version_api_v1_sections__section_id__versions_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sections/{section_id}/versions/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Version
         * @description One immutable version with its content hash.
         */
        get: operations["get_version_api_v1_sections__section_id__versions__number__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Users
         * @description Everyone with an account, with when they last signed in (secretariat).
         */
        get: operations["list_users_api_v1_users_get"];
        put?: never;
        /**
         * Create User
         * @description Invite a person: their account, and a one-time link to set a password or bind an
         *     OpenID identity (secretariat). The link is returned here; hand it over.
         */
        post: operations["create_user_api_v1_users_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update User
         * @description Rename or disable a person; disabling ends their sessions at once (secretariat).
         */
        patch: operations["update_user_api_v1_users__user_id__patch"];
        trace?: never;
    };
    "/api/v1/users/{user_id}/invitation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reissue Invitation
         * @description A new invitation link for a person who has not yet signed in; the earlier ones stop
         *     working (secretariat). The link is returned here only; hand it over.
         */
        post: operations["reissue_invitation_api_v1_users__user_id__invitation_post"];
        /**
         * Revoke Invitation
         * @description Stop a person's invitation links from working (secretariat).
         */
        delete: operations["revoke_invitation_api_v1_users__user_id__invitation_delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/working-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Working Groups
         * @description My working groups (all of them for the secretariat).
         */
        get: operations["list_working_groups_api_v1_working_groups_get"];
        put?: never;
        /**
         * Create Working Group
         * @description Create a working group (secretariat).
         */
        post: operations["create_working_group_api_v1_working_groups_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/working-groups/{group_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Working Group
         * @description A working group and its members.
         */
        get: operations["get_working_group_api_v1_working_groups__group_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update Working Group
         * @description Rename or describe a working group (its chair or the secretariat).
         */
        patch: operations["update_working_group_api_v1_working_groups__group_id__patch"];
        trace?: never;
    };
    "/api/v1/working-groups/{group_id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add Working Group Member
         * @description Add a person to the group as `chair` or `member` (its chair or the secretariat).
         */
        post: operations["add_working_group_member_api_v1_working_groups__group_id__members_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * ActionKind
         * @description What an action is about, as the secretariat's audit screen filters it.
         * @enum {string}
         */
        ActionKind: "edits" | "discussion" | "positions" | "procedure" | "people" | "sign_ins" | "refusals" | "commitments";
        /** AdoptionPublic */
        AdoptionPublic: {
            /**
             * Adopted At
             * Format: date-time
             */
            adopted_at: string;
            /** Manifest Hash */
            manifest_hash: string;
            /** Reopened At */
            reopened_at: string | null;
            /** Revision */
            revision: string;
            /** Via */
            via: string;
        };
        /**
         * AlternativesPublic
         * @description Adjacent bracketed groups (`[shall][should]`): one is to be kept.
         */
        AlternativesPublic: {
            /** Choices */
            choices: string[];
            /** End */
            end: number;
            /**
             * Group
             * @description Its number in the section, for `resolve_alternative`.
             */
            group: number;
            /** Start */
            start: number;
        };
        /** AmendmentCreate */
        AmendmentCreate: {
            /** Base Version */
            base_version: number;
            /**
             * Rationale
             * @description Why; optional (a suggestion made in place).
             * @default
             */
            rationale: string;
            /** Text */
            text: string;
        };
        /** AmendmentDecision */
        AmendmentDecision: {
            /**
             * Reason
             * @description Required to reject.
             * @default
             */
            reason: string;
        };
        /** AmendmentPublic */
        AmendmentPublic: {
            /** Base Version */
            base_version: number;
            /**
             * Collisions
             * @description Other open amendments that change some of the same words of the current text.
             */
            collisions: string[];
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Decided At */
            decided_at: string | null;
            decided_by: components["schemas"]["PersonPublic"] | null;
            delegation: components["schemas"]["DelegationPublic"] | null;
            /**
             * Diff
             * @description Word diff from the current text to the amendment's.
             */
            diff: [
                number,
                string
            ][];
            /**
             * Id
             * @description Opaque amendment id: `amd_` and 22 URL-safe characters.
             */
            id: string;
            /**
             * Mergeable
             * @description Open amendments: whether accepting now would merge cleanly (else 409).
             */
            mergeable: boolean | null;
            proposer: components["schemas"]["PersonPublic"];
            /** Rationale */
            rationale: string;
            /** Reason */
            reason: string;
            /**
             * Result Version
             * @description The version accepting it made.
             */
            result_version: number | null;
            /** Section Id */
            section_id: number;
            /**
             * Stale
             * @description Based on a version older than the current one.
             */
            stale: boolean;
            status: components["schemas"]["AmendmentStatus"];
            /** Text */
            text: string;
        };
        /**
         * AmendmentStatus
         * @enum {string}
         */
        AmendmentStatus: "open" | "accepted" | "rejected" | "withdrawn" | "compiled";
        /** AnchorCreate */
        AnchorCreate: {
            /**
             * Prefix
             * @description Text just before the quote (disambiguates).
             * @default
             */
            prefix: string;
            /**
             * Quote
             * @description Quoted span of the version; empty: the section.
             * @default
             */
            quote: string;
            /**
             * Suffix
             * @description Text just after the quote (disambiguates).
             * @default
             */
            suffix: string;
        };
        /** AnchorPublic */
        AnchorPublic: {
            /**
             * End
             * @description End offset; equals `start` when orphaned.
             */
            end: number;
            /** Quote */
            quote: string;
            /**
             * Start
             * @description Start offset (code points) in the current text.
             */
            start: number;
            status: components["schemas"]["AnchorStatus"];
            /**
             * Version
             * @description The version these offsets refer to: the current one.
             */
            version: number;
        };
        /**
         * AnchorStatus
         * @enum {string}
         */
        AnchorStatus: "exact" | "moved" | "fuzzy" | "orphaned";
        /** ApprovalMatrix */
        ApprovalMatrix: {
            /** Document Id */
            document_id: number;
            /** Parties */
            parties: components["schemas"]["DelegationPublic"][];
            /** Sections */
            sections: components["schemas"]["SectionApprovals"][];
            status: components["schemas"]["DocumentStatus"];
            summary: components["schemas"]["ApprovalSummary"];
        };
        /**
         * ApprovalPublic
         * @description A delegation's position on one exact version of a section.
         */
        ApprovalPublic: {
            /**
             * Changed
             * @description False when the request changed nothing (same position).
             */
            changed: boolean;
            /** Content Hash */
            content_hash: string;
            decision: components["schemas"]["Decision"];
            delegation: components["schemas"]["DelegationPublic"] | null;
            /** Section Id */
            section_id: number;
            /**
             * Set At
             * Format: date-time
             */
            set_at: string;
            set_by: components["schemas"]["PersonPublic"];
            /**
             * State
             * @enum {string}
             */
            state: "current" | "stale" | "withdrawn";
            /** Statement */
            statement: string;
            /** Version */
            version: number;
            /** Withdrawn At */
            withdrawn_at: string | null;
        };
        /**
         * ApprovalSummary
         * @description Progress towards adoption, over the parties the caller may see; paragraphs only.
         */
        ApprovalSummary: {
            /**
             * Ad Referendum
             * @description Paragraphs waiting only for capitals' confirmation.
             */
            ad_referendum: number;
            /**
             * Agreed
             * @description Paragraphs every party approves on their current text (approve, reservation or abstain; ad referendum counts once confirmed).
             */
            agreed: number;
            brackets: components["schemas"]["Brackets"];
            /**
             * Objected
             * @description Paragraphs with a standing objection.
             */
            objected: number;
            /** Paragraphs */
            paragraphs: number;
            /**
             * Pending
             * @description Paragraphs neither agreed nor objected.
             */
            pending: number;
        };
        /** ApproverPublic */
        ApproverPublic: {
            /** Allowed */
            allowed: boolean;
            /** Allowed At */
            allowed_at: string | null;
            /** Delegation Id */
            delegation_id: number;
            user: components["schemas"]["PersonPublic"];
        };
        /** AuditEventPublic */
        AuditEventPublic: {
            /** Action */
            action: string;
            actor: components["schemas"]["PersonPublic"] | null;
            /**
             * At
             * Format: date-time
             */
            at: string;
            /** @description The document the event is about, if any. */
            document: components["schemas"]["DocumentRef"] | null;
            /**
             * Hash
             * @description HMAC-SHA256 (hex), under the key `key_id` names, of the event's canonical JSON; plain SHA-256 for events from before the log was keyed (`key_id` null).
             */
            hash: string;
            /**
             * Key Id
             * @description Id of the audit key that signed the event.
             */
            key_id: string | null;
            /** @description Null for an action this server does not know. */
            kind: components["schemas"]["ActionKind"] | null;
            /** Object Id */
            object_id: string | null;
            /** Object Type */
            object_type: string;
            /**
             * Paragraph
             * @description That paragraph's number in the document today (null for a heading or a retired section).
             */
            paragraph: number | null;
            /** Payload */
            payload: {
                [key: string]: unknown;
            };
            /**
             * Prev Hash
             * @description `hash` of the event before (64 zeros for the first).
             */
            prev_hash: string;
            /**
             * Section Id
             * @description The section (paragraph) it is about, if any.
             */
            section_id: number | null;
            /**
             * Seq
             * @description 1, 2, 3… without gaps.
             */
            seq: number;
            /**
             * Subject
             * @description The name of the person, delegation or working group it is about, if any.
             */
            subject: string | null;
        };
        /** AuditPage */
        AuditPage: {
            /**
             * Items
             * @description Newest first.
             */
            items: components["schemas"]["AuditEventPublic"][];
            /**
             * Next Before
             * @description `before` for the next page (fast at any depth); null on the last.
             */
            next_before: number | null;
            /**
             * Next Offset
             * @description `offset` of the next page; null on the last.
             */
            next_offset: number | null;
        };
        /** Body_import_draft_api_v1_documents_import_post */
        Body_import_draft_api_v1_documents_import_post: {
            /**
             * Authors
             * @description JSON: Word author name -> delegation code, {"A. Author": "FRA"}.
             * @default {}
             */
            authors: string;
            /**
             * Changes
             * @description Tracked changes: accept, reject, or amendments of their authors.
             * @default accept
             * @enum {string}
             */
            changes: "accept" | "reject" | "amend";
            /**
             * File
             * @description The draft: .docx or .md.
             */
            file: string;
            /** @default other */
            kind: components["schemas"]["DocumentKind"];
            /** Title */
            title?: string | null;
            /** Working Group Id */
            working_group_id?: number | null;
        };
        /** Body_return_copy_api_v1_documents__document_id__returns_post */
        Body_return_copy_api_v1_documents__document_id__returns_post: {
            /**
             * File
             * @description The delegation's copy, edited in Word.
             */
            file: string;
        };
        /**
         * BracketAt
         * @description A bracket the document leaves open: where it stands.
         */
        BracketAt: {
            /**
             * Bracket
             * @enum {string}
             */
            bracket: "[" | "]";
            /**
             * Offset
             * @description Offset of the bracket in the section's current text.
             */
            offset: number;
            /** Section Id */
            section_id: number;
        };
        /**
         * BracketDecision
         * @description The chair's decision on a section's brackets, applied to the text of `base_version` and saved
         *     as a new version (merged three-way if the section moved on since).
         */
        BracketDecision: {
            /**
             * Action
             * @description `resolve_alternative`: keep choice `choice` of alternatives group `group`; `resolve_option`: keep option `choice`; `clean`: remove the brackets of the span opening at `start`; `delete`: remove that span with its text.
             * @enum {string}
             */
            action: "resolve_alternative" | "resolve_option" | "clean" | "delete";
            /** Base Version */
            base_version: number;
            /** Choice */
            choice?: number | null;
            /** Group */
            group?: number | null;
            /**
             * Reason
             * @description Recorded in the audit log.
             * @default
             */
            reason: string;
            /**
             * Start
             * @description Offset of the span's `[`.
             */
            start?: number | null;
            /**
             * Through
             * @description For a span that closes in a later section: every later section it covers, up to the closing one, at the version you saw (`delete` needs it; any change since refuses the decision with `span_changed`).
             */
            through?: components["schemas"]["SectionAt"][] | null;
        };
        /**
         * BracketPair
         * @description A bracket of the text (`start`..`end`, brackets included; `depth` 0 when outermost).
         */
        BracketPair: {
            /** Depth */
            depth: number;
            /** End */
            end: number;
            /** Start */
            start: number;
        };
        /**
         * Brackets
         * @description Negotiation brackets still in the text: what is not yet agreed. A document's brackets are
         *     matched over the whole text in order, so a span may open and close in different paragraphs.
         */
        Brackets: {
            /** Bracketed Words */
            bracketed_words: number;
            /**
             * Crossing
             * @description Spans that open and close in different sections.
             * @default 0
             */
            crossing: number;
            /**
             * Share
             * @description Share of words inside brackets, 0..1.
             */
            share: number;
            /**
             * Spans
             * @description Outermost spans.
             */
            spans: number;
            /** Total Words */
            total_words: number;
            /**
             * Unbalanced
             * @description Offsets of brackets the text leaves open (a section on its own; for a document, each in its own section: see `unmatched`).
             */
            unbalanced: number[];
            /**
             * Unmatched
             * @description Brackets the whole document leaves open (documents).
             */
            unmatched?: components["schemas"]["BracketAt"][];
        };
        /**
         * CellPublic
         * @description One party's standing position on one section: its latest, current or stale.
         */
        CellPublic: {
            decision: components["schemas"]["Decision"] | null;
            /** Delegation Id */
            delegation_id: number;
            /** Set At */
            set_at: string | null;
            set_by: components["schemas"]["PersonPublic"] | null;
            /**
             * State
             * @enum {string}
             */
            state: "current" | "stale" | "none";
            /** Statement */
            statement: string;
            /** Version */
            version: number | null;
        };
        /** CommentCreate */
        CommentCreate: {
            /** @description Omitted or empty quote: a comment on the whole section. */
            anchor?: components["schemas"]["AnchorCreate"] | null;
            /** Body */
            body: string;
            /**
             * Language
             * @description Comment on the section's translation into this language of the document: `version` and the anchor are then the translation's. Omitted: the negotiating text. A reply takes its thread's.
             */
            language?: string | null;
            /**
             * Parent Id
             * @description Reply to this comment; replies join the thread's root.
             */
            parent_id?: string | null;
            /**
             * Version
             * @description The version quoted; required unless replying (`parent_id`).
             */
            version?: number | null;
            /** @description `all` (default) or `delegation` (internal); a reply takes its thread's. */
            visibility?: components["schemas"]["CommentVisibility"] | null;
        };
        /** CommentEditPublic */
        CommentEditPublic: {
            /**
             * Body
             * @description The text as it was before this edit.
             */
            body: string;
            /**
             * Replaced At
             * Format: date-time
             */
            replaced_at: string;
        };
        /** CommentPublic */
        CommentPublic: {
            anchor: components["schemas"]["AnchorPublic"];
            author: components["schemas"]["PersonPublic"];
            /** Body */
            body: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            delegation: components["schemas"]["DelegationPublic"] | null;
            /** Edited At */
            edited_at: string | null;
            /**
             * Edits
             * @description Earlier texts, oldest first.
             */
            edits: components["schemas"]["CommentEditPublic"][];
            /**
             * Id
             * @description Opaque comment id: `cmt_` and 22 URL-safe characters.
             */
            id: string;
            /**
             * Language
             * @description The translation commented on (its language); null: the negotiating text.
             */
            language: string | null;
            /**
             * Parent Id
             * @description The thread's first comment, for a reply.
             */
            parent_id: string | null;
            /** Resolved */
            resolved: boolean;
            /** Resolved At */
            resolved_at: string | null;
            resolved_by: components["schemas"]["PersonPublic"] | null;
            /** Section Id */
            section_id: number;
            /**
             * Version
             * @description The version the comment was written on.
             */
            version: number;
            visibility: components["schemas"]["CommentVisibility"];
        };
        /** CommentResolve */
        CommentResolve: {
            /**
             * Resolved
             * @description `false` reopens the thread.
             * @default true
             */
            resolved: boolean;
        };
        /** CommentUpdate */
        CommentUpdate: {
            /** Body */
            body: string;
        };
        /**
         * CommentVisibility
         * @enum {string}
         */
        CommentVisibility: "all" | "delegation";
        /** CommitmentCreate */
        CommitmentCreate: {
            /**
             * Currency
             * @description ISO 4217 currency code.
             */
            currency: string;
            kind: components["schemas"]["CommitmentKind"];
            /** Period End */
            period_end: number;
            /** Period Start */
            period_start: number;
            /**
             * Pledgers
             * @description Each pledging delegation and its share.
             */
            pledgers: components["schemas"]["ShareIn"][];
            /**
             * Project Id
             * @description Opaque project id: `prj_` and 22 URL-safe characters.
             */
            project_id: string;
            /**
             * Publish Name
             * @default false
             */
            publish_name: boolean;
        };
        /**
         * CommitmentKind
         * @enum {string}
         */
        CommitmentKind: "grant" | "loan" | "in_kind";
        /** CommitmentPublic */
        CommitmentPublic: {
            /**
             * Amount
             * @description The sum of the pledgers' shares.
             */
            amount: string;
            /** Currency */
            currency: string;
            /**
             * Id
             * @description Opaque pledge id: `pld_` and 22 URL-safe characters.
             */
            id: string;
            kind: components["schemas"]["CommitmentKind"];
            /** Period End */
            period_end: number;
            /** Period Start */
            period_start: number;
            /** Pledgers */
            pledgers: components["schemas"]["ShareOut"][];
            /**
             * Project Id
             * @description Opaque project id: `prj_` and 22 URL-safe characters.
             */
            project_id: string;
            /** Project Title */
            project_title: string;
            /** Publish Name */
            publish_name: boolean;
            status: components["schemas"]["CommitmentStatus"];
        };
        /**
         * CommitmentStatus
         * @enum {string}
         */
        CommitmentStatus: "draft" | "confirmed" | "announced";
        /** CommitmentUpdate */
        CommitmentUpdate: {
            /** Currency */
            currency?: string | null;
            kind?: components["schemas"]["CommitmentKind"] | null;
            /** Period End */
            period_end?: number | null;
            /** Period Start */
            period_start?: number | null;
            /** Pledgers */
            pledgers?: components["schemas"]["ShareIn"][] | null;
            /** Publish Name */
            publish_name?: boolean | null;
            /** @description draft → confirmed → announced (or back to draft). */
            status?: components["schemas"]["CommitmentStatus"] | null;
        };
        /**
         * CompileRequest
         * @description Compile the open amendments on a paragraph (all those you may see, or the ones named)
         *     into bracketed alternatives on the text of `base_version`.
         */
        CompileRequest: {
            /**
             * Amendments
             * @description Public ids; all the open ones when absent.
             */
            amendments?: string[] | null;
            /** Base Version */
            base_version: number;
            /**
             * Reason
             * @description Recorded with the decision.
             * @default
             */
            reason: string;
        };
        /** CompiledPublic */
        CompiledPublic: {
            /**
             * Amendments
             * @description The amendments now `compiled`.
             */
            amendments: string[];
            /**
             * Group
             * @description The alternatives group of the new text (for `resolve_alternative`), or None when a merge with a newer head reworded the place.
             */
            group: number | null;
            version: components["schemas"]["VersionSaved"];
        };
        /** Converted */
        Converted: {
            /**
             * Amount
             * @description What could be converted, in `reporting`.
             */
            amount: string;
            /**
             * Missing Rates
             * @description Currencies with no rate on or before `on`.
             */
            missing_rates: string[];
            /**
             * On
             * Format: date
             */
            on: string;
            /** Reporting */
            reporting: string;
        };
        /** CurrencyAmount */
        CurrencyAmount: {
            /**
             * Amount
             * @description An exact decimal as a string.
             */
            amount: string;
            /** Currency */
            currency: string;
        };
        /**
         * Decision
         * @enum {string}
         */
        Decision: "approve" | "ad_referendum" | "reservation" | "object" | "abstain";
        /** DelegationCreate */
        DelegationCreate: {
            /**
             * Announced
             * @default true
             */
            announced: boolean;
            /** Code */
            code: string;
            /** @default government */
            kind: components["schemas"]["DelegationKind"];
            /** Name */
            name: string;
        };
        /** DelegationDetail */
        DelegationDetail: {
            /** Announced */
            announced: boolean;
            /** Code */
            code: string;
            /** Id */
            id: number;
            kind: components["schemas"]["DelegationKind"];
            /** Members */
            members: components["schemas"]["MemberPublic"][];
            /** Name */
            name: string;
        };
        /**
         * DelegationKind
         * @enum {string}
         */
        DelegationKind: "government" | "civil_society" | "secretariat" | "observer";
        /** DelegationMemberAdd */
        DelegationMemberAdd: {
            /**
             * Head
             * @default false
             */
            head: boolean;
            /** User Id */
            user_id: number;
        };
        /** DelegationPublic */
        DelegationPublic: {
            /** Announced */
            announced: boolean;
            /** Code */
            code: string;
            /** Id */
            id: number;
            kind: components["schemas"]["DelegationKind"];
            /** Name */
            name: string;
        };
        /** DelegationUpdate */
        DelegationUpdate: {
            /**
             * Announced
             * @description `true` announces the delegation; it cannot be unannounced.
             */
            announced?: true | null;
            /** Name */
            name?: string | null;
        };
        /** DocumentCreate */
        DocumentCreate: {
            /** @default other */
            kind: components["schemas"]["DocumentKind"];
            /**
             * Language
             * @description The language the text is negotiated in (ISO 639-1): translations follow it.
             * @default en
             */
            language: string;
            /** Parties */
            parties?: number[];
            /**
             * Place
             * @description Where the text is negotiated.
             */
            place?: string | null;
            /** Title */
            title: string;
            /** Working Group Id */
            working_group_id?: number | null;
        };
        /** DocumentDiff */
        DocumentDiff: {
            /** Added */
            added: number;
            /** Changed */
            changed: number;
            /** Document Id */
            document_id: number;
            /** From Revision */
            from_revision: string;
            /** Moved */
            moved: number;
            /** Removed */
            removed: number;
            /** Sections */
            sections: components["schemas"]["SectionChange"][];
            /** To Revision */
            to_revision: string;
        };
        /**
         * DocumentKind
         * @enum {string}
         */
        DocumentKind: "principles" | "analysis" | "statement" | "communique" | "other";
        /** DocumentLanguages */
        DocumentLanguages: {
            /** Document Id */
            document_id: number;
            /** Languages */
            languages: components["schemas"]["LanguagePublic"][];
            /**
             * May Translate
             * @description The languages the viewer may translate into.
             */
            may_translate: string[];
            /** @description The language the text is negotiated in. */
            negotiating: components["schemas"]["LanguageInfo"];
        };
        /** DocumentListed */
        DocumentListed: {
            /** @description Progress towards adoption (paragraphs), with the share still bracketed. */
            approvals: components["schemas"]["ApprovalSummary"];
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Id */
            id: number;
            kind: components["schemas"]["DocumentKind"];
            /**
             * Language
             * @description The language the text is negotiated in (ISO 639-1).
             */
            language: string;
            /**
             * Place
             * @description Printed in the export's title block.
             */
            place?: string | null;
            status: components["schemas"]["DocumentStatus"];
            /** Title */
            title: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Working Group Id */
            working_group_id: number | null;
        };
        /** DocumentOverview */
        DocumentOverview: {
            /** @description Progress towards adoption (paragraphs). */
            approvals: components["schemas"]["ApprovalSummary"];
            brackets: components["schemas"]["Brackets"];
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Id */
            id: number;
            kind: components["schemas"]["DocumentKind"];
            /**
             * Language
             * @description The language the text is negotiated in (ISO 639-1).
             */
            language: string;
            /** Parties */
            parties: components["schemas"]["DelegationPublic"][];
            /**
             * Place
             * @description Printed in the export's title block.
             */
            place?: string | null;
            /** Sections */
            sections: components["schemas"]["SectionPublic"][];
            status: components["schemas"]["DocumentStatus"];
            /** Title */
            title: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Working Group Id */
            working_group_id: number | null;
        };
        /** DocumentRef */
        DocumentRef: {
            /** Id */
            id: number;
            /** Title */
            title: string;
        };
        /**
         * DocumentStatus
         * @enum {string}
         */
        DocumentStatus: "drafting" | "circulated" | "silence" | "adopted" | "withdrawn";
        /** DocumentTranslations */
        DocumentTranslations: {
            counts: components["schemas"]["TranslationCounts"];
            /** Document Id */
            document_id: number;
            language: components["schemas"]["LanguageInfo"];
            /** Sections */
            sections: components["schemas"]["TranslationRow"][];
        };
        /** DocumentUpdate */
        DocumentUpdate: {
            kind?: components["schemas"]["DocumentKind"] | null;
            /**
             * Place
             * @description An empty string clears the place.
             */
            place?: string | null;
            /** Title */
            title?: string | null;
        };
        /** ErrorBody */
        ErrorBody: {
            error: components["schemas"]["ErrorDetail"];
        };
        /** ErrorDetail */
        ErrorDetail: {
            /**
             * Code
             * @description Stable snake_case code to branch on, e.g. `edit_conflict`.
             */
            code: string;
            /** Details */
            details?: {
                [key: string]: unknown;
            };
            /** Message */
            message: string;
            /**
             * Request Id
             * @description Names the request in the server's logs (`X-Request-ID`).
             */
            request_id?: string | null;
        };
        /** Health */
        Health: {
            /** Status */
            status: string;
        };
        /**
         * HeldBracket
         * @description A bracket (`start`..`end` in the current text, brackets included) and its holders.
         */
        HeldBracket: {
            /** Delegations */
            delegations: components["schemas"]["DelegationPublic"][];
            /** End */
            end: number;
            /** Start */
            start: number;
        };
        /**
         * HoldersUpdate
         * @description The chair sets who holds the bracket opening at `start` of the current version.
         */
        HoldersUpdate: {
            /** Delegation Ids */
            delegation_ids: number[];
            /**
             * Reason
             * @description Recorded in the audit log.
             * @default
             */
            reason: string;
            /**
             * Start
             * @description Offset of the bracket's `[`.
             */
            start: number;
            /**
             * Version
             * @description The version `start` refers to: it must be the current one.
             */
            version: number;
        };
        /** ImportResult */
        ImportResult: {
            /** Amendments */
            amendments: components["schemas"]["PlannedAmendmentPublic"][];
            /**
             * Authors
             * @description Authors of tracked changes found in the file.
             */
            authors: string[];
            /** Comments */
            comments: components["schemas"]["PlannedCommentPublic"][];
            /**
             * Document Id
             * @description The new document; null in a dry run.
             */
            document_id: number | null;
            /** Dry Run */
            dry_run: boolean;
            /** Footnotes */
            footnotes: number;
            /**
             * Numbers Left Out
             * @description Typed or Word paragraph numbers left out.
             */
            numbers_left_out: number;
            /**
             * Section Ids
             * @description The new sections, in order; empty in a dry run.
             */
            section_ids: number[];
            /** Sections */
            sections: components["schemas"]["PlannedSectionPublic"][];
            /** Title */
            title: string;
            /**
             * Warnings
             * @description What could not be kept, and why.
             */
            warnings: string[];
        };
        /** InvitationAccept */
        InvitationAccept: {
            /** Password */
            password: string;
            /** Token */
            token: string;
        };
        /** InvitationIssued */
        InvitationIssued: {
            /**
             * Invitation Expires At
             * Format: date-time
             */
            invitation_expires_at: string;
            /**
             * Invitation Url
             * @description A one-time link; shown only in this answer.
             */
            invitation_url: string;
        };
        /** InvitationPublic */
        InvitationPublic: {
            /** Email */
            email: string;
            /**
             * Expires At
             * Format: date-time
             */
            expires_at: string;
            /** Name */
            name: string;
        };
        /** InvitationRequest */
        InvitationRequest: {
            /**
             * Days
             * @description How long the link works (default: the server's setting).
             */
            days?: number | null;
        };
        /** LanguageInfo */
        LanguageInfo: {
            /**
             * Direction
             * @enum {string}
             */
            direction: "ltr" | "rtl";
            /**
             * Language
             * @description ISO 639-1 code.
             */
            language: string;
            /**
             * Name
             * @description In English.
             */
            name: string;
            /**
             * Native
             * @description In the language itself.
             */
            native: string;
        };
        /** LanguagePublic */
        LanguagePublic: {
            /**
             * Authentic
             * @description An equally authentic text of the document.
             */
            authentic: boolean;
            /**
             * Direction
             * @enum {string}
             */
            direction: "ltr" | "rtl";
            /**
             * Language
             * @description ISO 639-1 code.
             */
            language: string;
            /**
             * Name
             * @description In English.
             */
            name: string;
            /**
             * Native
             * @description In the language itself.
             */
            native: string;
            /**
             * Required For Adoption
             * @description Adoption waits until every section's translation into it is current.
             */
            required_for_adoption: boolean;
            /**
             * Translators
             * @description The people named to translate into it (those the viewer may know of).
             */
            translators: components["schemas"]["PersonPublic"][];
        };
        /** LanguageSettings */
        LanguageSettings: {
            /**
             * Authentic
             * @default false
             */
            authentic: boolean;
            /**
             * Required For Adoption
             * @description Defaults to `authentic`.
             */
            required_for_adoption?: boolean | null;
        };
        /** LifecycleCreate */
        LifecycleCreate: Record<string, never>;
        /**
         * LifecyclePublic
         * @description Where the document stands after a lifecycle step.
         */
        LifecyclePublic: {
            /** @description The latest adoption. */
            adoption: components["schemas"]["AdoptionPublic"] | null;
            /** Document Id */
            document_id: number;
            /**
             * Revision
             * @description The latest revision, e.g. `Rev.2`.
             */
            revision: string | null;
            /** @description The latest silence procedure. */
            silence: components["schemas"]["SilencePublic"] | null;
            status: components["schemas"]["DocumentStatus"];
        };
        /** LoginRequest */
        LoginRequest: {
            /** Email */
            email: string;
            /** Password */
            password: string;
        };
        /** MarkRead */
        MarkRead: {
            /** Ids */
            ids?: number[] | null;
        };
        /** MarkedRead */
        MarkedRead: {
            /** Marked */
            marked: number;
            /** Unread */
            unread: number;
        };
        /** MePublic */
        MePublic: {
            delegation: components["schemas"]["DelegationPublic"] | null;
            /** Email */
            email: string;
            /** Id */
            id: number;
            /** Is Head */
            is_head: boolean;
            /** Is Secretariat */
            is_secretariat: boolean;
            /** Name */
            name: string;
        };
        /** MemberPublic */
        MemberPublic: {
            /** Id */
            id: number;
            /** Is Head */
            is_head: boolean;
            /** Name */
            name: string;
        };
        /** NotPlaced */
        NotPlaced: {
            /** Reason */
            reason: string;
            /** Text */
            text: string;
        };
        /**
         * NotificationKind
         * @enum {string}
         */
        NotificationKind: "invitation" | "revision_circulated" | "silence_started" | "silence_reminder" | "silence_broken" | "adopted" | "comment_reply" | "mention" | "amendment_on_approved" | "approval_stale" | "publication_scheduled" | "announcement_confirmed" | "published";
        /** NotificationPage */
        NotificationPage: {
            /** Items */
            items: components["schemas"]["NotificationPublic"][];
            /** Next Before */
            next_before: number | null;
            /** Unread */
            unread: number;
        };
        /** NotificationPublic */
        NotificationPublic: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Details */
            details: {
                [key: string]: unknown;
            };
            /** Document Id */
            document_id: number | null;
            /** Id */
            id: number;
            kind: components["schemas"]["NotificationKind"];
            /** Lines */
            lines: string[];
            /** Link */
            link: string | null;
            /** Read At */
            read_at: string | null;
            /** Subject */
            subject: string;
        };
        /** OptionPublic */
        OptionPublic: {
            /** Label */
            label: string;
            /** Text */
            text: string;
        };
        /** ParticipantPublic */
        ParticipantPublic: {
            /** Confirmed At */
            confirmed_at: string | null;
            delegation: components["schemas"]["DelegationPublic"];
            /**
             * Named
             * @description Named at the embargo time.
             */
            named: boolean;
            /**
             * Needs Confirmation
             * @description An unannounced delegation whose head has not yet confirmed its announcement.
             */
            needs_confirmation: boolean;
        };
        /**
         * PersonPublic
         * @description A person as others see them: no email, no roles; `id` is null when undisclosed.
         */
        PersonPublic: {
            /** Id */
            id: number | null;
            /** Name */
            name: string;
        };
        /** PlannedAmendmentPublic */
        PlannedAmendmentPublic: {
            /**
             * Author
             * @description The author of the tracked changes in the Word file.
             */
            author: string;
            /**
             * Delegation
             * @description The delegation code the author is mapped to.
             */
            delegation: string | null;
            /**
             * Section
             * @description Index into `sections`.
             */
            section: number;
            /** Text */
            text: string;
        };
        /** PlannedCommentPublic */
        PlannedCommentPublic: {
            /** Author */
            author: string;
            /** Body */
            body: string;
            /** Quote */
            quote: string;
            /**
             * Section
             * @description Index into `sections`.
             */
            section: number;
        };
        /** PlannedSectionPublic */
        PlannedSectionPublic: {
            /**
             * Kind
             * @enum {string}
             */
            kind: "heading" | "paragraph";
            /** Level */
            level: number | null;
            /**
             * Text
             * @description Canonical Markdown, as the section's version 1 will hold it.
             */
            text: string;
        };
        /** PositionSet */
        PositionSet: {
            decision: components["schemas"]["Decision"];
            /**
             * Statement
             * @description Required for `reservation` (the footnote) and `object` (why).
             */
            statement?: string | null;
            /**
             * Version
             * @description The version the position is on; must be the current one.
             */
            version: number;
        };
        /** PreferencesPublic */
        PreferencesPublic: {
            /** Attachments */
            attachments: boolean;
            /** Email */
            email: boolean;
            /** Language */
            language: ("en" | "fr" | "ar" | "he") | null;
            /** Modes */
            modes: {
                [key: string]: "immediately" | "digest" | "off";
            };
            /** Timezone */
            timezone: string;
        };
        /** PreferencesUpdate */
        PreferencesUpdate: {
            /** Attachments */
            attachments?: boolean | null;
            /** Email */
            email?: boolean | null;
            /** Language */
            language?: ("en" | "fr" | "ar" | "he") | null;
            /** Modes */
            modes?: {
                [key: string]: "immediately" | "digest" | "off";
            } | null;
            /** Timezone */
            timezone?: string | null;
        };
        /**
         * PresenceUpdate
         * @description `POST /documents/{id}/presence`: renew at least every `presence_seconds` (30 s).
         */
        PresenceUpdate: {
            /**
             * Section Id
             * @description The section looked at or edited; null: the whole document.
             */
            section_id?: number | null;
            /**
             * State
             * @default viewing
             * @enum {string}
             */
            state: "viewing" | "editing";
        };
        /** ProjectCreate */
        ProjectCreate: {
            /** Civil Society Partners */
            civil_society_partners?: string[];
            /**
             * Description
             * @default
             */
            description: string;
            /**
             * Document Id
             * @description The text whose annex lists the project (the communiqué).
             */
            document_id?: number | null;
            /** Lead Delegation Id */
            lead_delegation_id?: number | null;
            /**
             * Partner Delegation Ids
             * @description Partner delegations; the lead is added to them.
             */
            partner_delegation_ids?: number[];
            /** Title */
            title: string;
        };
        /** ProjectPublic */
        ProjectPublic: {
            /** Civil Society Partners */
            civil_society_partners: string[];
            /**
             * Commitments
             * @description The commitments you may see.
             */
            commitments: components["schemas"]["CommitmentPublic"][];
            /** Description */
            description: string;
            /** Document Id */
            document_id: number | null;
            /**
             * Id
             * @description Opaque project id: `prj_` and 22 URL-safe characters.
             */
            id: string;
            lead: components["schemas"]["DelegationPublic"] | null;
            /**
             * Partners
             * @description The partners you may know of.
             */
            partners: components["schemas"]["DelegationPublic"][];
            /** Title */
            title: string;
        };
        /** ProjectUpdate */
        ProjectUpdate: {
            /** Civil Society Partners */
            civil_society_partners?: string[] | null;
            /** Description */
            description?: string | null;
            /** Document Id */
            document_id?: number | null;
            /** Lead Delegation Id */
            lead_delegation_id?: number | null;
            /** Partner Delegation Ids */
            partner_delegation_ids?: number[] | null;
            /** Title */
            title?: string | null;
        };
        /** ProviderPublic */
        ProviderPublic: {
            /** Label */
            label: string;
            /** Name */
            name: string;
        };
        /** PublicationPublic */
        PublicationPublic: {
            /**
             * Commitment Ids
             * @description Marked commitments you may see.
             */
            commitment_ids: string[];
            /** Document Id */
            document_id: number;
            /**
             * Embargo At
             * Format: date-time
             */
            embargo_at: string;
            /**
             * Embargo Local
             * @description The embargo time in `time_zone`, as words.
             */
            embargo_local: string;
            /**
             * Id
             * @description Opaque publication id: `pub_` and 22 URL-safe characters.
             */
            id: string;
            /** Manifest Hash */
            manifest_hash: string;
            /**
             * Participants
             * @description The ones you may know of.
             */
            participants: components["schemas"]["ParticipantPublic"][];
            /**
             * Public Url
             * @description The public page, once published.
             */
            public_url: string | null;
            /** Published At */
            published_at: string | null;
            status: components["schemas"]["PublicationStatus"];
            /** Time Zone */
            time_zone: string;
        };
        /** PublicationSchedule */
        PublicationSchedule: {
            /**
             * Commitment Ids
             * @description Commitments announced at the embargo time (default: every confirmed commitment to the projects of this text).
             */
            commitment_ids?: string[] | null;
            /**
             * Delegation Ids
             * @description The delegations named as participants; an unannounced one is named only once its head confirms.
             */
            delegation_ids: number[];
            /**
             * Embargo At
             * Format: date-time
             * @description When the text becomes public, with its offset (`2026-12-10T09:00:00+01:00`).
             */
            embargo_at: string;
            /**
             * Time Zone
             * @description The IANA time zone the embargo is told in (`Europe/Paris`).
             */
            time_zone: string;
        };
        /**
         * PublicationStatus
         * @enum {string}
         */
        PublicationStatus: "scheduled" | "published" | "cancelled";
        /**
         * PublishedText
         * @description A published text, as the public index lists it.
         */
        PublishedText: {
            /**
             * Id
             * @description Opaque publication id: `pub_` and 22 URL-safe characters.
             */
            id: string;
            /** Languages */
            languages: string[];
            /** Manifest Hash */
            manifest_hash: string;
            /**
             * Published At
             * Format: date-time
             */
            published_at: string;
            /** Title */
            title: string;
            /** Url */
            url: string;
        };
        /** RateCreate */
        RateCreate: {
            /**
             * As Of
             * Format: date
             */
            as_of: string;
            /**
             * Currency
             * @description ISO 4217 currency code.
             */
            currency: string;
            /**
             * Rate
             * @description Units of the reporting currency for one unit, as a string.
             */
            rate: string;
            /**
             * Reporting
             * @description ISO 4217 currency code.
             */
            reporting: string;
        };
        /** RatePublic */
        RatePublic: {
            /**
             * As Of
             * Format: date
             */
            as_of: string;
            /** Currency */
            currency: string;
            /**
             * Rate
             * @description An exact decimal as a string.
             */
            rate: string;
            /** Reporting */
            reporting: string;
        };
        /** ReopenCreate */
        ReopenCreate: {
            /**
             * Reason
             * @description Why the text goes back to drafting; kept in the audit log.
             * @default
             */
            reason: string;
        };
        /** ReturnPublic */
        ReturnPublic: {
            /** Amendments */
            amendments: components["schemas"]["ReturnedAmendment"][];
            /** Comments */
            comments: components["schemas"]["ReturnedComment"][];
            /**
             * Unplaced
             * @description What could not be placed, and why.
             */
            unplaced: components["schemas"]["NotPlaced"][];
        };
        /** ReturnedAmendment */
        ReturnedAmendment: {
            /** Amendment Id */
            amendment_id: number;
            /**
             * Base Version
             * @description The version the Word copy was made from.
             */
            base_version: number;
            /** Section Id */
            section_id: number;
            /**
             * Tracked
             * @description False: edited without Track Changes, found by comparing.
             */
            tracked: boolean;
        };
        /** ReturnedComment */
        ReturnedComment: {
            /** Comment Id */
            comment_id: number;
            /**
             * Quote
             * @description The words commented on; empty: the whole section.
             */
            quote: string;
            /** Section Id */
            section_id: number;
        };
        /** RevisionCreate */
        RevisionCreate: Record<string, never>;
        /** RevisionEntryPublic */
        RevisionEntryPublic: {
            kind: components["schemas"]["SectionKind"];
            /** Level */
            level: number | null;
            /** Number */
            number: number | null;
            /** Position */
            position: number;
            /** Section Id */
            section_id: number;
            /** Version */
            version: number;
        };
        /** RevisionPublic */
        RevisionPublic: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            created_by: components["schemas"]["PersonPublic"];
            /** Id */
            id: number;
            /** Label */
            label: string;
            /** Number */
            number: number;
            /** Sections */
            sections: components["schemas"]["RevisionEntryPublic"][];
        };
        /** SectionApprovals */
        SectionApprovals: {
            /** Content Hash */
            content_hash: string;
            kind: components["schemas"]["SectionKind"];
            /** Number */
            number: number | null;
            /** Positions */
            positions: components["schemas"]["CellPublic"][];
            /** Section Id */
            section_id: number;
            /**
             * Version
             * @description The current version, the only one positions count for.
             */
            version: number;
        };
        /**
         * SectionAt
         * @description A section at the version the caller saw.
         */
        SectionAt: {
            /** Section Id */
            section_id: number;
            /** Version */
            version: number;
        };
        /** SectionChange */
        SectionChange: {
            /**
             * Diff
             * @description Word diff when the text changed.
             */
            diff: [
                number,
                string
            ][] | null;
            /** From Number */
            from_number: number | null;
            /**
             * From Position
             * @description Place in the older text, from 0.
             */
            from_position: number | null;
            /** From Version */
            from_version: number | null;
            kind: components["schemas"]["SectionKind"];
            /** Moved */
            moved: boolean;
            /** Section Id */
            section_id: number;
            /**
             * Status
             * @enum {string}
             */
            status: "added" | "removed" | "changed" | "unchanged";
            /** To Number */
            to_number: number | null;
            /**
             * To Position
             * @description Place in the newer text, from 0.
             */
            to_position: number | null;
            /** To Version */
            to_version: number | null;
        };
        /** SectionCreate */
        SectionCreate: {
            /**
             * After
             * @description Insert after this section; null inserts first; omitted appends at the end.
             */
            after?: number | null;
            /** @default paragraph */
            kind: components["schemas"]["SectionKind"];
            /** Level */
            level?: number | null;
            /** Text */
            text: string;
        };
        /** SectionDiff */
        SectionDiff: {
            /** Diff */
            diff: [
                number,
                string
            ][];
            /** From Version */
            from_version: number;
            /** Section Id */
            section_id: number;
            /** To Version */
            to_version: number;
        };
        /**
         * SectionKind
         * @enum {string}
         */
        SectionKind: "heading" | "paragraph";
        /** SectionPublic */
        SectionPublic: {
            /** Alternatives */
            alternatives?: components["schemas"]["AlternativesPublic"][];
            brackets: components["schemas"]["Brackets"];
            /**
             * Comments
             * @description Open comment threads visible to you.
             * @default 0
             */
            comments: number;
            current: components["schemas"]["VersionPublic"];
            /** Document Id */
            document_id: number;
            /**
             * Holders
             * @description Brackets of the current text and the delegations holding them (those you may know of).
             */
            holders?: components["schemas"]["HeldBracket"][];
            /** Id */
            id: number;
            kind: components["schemas"]["SectionKind"];
            /** Level */
            level: number | null;
            /**
             * Number
             * @description Paragraph number ('para. 17'); None for headings.
             */
            number: number | null;
            /**
             * Options
             * @description `Option 1:` / `Alt 2:` lines of the paragraph.
             */
            options?: components["schemas"]["OptionPublic"][];
            /**
             * Pairs
             * @description The brackets opened and closed in the current text, in order of opening.
             */
            pairs?: components["schemas"]["BracketPair"][];
            /** Position */
            position: number | null;
            /** Retired */
            retired: boolean;
            /**
             * Spans
             * @description Spans crossing sections that cover this one (document views only).
             */
            spans?: components["schemas"]["SpanMark"][];
        };
        /** SectionTranslation */
        SectionTranslation: {
            language: components["schemas"]["LanguageInfo"];
            /** May Translate */
            may_translate: boolean;
            /** Section Id */
            section_id: number;
            /**
             * Source Diff
             * @description Out of date: the source's changes since the version translated.
             */
            source_diff: [
                number,
                string
            ][] | null;
            /** Source Html */
            source_html: string;
            /** Source Text */
            source_text: string;
            /**
             * Source Version
             * @description The source's current version.
             */
            source_version: number;
            /**
             * Status
             * @enum {string}
             */
            status: "current" | "out_of_date" | "missing";
            translation: components["schemas"]["TranslationPublic"] | null;
        };
        /** SectionUpdate */
        SectionUpdate: {
            /**
             * After
             * @description Move after this section; null moves first.
             */
            after?: number | null;
            kind?: components["schemas"]["SectionKind"] | null;
            /** Level */
            level?: number | null;
        };
        /** ShareIn */
        ShareIn: {
            /**
             * Amount
             * @description An exact decimal amount as a string (never a JSON number).
             */
            amount: string;
            /** Delegation Id */
            delegation_id: number;
        };
        /** ShareOut */
        ShareOut: {
            /**
             * Amount
             * @description An exact decimal as a string.
             */
            amount: string;
            delegation: components["schemas"]["DelegationPublic"];
        };
        /** SilenceBreak */
        SilenceBreak: {
            /** Reason */
            reason: string;
        };
        /** SilenceCreate */
        SilenceCreate: {
            /**
             * Deadline
             * Format: date-time
             * @description ISO 8601 with an offset, e.g. 2026-12-01T12:00Z.
             */
            deadline: string;
        };
        /** SilencePublic */
        SilencePublic: {
            /** Broken At */
            broken_at: string | null;
            /** @description Who broke it; null when it was broken through the secretariat for you. */
            broken_by: components["schemas"]["PersonPublic"] | null;
            broken_delegation: components["schemas"]["DelegationPublic"] | null;
            /** Broken Reason */
            broken_reason: string;
            /**
             * Broken Through
             * @description `party`: a delegation broke it in its own name. `secretariat`: an unannounced delegation broke it; only the secretariat and that delegation are told who, and why. null: not broken.
             */
            broken_through: ("party" | "secretariat") | null;
            /**
             * Deadline
             * Format: date-time
             */
            deadline: string;
            /** Id */
            id: number;
            /** Revision */
            revision: string;
            /**
             * Started At
             * Format: date-time
             */
            started_at: string;
            /** Status */
            status: string;
        };
        /**
         * SpanMark
         * @description A span that crosses sections, as one of the sections it covers sees it.
         */
        SpanMark: {
            /**
             * Depth
             * @description 0 for an outermost span.
             */
            depth: number;
            /**
             * End
             * @description Offset of the span's `]` in the last section's current text.
             */
            end: number;
            /** First Section Id */
            first_section_id: number;
            /** Last Section Id */
            last_section_id: number;
            /**
             * Role
             * @enum {string}
             */
            role: "opens" | "inside" | "closes";
            /**
             * Span
             * @description The span's number in the document (order of opening).
             */
            span: number;
            /**
             * Start
             * @description Offset of the span's `[` in the first section's current text.
             */
            start: number;
        };
        /** SuggestionPublic */
        SuggestionPublic: {
            amendment: components["schemas"]["AmendmentPublic"];
            /**
             * Current Version
             * @description The section's current version it is shown over.
             */
            current_version: number;
            /**
             * Html
             * @description What accepting it would make of the current text, as tracked changes over the rendered text, attributed to the delegation's code.
             */
            html: string;
        };
        /** TemplatePublic */
        TemplatePublic: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Default
             * @description Used by every Word export that names no template.
             */
            default: boolean;
            /** Id */
            id: number;
            /** Name */
            name: string;
            /** Sha256 */
            sha256: string;
            /**
             * Size
             * @description Bytes.
             */
            size: number;
        };
        /** TokenCreate */
        TokenCreate: {
            /** Name */
            name: string;
        };
        /** TokenCreated */
        TokenCreated: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Id */
            id: number;
            /** Name */
            name: string;
            /** Token */
            token: string;
        };
        /** TokenPublic */
        TokenPublic: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Id */
            id: number;
            /** Name */
            name: string;
            /** Prefix */
            prefix: string;
            /** Revoked At */
            revoked_at: string | null;
        };
        /** Total */
        Total: {
            /** Amounts */
            amounts: components["schemas"]["CurrencyAmount"][];
            /**
             * Id
             * @description The project's public id or the delegation's id.
             */
            id: string;
            /**
             * Key
             * @description The project's or delegation's public name.
             */
            key: string;
        };
        /** Totals */
        Totals: {
            /** By Currency */
            by_currency: components["schemas"]["CurrencyAmount"][];
            /** By Delegation */
            by_delegation: components["schemas"]["Total"][];
            /** By Project */
            by_project: components["schemas"]["Total"][];
            converted: components["schemas"]["Converted"] | null;
            /** Note */
            note: string;
            /**
             * Scope
             * @description `all` for the secretariat; otherwise only the commitments you may see.
             * @enum {string}
             */
            scope: "all" | "visible_to_you";
        };
        /** TrackedChanges */
        TrackedChanges: {
            /**
             * Count
             * @description How many sections changed.
             */
            count: number;
            /** Document Id */
            document_id: number;
            /**
             * Sections
             * @description The changed sections, in document order.
             */
            sections: components["schemas"]["TrackedSection"][];
            /**
             * Since
             * @description `Rev.N`, or `approval` (each section's last approved version).
             */
            since: string;
            /**
             * Until
             * @description `Rev.N`, or `head` (the current text).
             */
            until: string;
        };
        /** TrackedSection */
        TrackedSection: {
            /**
             * From Number
             * @description A moved paragraph's number in the older text.
             */
            from_number?: number | null;
            /** From Version */
            from_version: number | null;
            /**
             * Html
             * @description The section as tracked changes over its rendered text: <ins> and <del>.
             */
            html: string;
            /**
             * Moved
             * @description Moved: its place among the others is not the one it had.
             * @default false
             */
            moved: boolean;
            /** Section Id */
            section_id: number;
            /**
             * Status
             * @description `moved`: moved, its text unchanged (a moved and changed one is `changed`).
             * @enum {string}
             */
            status: "added" | "removed" | "changed" | "moved";
            /** To Version */
            to_version: number | null;
        };
        /** TranslationCounts */
        TranslationCounts: {
            /** Current */
            current: number;
            /** Missing */
            missing: number;
            /** Out Of Date */
            out_of_date: number;
        };
        /** TranslationCreate */
        TranslationCreate: {
            /**
             * Base Version
             * @description The translation version this one replaces (null for the first).
             */
            base_version: number | null;
            /**
             * Source Version
             * @description The source version translated: the current one.
             */
            source_version: number;
            /** Text */
            text: string;
        };
        /** TranslationPublic */
        TranslationPublic: {
            author: components["schemas"]["PersonPublic"];
            /** Content Hash */
            content_hash: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            delegation: components["schemas"]["DelegationPublic"] | null;
            /** Html */
            html: string;
            /** Language */
            language: string;
            /** Number */
            number: number;
            /**
             * Source Hash
             * @description That version's content hash.
             */
            source_hash: string;
            /**
             * Source Version
             * @description The source version it translates.
             */
            source_version: number;
            /** Text */
            text: string;
        };
        /** TranslationRow */
        TranslationRow: {
            /** Html */
            html: string | null;
            kind: components["schemas"]["SectionKind"];
            /**
             * Number
             * @description The paragraph's number in the source.
             */
            number: number | null;
            /** Section Id */
            section_id: number;
            /** Source Version */
            source_version: number;
            /**
             * Status
             * @enum {string}
             */
            status: "current" | "out_of_date" | "missing";
            /**
             * Text
             * @description The latest translation's text (Markdown).
             */
            text: string | null;
            /** Translated Source Version */
            translated_source_version: number | null;
            /**
             * Version
             * @description The latest translation's version.
             */
            version: number | null;
        };
        /** TranslationSaved */
        TranslationSaved: {
            author: components["schemas"]["PersonPublic"];
            /** Content Hash */
            content_hash: string;
            /**
             * Created
             * @description False when this translation was already current.
             */
            created: boolean;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            delegation: components["schemas"]["DelegationPublic"] | null;
            /** Html */
            html: string;
            /** Language */
            language: string;
            /** Number */
            number: number;
            /**
             * Source Hash
             * @description That version's content hash.
             */
            source_hash: string;
            /**
             * Source Version
             * @description The source version it translates.
             */
            source_version: number;
            /** Text */
            text: string;
        };
        /** TranslatorAdd */
        TranslatorAdd: {
            /** User Id */
            user_id: number;
        };
        /** Unsubscribed */
        Unsubscribed: {
            kind: components["schemas"]["NotificationKind"];
            /**
             * Mode
             * @enum {string}
             */
            mode: "immediately" | "digest" | "off";
        };
        /** UserCreate */
        UserCreate: {
            /** Delegation Id */
            delegation_id?: number | null;
            /** Email */
            email: string;
            /**
             * Head
             * @default false
             */
            head: boolean;
            /** Name */
            name: string;
            /**
             * Secretariat
             * @default false
             */
            secretariat: boolean;
        };
        /** UserCreated */
        UserCreated: {
            /**
             * Invitation Expires At
             * Format: date-time
             */
            invitation_expires_at: string;
            /**
             * Invitation Url
             * @description One-time link to hand to the person.
             */
            invitation_url: string;
            user: components["schemas"]["UserPublic"];
        };
        /**
         * UserPublic
         * @description A person as the secretariat sees them.
         */
        UserPublic: {
            /** Delegation Id */
            delegation_id: number | null;
            /** Disabled */
            disabled: boolean;
            /** Email */
            email: string;
            /** Has Password */
            has_password: boolean;
            /** Id */
            id: number;
            /**
             * Invitation Expires At
             * @description When their invitation link stops working; null if none works now.
             */
            invitation_expires_at: string | null;
            /** Is Head */
            is_head: boolean;
            /** Is Secretariat */
            is_secretariat: boolean;
            /**
             * Last Sign In At
             * @description When the person last signed in; null if they never have.
             */
            last_sign_in_at: string | null;
            /** Name */
            name: string;
        };
        /** UserUpdate */
        UserUpdate: {
            /** Disabled */
            disabled?: boolean | null;
            /** Name */
            name?: string | null;
        };
        /** VersionCreate */
        VersionCreate: {
            /** Base Version */
            base_version: number;
            /** Text */
            text: string;
        };
        /** VersionPublic */
        VersionPublic: {
            author: components["schemas"]["PersonPublic"];
            /** Base Version */
            base_version: number | null;
            /** Content Hash */
            content_hash: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            delegation: components["schemas"]["DelegationPublic"] | null;
            /** Html */
            html: string;
            /** Merged */
            merged: boolean;
            /** Number */
            number: number;
            /** Text */
            text: string;
        };
        /** VersionSaved */
        VersionSaved: {
            author: components["schemas"]["PersonPublic"];
            /** Base Version */
            base_version: number | null;
            /** Content Hash */
            content_hash: string;
            /**
             * Created
             * @description False when the text equals the current version.
             */
            created: boolean;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            delegation: components["schemas"]["DelegationPublic"] | null;
            /** Html */
            html: string;
            /** Merged */
            merged: boolean;
            /** Number */
            number: number;
            /** Text */
            text: string;
        };
        /** WorkingGroupCreate */
        WorkingGroupCreate: {
            /**
             * Description
             * @default
             */
            description: string;
            /** Name */
            name: string;
        };
        /** WorkingGroupMemberAdd */
        WorkingGroupMemberAdd: {
            /** @default member */
            role: components["schemas"]["WorkingGroupRole"];
            /** User Id */
            user_id: number;
        };
        /** WorkingGroupMemberPublic */
        WorkingGroupMemberPublic: {
            person: components["schemas"]["PersonPublic"];
            role: components["schemas"]["WorkingGroupRole"];
        };
        /** WorkingGroupPublic */
        WorkingGroupPublic: {
            /** Description */
            description: string;
            /** Id */
            id: number;
            /** Members */
            members: components["schemas"]["WorkingGroupMemberPublic"][];
            /** Name */
            name: string;
        };
        /**
         * WorkingGroupRole
         * @enum {string}
         */
        WorkingGroupRole: "chair" | "member";
        /** WorkingGroupUpdate */
        WorkingGroupUpdate: {
            /** Description */
            description?: string | null;
            /** Name */
            name?: string | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    accept_amendment_api_v1_amendments__amendment_id__accept_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque amendment id: `amd_` and 22 URL-safe characters. */
                amendment_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["AmendmentDecision"] | null;
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AmendmentPublic"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `edit_conflict`, `document_frozen` or `amendment_closed`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    reject_amendment_api_v1_amendments__amendment_id__reject_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque amendment id: `amd_` and 22 URL-safe characters. */
                amendment_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["AmendmentDecision"] | null;
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AmendmentPublic"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    withdraw_amendment_api_v1_amendments__amendment_id__withdraw_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque amendment id: `amd_` and 22 URL-safe characters. */
                amendment_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["AmendmentDecision"] | null;
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AmendmentPublic"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_audit_events_api_v1_audit_get: {
        parameters: {
            query?: {
                /** @description What the events are about (each action has one kind). */
                kind?: components["schemas"]["ActionKind"] | null;
                /** @description Include sign-ins, which are left out unless asked for here, by `kind=sign_ins` or by `action`. */
                sign_ins?: boolean;
                /** @description e.g. `version.create`. */
                action?: string | null;
                /** @description e.g. `section`. */
                object_type?: string | null;
                object_id?: string | null;
                actor_id?: number | null;
                /** @description Inclusive, with a time zone. */
                since?: string | null;
                /** @description Exclusive, with a time zone. */
                until?: string | null;
                /** @description Only events before this seq: `next_before` of a page. */
                before?: number | null;
                offset?: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPage"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `secretariat_only`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    accept_invitation_api_v1_auth_invitations_accept_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvitationAccept"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MePublic"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `invitation_invalid`: unknown, used or expired. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    show_invitation_api_v1_auth_invitations__token__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationPublic"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `invitation_invalid`: unknown, used or expired. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    login_api_v1_auth_login_post: {
        parameters: {
            query?: never;
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
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MePublic"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    logout_api_v1_auth_logout_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    me_api_v1_auth_me_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MePublic"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    oidc_callback_api_v1_auth_oidc__provider__callback_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                provider: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed in: the session cookie is set. */
            303: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `oidc_state_mismatch`, `oidc_provider_error`… */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `oidc_account_disabled`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `oidc_provider_unavailable`. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    oidc_login_api_v1_auth_oidc__provider__login_get: {
        parameters: {
            query?: {
                invitation?: string | null;
                next?: string | null;
            };
            header?: never;
            path: {
                provider: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description To the provider's sign-in page. */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `oidc_state_mismatch`, `oidc_provider_error`… */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `oidc_account_disabled`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `oidc_provider_unavailable`. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_providers_api_v1_auth_providers_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderPublic"][];
                };
            };
            /** @description `oidc_state_mismatch`, `oidc_provider_error`… */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `oidc_account_disabled`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `oidc_provider_unavailable`. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_tokens_api_v1_auth_tokens_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPublic"][];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    create_token_api_v1_auth_tokens_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenCreated"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    revoke_token_api_v1_auth_tokens__token_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    edit_comment_api_v1_comments__comment_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque comment id: `cmt_` and 22 URL-safe characters. */
                comment_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentPublic"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    resolve_comment_api_v1_comments__comment_id__resolve_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque comment id: `cmt_` and 22 URL-safe characters. */
                comment_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CommentResolve"] | null;
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentPublic"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_commitments_api_v1_commitments_get: {
        parameters: {
            query?: {
                delegation_id?: number | null;
                status?: components["schemas"]["CommitmentStatus"] | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommitmentPublic"][];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    create_commitment_api_v1_commitments_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommitmentCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommitmentPublic"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    commitment_totals_api_v1_commitments_totals_get: {
        parameters: {
            query?: {
                reporting?: string | null;
                /** @description Rates of this date (default today). */
                on?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Totals"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    get_commitment_api_v1_commitments__commitment_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque pledge id: `pld_` and 22 URL-safe characters. */
                commitment_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommitmentPublic"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    update_commitment_api_v1_commitments__commitment_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque pledge id: `pld_` and 22 URL-safe characters. */
                commitment_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommitmentUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommitmentPublic"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_delegations_api_v1_delegations_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DelegationPublic"][];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    create_delegation_api_v1_delegations_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DelegationCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DelegationDetail"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    get_delegation_api_v1_delegations__delegation_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                delegation_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DelegationDetail"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    update_delegation_api_v1_delegations__delegation_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                delegation_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DelegationUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DelegationDetail"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_approvers_api_v1_delegations__delegation_id__approvers_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                delegation_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApproverPublic"][];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `not_a_party`, `not_an_approver`, `not_the_head`, `not_a_member`, `not_the_chair` or `secretariat_only`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    allow_approver_api_v1_delegations__delegation_id__approvers__user_id__put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                delegation_id: number;
                user_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApproverPublic"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `not_a_party`, `not_an_approver`, `not_the_head`, `not_a_member`, `not_the_chair` or `secretariat_only`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    disallow_approver_api_v1_delegations__delegation_id__approvers__user_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                delegation_id: number;
                user_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `not_a_party`, `not_an_approver`, `not_the_head`, `not_a_member`, `not_the_chair` or `secretariat_only`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    add_delegation_member_api_v1_delegations__delegation_id__members_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                delegation_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DelegationMemberAdd"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DelegationDetail"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_documents_api_v1_documents_get: {
        parameters: {
            query?: {
                offset?: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentListed"][];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    create_document_api_v1_documents_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DocumentCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentOverview"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    import_draft_api_v1_documents_import_post: {
        parameters: {
            query?: {
                /** @description Only say what would be created. */
                dry_run?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["Body_import_draft_api_v1_documents_import_post"];
            };
        };
        responses: {
            /** @description The dry run: what would be created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResult"];
                };
            };
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResult"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    get_document_api_v1_documents__document_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                document_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentOverview"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    update_document_api_v1_documents__document_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                document_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DocumentUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentOverview"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    adopt_api_v1_documents__document_id__adopt_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                document_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LifecycleCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LifecyclePublic"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `not_a_party`, `not_an_approver`, `not_the_head`, `not_a_member`, `not_the_chair` or `secretariat_only`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    approval_matrix_api_v1_documents__document_id__approvals_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                document_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalMatrix"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `not_a_party`, `not_an_approver`, `not_the_head`, `not_a_member`, `not_the_chair` or `secretariat_only`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    tracked_changes_api_v1_documents__document_id__changes_get: {
        parameters: {
            query: {
                /** @description `Rev.N` (or `N`), or `approval`: each section's last approved version. */
                since: string;
                /** @description A later `Rev.N` (or `N`), or `head`: the current text (the default). */
                until?: string;
            };
            header?: never;
            path: {
                document_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrackedChanges"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    circulate_api_v1_documents__document_id__circulate_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                document_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LifecycleCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LifecyclePublic"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `not_a_party`, `not_an_approver`, `not_the_head`, `not_a_member`, `not_the_chair` or `secretariat_only`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_document_comments_api_v1_documents__document_id__comments_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                document_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentPublic"][];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    document_diff_api_v1_documents__document_id__diff_get: {
        parameters: {
            query: {
                from: string;
                /** @description `Rev.N`, `N` or `head`. */
                to?: string;
            };
            header?: never;
            path: {
                document_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentDiff"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    document_events_api_v1_documents__document_id__events_get: {
        parameters: {
            query?: {
                /** @description Send `ready` and `presence`, then close. */
                once?: boolean;
            };
            header?: never;
            path: {
                document_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": {
                        data?: string;
                        /** @enum {string} */
                        event?: "ready" | "version" | "section" | "comment" | "amendment" | "approval" | "lifecycle" | "translation" | "presence" | "end";
                        /** @description The change's sealed position: opaque, for `Last-Event-ID`. */
                        id?: string;
                        retry?: number;
                    };
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    export_docx_api_v1_documents__document_id__export_docx_get: {
        parameters: {
            query?: {
                /** @description `clean` text, `bracketed` negotiating copy, or `redline` of changes. */
                variant?: "clean" | "bracketed" | "redline";
                /** @description `Rev.N`, `N` or `head` (default). */
                revision?: string;
                /** @description Redline only: the earlier text (default: the revision before `revision`). */
                compare_to?: string | null;
                /** @description False leaves the delegations' statements (footnotes) out. */
                statements?: boolean;
                /** @description One of the document's other languages (ISO 639-1): its translation, the negotiating text where a section has none. Not for a redline. */
                language?: string | null;
                /** @description Bilingual (Word, PDF, HTML): a second language in a column beside the first, each paragraph in its own direction, numbers aligned. Not for a redline. */
                beside?: string | null;
                /** @description A template id (default: the default template, if any). */
                template?: number | null;
            };
            header?: never;
            path: {
                document_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Word file. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    export_html_api_v1_documents__document_id__export_html_get: {
        parameters: {
            query?: {
                /** @description `clean` text, `bracketed` negotiating copy, or `redline` of changes. */
                variant?: "clean" | "bracketed" | "redline";
                /** @description `Rev.N`, `N` or `head` (default). */
                revision?: string;
                /** @description Redline only: the earlier text (default: the revision before `revision`). */
                compare_to?: string | null;
                /** @description False leaves the delegations' statements (footnotes) out. */
                statements?: boolean;
                /** @description One of the document's other languages (ISO 639-1): its translation, the negotiating text where a section has none. Not for a redline. */
                language?: string | null;
                /** @description Bilingual (Word, PDF, HTML): a second language in a column beside the first, each paragraph in its own direction, numbers aligned. Not for a redline. */
                beside?: string | null;
            };
            header?: never;
            path: {
                document_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A standalone, printable page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    export_markdown_api_v1_documents__document_id__export_md_get: {
        parameters: {
            query?: {
                /** @description `clean` text, `bracketed` negotiating copy, or `redline` of changes. */
                variant?: "clean" | "bracketed" | "redline";
                /** @description `Rev.N`, `N` or `head` (default). */
                revision?: string;
                /** @description Redline only: the earlier text (default: the revision before `revision`). */
                compare_to?: string | null;
                /** @description False leaves the delegations' statements (footnotes) out. */
                statements?: boolean;
                /** @description One of the document's other languages (ISO 639-1): its translation, the negotiating text where a section has none. Not for a redline. */
                language?: string | null;
                /** @description Bilingual (Word, PDF, HTML): a second language in a column beside the first, each paragraph in its own direction, numbers aligned. Not for a redline. */
                beside?: string | null;
            };
            header?: never;
            path: {
                document_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Canonical Markdown with paragraph numbers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/markdown": string;
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    export_pdf_api_v1_documents__document_id__export_pdf_get: {
        parameters: {
            query?: {
                /** @description `clean` text, `bracketed` negotiating copy, or `redline` of changes. */
                variant?: "clean" | "bracketed" | "redline";
                /** @description `Rev.N`, `N` or `head` (default). */
                revision?: string;
                /** @description Redline only: the earlier text (default: the revision before `revision`). */
                compare_to?: string | null;
                /** @description False leaves the delegations' statements (footnotes) out. */
                statements?: boolean;
                /** @description One of the document's other languages (ISO 639-1): its translation, the negotiating text where a section has none. Not for a redline. */
                language?: string | null;
                /** @description Bilingual (Word, PDF, HTML): a second language in a column beside the first, each paragraph in its own direction, numbers aligned. Not for a redline. */
                beside?: string | null;
                /** @description A template id (default: the default template, if any). */
                template?: number | null;
            };
            header?: never;
            path: {
                document_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The PDF: the Word file as printed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Every PDF slot is busy (`pdf_busy`, with `Retry-After`), or the server cannot make PDFs (`pdf_unavailable`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    get_languages_api_v1_documents__document_id__languages_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                document_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentLanguages"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    put_language_api_v1_documents__document_id__languages__language__put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ISO 639-1. */
                language: string;
                document_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LanguageSettings"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LanguagePublic"];
                };
            };
            /** @description The language was added. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LanguagePublic"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    delete_language_api_v1_documents__document_id__languages__language__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ISO 639-1. */
                language: string;
                document_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    add_translator_api_v1_documents__document_id__languages__language__translators_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ISO 639-1. */
                language: string;
                document_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TranslatorAdd"];
            };
        };
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    delete_translator_api_v1_documents__document_id__languages__language__translators__user_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ISO 639-1. */
                language: string;
                user_id: number;
                document_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    lifecycle_state_api_v1_documents__document_id__lifecycle_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                document_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LifecyclePublic"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `not_a_party`, `not_an_approver`, `not_the_head`, `not_a_member`, `not_the_chair` or `secretariat_only`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    announce_presence_api_v1_documents__document_id__presence_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                document_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PresenceUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    get_publication_api_v1_documents__document_id__publication_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                document_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicationPublic"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    schedule_publication_api_v1_documents__document_id__publication_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                document_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublicationSchedule"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicationPublic"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    cancel_publication_api_v1_documents__document_id__publication_delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                document_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicationPublic"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    confirm_announcement_api_v1_documents__document_id__publication_confirm_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                document_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicationPublic"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    reopen_api_v1_documents__document_id__reopen_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                document_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReopenCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LifecyclePublic"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `not_a_party`, `not_an_approver`, `not_the_head`, `not_a_member`, `not_the_chair` or `secretariat_only`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    return_copy_api_v1_documents__document_id__returns_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                document_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["Body_return_copy_api_v1_documents__document_id__returns_post"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReturnPublic"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_revisions_api_v1_documents__document_id__revisions_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                document_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevisionPublic"][];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    create_revision_api_v1_documents__document_id__revisions_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                document_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevisionCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevisionPublic"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    create_section_api_v1_documents__document_id__sections_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                document_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SectionCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SectionPublic"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    start_silence_api_v1_documents__document_id__silence_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                document_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SilenceCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LifecyclePublic"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `not_a_party`, `not_an_approver`, `not_the_head`, `not_a_member`, `not_the_chair` or `secretariat_only`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    break_silence_api_v1_documents__document_id__silence_break_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                document_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SilenceBreak"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LifecyclePublic"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `not_a_party`, `not_an_approver`, `not_the_head`, `not_a_member`, `not_the_chair` or `secretariat_only`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_suggestions_api_v1_documents__document_id__suggestions_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                document_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuggestionPublic"][];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    get_document_translations_api_v1_documents__document_id__translations__language__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ISO 639-1. */
                language: string;
                document_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentTranslations"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_rates_api_v1_exchange_rates_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RatePublic"][];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    set_rate_api_v1_exchange_rates_put: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RateCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RatePublic"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_templates_api_v1_export_templates_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplatePublic"][];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    upload_template_api_v1_export_templates_post: {
        parameters: {
            query?: {
                name?: string;
                /** @description Make it the template every export uses. */
                default?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplatePublic"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    delete_template_api_v1_export_templates__template_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                template_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    healthz_api_v1_healthz_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
        };
    };
    list_notifications_api_v1_notifications_get: {
        parameters: {
            query?: {
                limit?: number;
                before?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPage"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    notification_events_api_v1_notifications_events_get: {
        parameters: {
            query?: {
                /** @description Send `unread`, then close. */
                once?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": {
                        data?: string;
                        /** @enum {string} */
                        event?: "unread" | "end";
                        retry?: number;
                    };
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    get_notification_preferences_api_v1_notifications_preferences_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreferencesPublic"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    update_notification_preferences_api_v1_notifications_preferences_patch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PreferencesUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreferencesPublic"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    mark_notifications_read_api_v1_notifications_read_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["MarkRead"] | null;
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarkedRead"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    unsubscribe_page_api_v1_notifications_unsubscribe_get: {
        parameters: {
            query: {
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unsubscribe_link_invalid`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    unsubscribe_one_click_api_v1_notifications_unsubscribe_post: {
        parameters: {
            query: {
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Unsubscribed"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unsubscribe_link_invalid`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_projects_api_v1_projects_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectPublic"][];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    create_project_api_v1_projects_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProjectCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectPublic"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    get_project_api_v1_projects__project_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque project id: `prj_` and 22 URL-safe characters. */
                project_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectPublic"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    update_project_api_v1_projects__project_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque project id: `prj_` and 22 URL-safe characters. */
                project_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProjectUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectPublic"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_published_api_v1_published_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublishedText"][];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    readyz_api_v1_readyz_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    get_section_api_v1_sections__section_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                section_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SectionPublic"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    retire_section_api_v1_sections__section_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                section_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    update_section_api_v1_sections__section_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                section_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SectionUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SectionPublic"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_amendments_api_v1_sections__section_id__amendments_get: {
        parameters: {
            query?: {
                status?: "open" | "accepted" | "rejected" | "withdrawn" | "compiled" | "all";
            };
            header?: never;
            path: {
                section_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AmendmentPublic"][];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    propose_amendment_api_v1_sections__section_id__amendments_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                section_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AmendmentCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AmendmentPublic"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    set_position_api_v1_sections__section_id__approvals_mine_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                section_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PositionSet"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalPublic"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `not_a_party`, `not_an_approver`, `not_the_head`, `not_a_member`, `not_the_chair` or `secretariat_only`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    withdraw_position_api_v1_sections__section_id__approvals_mine_delete: {
        parameters: {
            query?: {
                /** @description The version whose position to withdraw (default: current). */
                version?: number | null;
            };
            header?: never;
            path: {
                section_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalPublic"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `not_a_party`, `not_an_approver`, `not_the_head`, `not_a_member`, `not_the_chair` or `secretariat_only`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    decide_brackets_api_v1_sections__section_id__brackets_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                section_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BracketDecision"];
            };
        };
        responses: {
            /** @description The decision changes nothing. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionSaved"];
                };
            };
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionSaved"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `no_such_brackets`, or `edit_conflict` as for any save. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    section_changes_api_v1_sections__section_id__changes_get: {
        parameters: {
            query: {
                from: number;
                to: number;
            };
            header?: never;
            path: {
                section_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrackedSection"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_comments_api_v1_sections__section_id__comments_get: {
        parameters: {
            query?: {
                /** @description The comments on the section's translation into this language of the document; omitted: those on the negotiating text. */
                language?: string | null;
            };
            header?: never;
            path: {
                section_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentPublic"][];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    create_comment_api_v1_sections__section_id__comments_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                section_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentPublic"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    compile_amendments_api_v1_sections__section_id__compile_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                section_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompileRequest"];
            };
        };
        responses: {
            /** @description The text already reads so: no version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompiledPublic"];
                };
            };
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompiledPublic"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `nothing_to_compile`, `not_compilable` or `edit_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    section_diff_api_v1_sections__section_id__diff_get: {
        parameters: {
            query: {
                from: number;
                to: number;
            };
            header?: never;
            path: {
                section_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SectionDiff"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    set_holders_api_v1_sections__section_id__holders_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                section_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HoldersUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SectionPublic"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `no_such_brackets`: no bracket opens at `start`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    get_section_translation_api_v1_sections__section_id__translations__language__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ISO 639-1. */
                language: string;
                section_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SectionTranslation"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    save_translation_api_v1_sections__section_id__translations__language__post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                section_id: number;
                /** @description ISO 639-1. */
                language: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TranslationCreate"];
            };
        };
        responses: {
            /** @description Already current: nothing new. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TranslationSaved"];
                };
            };
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TranslationSaved"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `translation_source_stale` or `translation_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_translation_versions_api_v1_sections__section_id__translations__language__versions_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ISO 639-1. */
                language: string;
                section_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TranslationPublic"][];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_versions_api_v1_sections__section_id__versions_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                section_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionPublic"][];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    save_version_api_v1_sections__section_id__versions_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                section_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VersionCreate"];
            };
        };
        responses: {
            /** @description The text is already current: nothing new. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionSaved"];
                };
            };
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionSaved"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `edit_conflict` with base, current and proposed texts. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    get_version_api_v1_sections__section_id__versions__number__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                number: number;
                section_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionPublic"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_users_api_v1_users_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPublic"][];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    create_user_api_v1_users_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserCreated"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    update_user_api_v1_users__user_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPublic"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    reissue_invitation_api_v1_users__user_id__invitation_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["InvitationRequest"] | null;
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationIssued"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `already_signed_in`, `person_disabled` or `no_open_invitation`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    revoke_invitation_api_v1_users__user_id__invitation_delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `already_signed_in`, `person_disabled` or `no_open_invitation`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_working_groups_api_v1_working_groups_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkingGroupPublic"][];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    create_working_group_api_v1_working_groups_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkingGroupCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkingGroupPublic"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    get_working_group_api_v1_working_groups__group_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                group_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkingGroupPublic"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    update_working_group_api_v1_working_groups__group_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                group_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkingGroupUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkingGroupPublic"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    add_working_group_member_api_v1_working_groups__group_id__members_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                group_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkingGroupMemberAdd"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkingGroupPublic"];
                };
            };
            /** @description `bad_request`: a body that could not be read, or an OpenID sign-in refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `unauthenticated`: no valid session or token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description You may see this but not do this: `secretariat_only`, `not_a_drafter`, … */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object does not exist or is not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A business conflict: `document_frozen`, `edit_conflict`, … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `text_too_large` or `request_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Malformed input; `details.field` names the field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
}
