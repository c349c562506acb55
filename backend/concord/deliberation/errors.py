"""Refusals of the deliberation domain, each with its stable code."""

from __future__ import annotations

from concord.core.errors import Conflict, Forbidden, Invalid, NotFound


class CommentNotFound(NotFound):
    code = "comment_not_found"


class AmendmentNotFound(NotFound):
    code = "amendment_not_found"


class NotTheAuthor(Forbidden):
    code = "not_the_author"


class NotTheProposer(Forbidden):
    code = "not_the_proposer"


class CannotResolve(Forbidden):
    code = "cannot_resolve"


class AnchorNotFound(Invalid):
    code = "anchor_not_found"


class AnchorAmbiguous(Invalid):
    code = "anchor_ambiguous"


class UnknownVersion(Invalid):
    code = "unknown_version"


class UnknownParent(Invalid):
    code = "unknown_parent"


class ParentElsewhere(Invalid):
    code = "parent_on_other_section"


class VisibilityMismatch(Invalid):
    code = "visibility_mismatch"


class LanguageMismatch(Invalid):
    code = "language_mismatch"


class NoDelegation(Invalid):
    code = "no_delegation"


class EmptyText(Invalid):
    code = "empty_text"


class ReasonRequired(Invalid):
    code = "reason_required"


class AmendmentUnchanged(Invalid):
    code = "amendment_unchanged"


class AmendmentClosed(Conflict):
    code = "amendment_closed"


class ReplyNotResolvable(Conflict):
    code = "reply_not_resolvable"


class NothingToCompile(Conflict):
    """No open amendment (or not every named one is open on the paragraph)."""

    code = "nothing_to_compile"


class NotCompilable(Conflict):
    """The amendments cannot be set side by side as one group of bracketed alternatives."""

    code = "not_compilable"
