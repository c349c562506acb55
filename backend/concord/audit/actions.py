"""Every audit action, in one typed registry: what the log records and what live streams tell.

An action is `object.verb`, stored as text in `audit_event.action`. Services log one of these;
`live/capture.py` marks each as told to a document's live subscribers or not, and
`live/events.py` renders the ones that are (tests/live/test_actions.py checks every action is
one or the other). Add a member here, never a string at the call site.
"""

from __future__ import annotations

from enum import StrEnum


class Action(StrEnum):
    # identity: sign-in, people, delegations, working groups, tokens
    AUTH_LOGIN = "auth.login"
    AUTH_LOGIN_FAILED = "auth.login_failed"
    AUTH_LOGOUT = "auth.logout"
    USER_CREATE = "user.create"
    USER_INVITE = "user.invite"
    USER_UPDATE = "user.update"
    INVITATION_ACCEPT = "invitation.accept"
    TOKEN_CREATE = "token.create"  # noqa: S105 (an action, not a secret)
    TOKEN_REVOKE = "token.revoke"  # noqa: S105
    DELEGATION_CREATE = "delegation.create"
    DELEGATION_UPDATE = "delegation.update"
    DELEGATION_MEMBER = "delegation.member"
    WORKING_GROUP_CREATE = "working_group.create"
    WORKING_GROUP_UPDATE = "working_group.update"
    WORKING_GROUP_MEMBER = "working_group.member"
    # drafting
    DOCUMENT_CREATE = "document.create"
    DOCUMENT_UPDATE = "document.update"
    SECTION_CREATE = "section.create"
    SECTION_UPDATE = "section.update"
    SECTION_RETIRE = "section.retire"
    VERSION_CREATE = "version.create"
    REVISION_CREATE = "revision.create"
    # deliberation
    COMMENT_CREATE = "comment.create"
    COMMENT_EDIT = "comment.edit"
    COMMENT_RESOLVE = "comment.resolve"
    COMMENT_REOPEN = "comment.reopen"
    AMENDMENT_PROPOSE = "amendment.propose"
    AMENDMENT_ACCEPT = "amendment.accept"
    AMENDMENT_REJECT = "amendment.reject"
    AMENDMENT_WITHDRAW = "amendment.withdraw"
    # consensus
    APPROVAL_SET = "approval.set"
    APPROVAL_CHANGED = "approval.changed"
    APPROVAL_CONFIRM = "approval.confirm"
    APPROVAL_WITHDRAW = "approval.withdraw"
    APPROVER_ALLOW = "approver.allow"
    APPROVER_DISALLOW = "approver.disallow"
    DOCUMENT_CIRCULATE = "document.circulate"
    SILENCE_START = "silence.start"
    SILENCE_BREAK = "silence.break"
    DOCUMENT_ADOPT = "document.adopt"
    DOCUMENT_REOPEN = "document.reopen"
    # export
    EXPORT_TEMPLATE_UPLOAD = "export_template.upload"
    EXPORT_TEMPLATE_DELETE = "export_template.delete"
    # any route: a refused request (recorded after its transaction rolled back)
    REQUEST_REFUSED = "request.refused"
