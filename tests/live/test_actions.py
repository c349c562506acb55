"""The audit actions and the live stream share one registry (concord.audit.actions.Action):
every action is either told to live subscribers, with a renderer, or marked as never broadcast."""

from __future__ import annotations

import ast
from pathlib import Path

from concord.audit.actions import Action
from concord.live import capture, events

BACKEND = Path(__file__).resolve().parents[2] / "backend" / "concord"


def test_every_action_is_broadcast_or_marked_not_broadcast() -> None:
    unmarked = set(Action) - capture.LIVE_ACTIONS - capture.NOT_BROADCAST
    assert not unmarked, f"neither broadcast nor marked not broadcast: {sorted(unmarked)}"
    assert not capture.LIVE_ACTIONS & capture.NOT_BROADCAST


def test_every_broadcast_action_has_a_renderer() -> None:
    rendered = set(events.LIFECYCLE_ACTIONS) | set(events.SECTION_RENDERERS)
    assert capture.LIVE_ACTIONS - rendered == set(), "broadcast without a renderer"
    assert rendered - capture.LIVE_ACTIONS == set(), "a renderer for an action never captured"
    assert not set(events.LIFECYCLE_ACTIONS) & set(events.SECTION_RENDERERS)


def test_renderers_and_capture_name_registered_actions_only() -> None:
    for keys in (capture.LIVE_ACTIONS, events.LIFECYCLE_ACTIONS, events.SECTION_RENDERERS):
        assert all(isinstance(action, Action) for action in keys)


def test_no_service_logs_an_action_as_a_string_literal() -> None:
    """`audit.log(session, "x.y", …)` would bypass the registry (mypy refuses it too)."""
    found = []
    for path in BACKEND.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in {"log", "record_refusal"}
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "audit"
            ):
                action = node.args[1] if len(node.args) > 1 else None
                action = action or next((k.value for k in node.keywords if k.arg == "action"), None)
                if isinstance(action, ast.Constant):
                    found.append(f"{path.relative_to(BACKEND)}:{node.lineno}")
    assert found == []
