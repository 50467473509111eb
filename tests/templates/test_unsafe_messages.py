"""The sandbox's refusals are told in the user's language, never in Jinja's English."""

from __future__ import annotations

import re

import pytest
from jinja2.exceptions import SecurityError

from gtgcrm_desktop.core.models import Contact, Template
from gtgcrm_desktop.templates import render_template
from gtgcrm_desktop.templates.diagnostics import runtime_error
from gtgcrm_desktop.templates.errors import PART_HTML, UnsafeTemplateError

AHMED = Contact(given_name="أحمد", family_name="الحربي")
LATIN_WORD = re.compile(r"[A-Za-z]{3,}")


def refusal(source: str) -> UnsafeTemplateError:
    with pytest.raises(UnsafeTemplateError) as caught:
        render_template(Template(name="t", body_html=source), AHMED)
    return caught.value


@pytest.mark.parametrize(
    ("source", "attribute"),
    [
        ("{{ ''.__class__.__mro__ }}", "__class__"),
        ("x\n{{ cycler.__init__.__globals__ }}", "__init__"),
        ("{% set l = [1] %}{{ l.append(2) }}", "append"),
    ],
)
def test_a_forbidden_attribute_is_named_in_arabic(source: str, attribute: str) -> None:
    error = refusal(source)
    arabic = error.localized("ar")
    assert f"«{attribute}»" in arabic
    assert set(LATIN_WORD.findall(arabic.replace(attribute, ""))) <= {"HTML"}  # "نص HTML"
    assert "unsafe" in error.detail  # Jinja's words stay available for the log


def test_the_english_message_names_the_attribute_and_its_line() -> None:
    error = refusal("x\n{{ ''.__class__ }}")
    assert error.line == 2
    assert error.localized("en") == "HTML body, line 2: “__class__” cannot be used in a template."
    assert error.localized("ar") == "نص HTML، السطر 2: لا يُسمح باستخدام «__class__» في القوالب."


def test_any_other_refusal_gets_a_translated_message_without_jinjas_words() -> None:
    error = runtime_error(SecurityError("<function f> is not safely callable"), PART_HTML)
    assert isinstance(error, UnsafeTemplateError)
    assert error.localized("ar") == "نص HTML، السطر 0: يحاول القالب تنفيذ أمر غير مسموح به."
    assert "callable" not in error.localized("en")
