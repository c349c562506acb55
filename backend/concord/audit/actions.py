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
    INVITATION_REVOKE = "invitation.revoke"
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
    BRACKETS_RESOLVE = (
        "brackets.resolve"  # the chair's decision on brackets (drafting/alternatives)
    )
    BRACKETS_HOLDERS = "brackets.holders"  # the chair sets who holds a bracket
    VERSION_CREATE = "version.create"
    REVISION_CREATE = "revision.create"
    # translation
    DOCUMENT_LANGUAGE_SET = "document_language.set"
    DOCUMENT_LANGUAGE_REMOVE = "document_language.remove"
    TRANSLATOR_ADD = "translator.add"
    TRANSLATOR_REMOVE = "translator.remove"
    TRANSLATION_CREATE = "translation.create"
    # deliberation
    COMMENT_CREATE = "comment.create"
    COMMENT_EDIT = "comment.edit"
    COMMENT_RESOLVE = "comment.resolve"
    COMMENT_REOPEN = "comment.reopen"
    AMENDMENT_PROPOSE = "amendment.propose"
    AMENDMENT_ACCEPT = "amendment.accept"
    AMENDMENT_REJECT = "amendment.reject"
    AMENDMENT_WITHDRAW = "amendment.withdraw"
    AMENDMENTS_COMPILE = "amendments.compile"  # open amendments set side by side in brackets
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
    # commitments: the pledges register and its rates
    PROJECT_CREATE = "project.create"
    PROJECT_UPDATE = "project.update"
    COMMITMENT_CREATE = "commitment.create"
    COMMITMENT_UPDATE = "commitment.update"
    EXCHANGE_RATE_SET = "exchange_rate.set"
    # publication: an adopted text made public at its embargo time
    PUBLICATION_SCHEDULE = "publication.schedule"
    PUBLICATION_CANCEL = "publication.cancel"
    PUBLICATION_CONFIRM = "publication.confirm"
    PUBLICATION_PUBLISH = "publication.publish"
    # any route: a refused request (recorded after its transaction rolled back)
    REQUEST_REFUSED = "request.refused"


class ActionKind(StrEnum):
    """What an action is about, as the secretariat's audit screen filters it."""

    edits = "edits"  # documents, sections, versions, revisions, Word templates
    discussion = "discussion"  # comments and amendments
    positions = "positions"  # delegations' positions, and who may take them
    procedure = "procedure"  # circulation, silence, adoption, reopening
    people = "people"  # people, delegations, working groups, tokens, invitations
    sign_ins = "sign_ins"  # signing in and out, failed attempts
    refusals = "refusals"  # requests refused
    commitments = "commitments"  # projects, pledges and exchange rates


KIND_OF: dict[Action, ActionKind] = {
    Action.AUTH_LOGIN: ActionKind.sign_ins,
    Action.AUTH_LOGIN_FAILED: ActionKind.sign_ins,
    Action.AUTH_LOGOUT: ActionKind.sign_ins,
    Action.USER_CREATE: ActionKind.people,
    Action.USER_INVITE: ActionKind.people,
    Action.USER_UPDATE: ActionKind.people,
    Action.INVITATION_ACCEPT: ActionKind.people,
    Action.INVITATION_REVOKE: ActionKind.people,
    Action.TOKEN_CREATE: ActionKind.people,
    Action.TOKEN_REVOKE: ActionKind.people,
    Action.DELEGATION_CREATE: ActionKind.people,
    Action.DELEGATION_UPDATE: ActionKind.people,
    Action.DELEGATION_MEMBER: ActionKind.people,
    Action.WORKING_GROUP_CREATE: ActionKind.people,
    Action.WORKING_GROUP_UPDATE: ActionKind.people,
    Action.WORKING_GROUP_MEMBER: ActionKind.people,
    Action.DOCUMENT_CREATE: ActionKind.edits,
    Action.DOCUMENT_UPDATE: ActionKind.edits,
    Action.SECTION_CREATE: ActionKind.edits,
    Action.SECTION_UPDATE: ActionKind.edits,
    Action.SECTION_RETIRE: ActionKind.edits,
    Action.BRACKETS_RESOLVE: ActionKind.edits,
    Action.BRACKETS_HOLDERS: ActionKind.edits,
    Action.VERSION_CREATE: ActionKind.edits,
    Action.REVISION_CREATE: ActionKind.edits,
    Action.DOCUMENT_LANGUAGE_SET: ActionKind.edits,
    Action.DOCUMENT_LANGUAGE_REMOVE: ActionKind.edits,
    Action.TRANSLATOR_ADD: ActionKind.people,
    Action.TRANSLATOR_REMOVE: ActionKind.people,
    Action.TRANSLATION_CREATE: ActionKind.edits,
    Action.EXPORT_TEMPLATE_UPLOAD: ActionKind.edits,
    Action.EXPORT_TEMPLATE_DELETE: ActionKind.edits,
    Action.COMMENT_CREATE: ActionKind.discussion,
    Action.COMMENT_EDIT: ActionKind.discussion,
    Action.COMMENT_RESOLVE: ActionKind.discussion,
    Action.COMMENT_REOPEN: ActionKind.discussion,
    Action.AMENDMENT_PROPOSE: ActionKind.discussion,
    Action.AMENDMENT_ACCEPT: ActionKind.discussion,
    Action.AMENDMENTS_COMPILE: ActionKind.discussion,
    Action.AMENDMENT_REJECT: ActionKind.discussion,
    Action.AMENDMENT_WITHDRAW: ActionKind.discussion,
    Action.APPROVAL_SET: ActionKind.positions,
    Action.APPROVAL_CHANGED: ActionKind.positions,
    Action.APPROVAL_CONFIRM: ActionKind.positions,
    Action.APPROVAL_WITHDRAW: ActionKind.positions,
    Action.APPROVER_ALLOW: ActionKind.positions,
    Action.APPROVER_DISALLOW: ActionKind.positions,
    Action.DOCUMENT_CIRCULATE: ActionKind.procedure,
    Action.SILENCE_START: ActionKind.procedure,
    Action.SILENCE_BREAK: ActionKind.procedure,
    Action.DOCUMENT_ADOPT: ActionKind.procedure,
    Action.DOCUMENT_REOPEN: ActionKind.procedure,
    Action.REQUEST_REFUSED: ActionKind.refusals,
    Action.PROJECT_CREATE: ActionKind.commitments,
    Action.PROJECT_UPDATE: ActionKind.commitments,
    Action.COMMITMENT_CREATE: ActionKind.commitments,
    Action.COMMITMENT_UPDATE: ActionKind.commitments,
    Action.EXCHANGE_RATE_SET: ActionKind.commitments,
    Action.PUBLICATION_SCHEDULE: ActionKind.procedure,
    Action.PUBLICATION_CANCEL: ActionKind.procedure,
    Action.PUBLICATION_CONFIRM: ActionKind.procedure,
    Action.PUBLICATION_PUBLISH: ActionKind.procedure,
}


def actions_of(kind: ActionKind) -> list[str]:
    return sorted(action.value for action, of in KIND_OF.items() if of == kind)
