from __future__ import annotations

from concord.core.errors import Conflict, Invalid, NotFound, TooLarge


class NoEarlierRevision(Conflict):
    """A redline needs something to compare with: the document has no earlier revision."""

    code = "no_earlier_revision"


class InvalidComparison(Invalid):
    """`compare_to` must be a revision no later than the exported one."""

    code = "compare_to_not_earlier"


class TemplateNotFound(NotFound):
    code = "template_not_found"


class TemplateRefused(Invalid):
    """An uploaded template failed a check; `code` says which (`zip_bomb`, `macros`, …)."""

    code = "template_refused"


class TemplateTooLarge(TooLarge):
    code = "template_too_large"


class NoDelegation(Conflict):
    """ "Since my delegation's last approval" needs a delegation: the caller belongs to none."""

    code = "no_delegation"


class InvalidLanguages(Invalid):
    """`language` and `beside` name two different languages of the document, not for a redline."""

    code = "invalid_languages"
