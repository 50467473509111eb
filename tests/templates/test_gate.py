"""Marketing templates never render for a contact who objected to marketing."""

from __future__ import annotations

import sys
import types

import pytest

from gtgcrm_desktop.core.models import Contact, Template
from gtgcrm_desktop.templates import MarketingObjectionError, render_for_contact
from gtgcrm_desktop.templates.gate import PRIVACY_MODULE, marketing_allowed

MARKETING = Template(
    name="offer", subject="عرض", body_html="<p>{{ contact.given_name }}</p>", purpose="marketing"
)
TRANSACTIONAL = Template(name="receipt", body_html="<p>{{ contact.given_name }}</p>")


@pytest.fixture
def privacy(monkeypatch: pytest.MonkeyPatch) -> dict[str, tuple[bool, str]]:
    """A stand-in for privacy.marketing whose answers the test sets per contact id."""
    answers: dict[str, tuple[bool, str]] = {}
    calls: list[tuple[object, str, str]] = []
    module = types.ModuleType(PRIVACY_MODULE)

    def is_marketing_allowed(workspace: object, contact_id: str, channel: str) -> tuple[bool, str]:
        calls.append((workspace, contact_id, channel))
        return answers.get(contact_id, (True, ""))

    module.is_marketing_allowed = is_marketing_allowed  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, PRIVACY_MODULE, module)
    answers["calls"] = calls  # type: ignore[assignment]
    return answers


def test_objection_blocks_marketing(privacy: dict[str, tuple[bool, str]]) -> None:
    privacy["c1"] = (False, "objected to direct marketing on 2025-01-02")
    with pytest.raises(MarketingObjectionError) as caught:
        render_for_contact(object(), MARKETING, Contact(id="c1", given_name="أحمد"))  # type: ignore[arg-type]
    assert "objected to direct marketing" in str(caught.value)
    assert privacy["calls"][-1][1:] == ("c1", "email")  # type: ignore[index]


def test_allowed_contact_gets_marketing(privacy: dict[str, tuple[bool, str]]) -> None:
    rendered = render_for_contact(object(), MARKETING, Contact(id="c2", given_name="أحمد"))  # type: ignore[arg-type]
    assert "<p>أحمد</p>" in rendered.html


def test_transactional_templates_are_not_gated(privacy: dict[str, tuple[bool, str]]) -> None:
    privacy["c1"] = (False, "objected")
    rendered = render_for_contact(object(), TRANSACTIONAL, Contact(id="c1", given_name="أحمد"))  # type: ignore[arg-type]
    assert "<p>أحمد</p>" in rendered.html
    assert privacy["calls"] == []


def test_without_the_privacy_module_marketing_is_held_back(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, PRIVACY_MODULE, None)  # makes the import fail
    allowed, reason = marketing_allowed(object(), "c1", "email")  # type: ignore[arg-type]
    assert not allowed and reason
