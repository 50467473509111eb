"""The shipped templates: valid, Arabic, rendered cleanly, installed once on first use."""

from __future__ import annotations

from gtgcrm_desktop.core.models import Contact, EmailAddress, Template
from gtgcrm_desktop.templates import BusinessInfo, check_template, render_template
from gtgcrm_desktop.templates.defaults import default_templates, ensure_defaults, install_defaults


def test_one_arabic_email_and_one_arabic_landing_page_ship() -> None:
    templates = default_templates()
    assert sorted(t.kind for t in templates) == ["email", "landing_page"]
    for template in templates:
        assert template.direction == "rtl" and template.language == "ar"
        assert template.name and template.subject and template.body_html
        assert check_template(template) == []


def test_defaults_render_for_a_contact_without_details() -> None:
    for template in default_templates():
        rendered = render_template(template, Contact(), business=BusinessInfo())
        assert '<html dir="rtl" lang="ar">' in rendered.html
        assert "أهلاً بك" in rendered.text or "جهّزنا لك" in rendered.text


def test_defaults_render_for_a_full_contact() -> None:
    business = BusinessInfo(
        name="متجر الورد",
        phone="+966 11 234 5678",
        website="https://shop.example",
        email="hi@shop.example",
    )
    contact = Contact(given_name="سارة", emails=[EmailAddress("sara@example.com")])
    email, page = sorted(default_templates(), key=lambda t: t.kind)
    rendered = render_template(email, contact, business=business)
    assert rendered.subject == "أهلاً بك في متجر الورد"
    assert "أهلاً سارة" in rendered.html and "sara@example.com" in rendered.html
    assert 'href="https://shop.example"' in rendered.html
    rendered = render_template(
        page, contact, business=business, unsubscribe_url="https://u.example/1"
    )
    assert 'href="https://u.example/1"' in rendered.html
    assert page.purpose == "marketing"


def test_installed_on_first_use_only(workspace) -> None:  # type: ignore[no-untyped-def]
    added = ensure_defaults(workspace)
    assert len(added) == 2
    assert {t.name for t in workspace.templates.all()} == {t.name for t in added}
    assert ensure_defaults(workspace) == []
    for template in workspace.templates.all():
        workspace.templates.delete(template.id)
    assert ensure_defaults(workspace) == []  # deleting them all is a choice, not a first use
    assert len(install_defaults(workspace)) == 2  # but they can be added again on request


def test_not_installed_when_the_user_already_made_templates(workspace) -> None:  # type: ignore[no-untyped-def]
    workspace.templates.add(Template(name="mine"))
    assert ensure_defaults(workspace) == []
    assert [t.name for t in workspace.templates.all()] == ["mine"]
