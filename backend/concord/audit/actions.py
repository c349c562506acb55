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


class Kind(StrEnum):
    """What an action is about, as the secretariat's audit screen filters it."""

    edits = "edits"  # documents, sections, versions, revisions, Word templates
    discussion = "discussion"  # comments and amendments
    positions = "positions"  # delegations' positions, and who may take them
    procedure = "procedure"  # circulation, silence, adoption, reopening
    people = "people"  # people, delegations, working groups, tokens, invitations
    sign_ins = "sign_ins"  # signing in and out, failed attempts
    refusals = "refusals"  # requests refused


KIND_OF: dict[Action, Kind] = {
    Action.AUTH_LOGIN: Kind.sign_ins,
    Action.AUTH_LOGIN_FAILED: Kind.sign_ins,
    Action.AUTH_LOGOUT: Kind.sign_ins,
    Action.USER_CREATE: Kind.people,
    Action.USER_INVITE: Kind.people,
    Action.USER_UPDATE: Kind.people,
    Action.INVITATION_ACCEPT: Kind.people,
    Action.TOKEN_CREATE: Kind.people,
    Action.TOKEN_REVOKE: Kind.people,
    Action.DELEGATION_CREATE: Kind.people,
    Action.DELEGATION_UPDATE: Kind.people,
    Action.DELEGATION_MEMBER: Kind.people,
    Action.WORKING_GROUP_CREATE: Kind.people,
    Action.WORKING_GROUP_UPDATE: Kind.people,
    Action.WORKING_GROUP_MEMBER: Kind.people,
    Action.DOCUMENT_CREATE: Kind.edits,
    Action.DOCUMENT_UPDATE: Kind.edits,
    Action.SECTION_CREATE: Kind.edits,
    Action.SECTION_UPDATE: Kind.edits,
    Action.SECTION_RETIRE: Kind.edits,
    Action.VERSION_CREATE: Kind.edits,
    Action.REVISION_CREATE: Kind.edits,
    Action.EXPORT_TEMPLATE_UPLOAD: Kind.edits,
    Action.EXPORT_TEMPLATE_DELETE: Kind.edits,
    Action.COMMENT_CREATE: Kind.discussion,
    Action.COMMENT_EDIT: Kind.discussion,
    Action.COMMENT_RESOLVE: Kind.discussion,
    Action.COMMENT_REOPEN: Kind.discussion,
    Action.AMENDMENT_PROPOSE: Kind.discussion,
    Action.AMENDMENT_ACCEPT: Kind.discussion,
    Action.AMENDMENT_REJECT: Kind.discussion,
    Action.AMENDMENT_WITHDRAW: Kind.discussion,
    Action.APPROVAL_SET: Kind.positions,
    Action.APPROVAL_CHANGED: Kind.positions,
    Action.APPROVAL_CONFIRM: Kind.positions,
    Action.APPROVAL_WITHDRAW: Kind.positions,
    Action.APPROVER_ALLOW: Kind.positions,
    Action.APPROVER_DISALLOW: Kind.positions,
    Action.DOCUMENT_CIRCULATE: Kind.procedure,
    Action.SILENCE_START: Kind.procedure,
    Action.SILENCE_BREAK: Kind.procedure,
    Action.DOCUMENT_ADOPT: Kind.procedure,
    Action.DOCUMENT_REOPEN: Kind.procedure,
    Action.REQUEST_REFUSED: Kind.refusals,
}


def actions_of(kind: Kind) -> list[str]:
    return sorted(action.value for action, of in KIND_OF.items() if of == kind)
