"""The merge-field menu: every entry renders, custom fields included."""

from __future__ import annotations

from gtgcrm_desktop.core.models import Contact, Template
from gtgcrm_desktop.templates import merge_fields, render_template
from gtgcrm_desktop.templates.fields import GROUP_CUSTOM, custom_field_path


def test_menu_lists_contact_business_and_links() -> None:
    paths = [field.placeholder for field in merge_fields()]
    for expected in (
        "{{ contact.given_name }}",
        "{{ contact.family_name }}",
        "{{ contact.display_name }}",
        "{{ contact.organization }}",
        "{{ contact.title }}",
        "{{ contact.email }}",
        "{{ contact.phone }}",
        "{{ contact.birthday }}",
        "{{ business.name }}",
        "{{ unsubscribe_url }}",
    ):
        assert expected in paths


def test_custom_fields_are_listed_sorted_and_quoted_when_needed() -> None:
    fields = [
        f for f in merge_fields(["vip", "Loyalty card", "", 'say "hi"']) if f.group == GROUP_CUSTOM
    ]
    assert [f.path for f in fields] == [
        'contact.custom["Loyalty card"]',
        'contact.custom["say \\"hi\\""]',
        "contact.custom.vip",
    ]
    assert custom_field_path("الفرع") == 'contact.custom["الفرع"]'


def test_every_menu_entry_renders_without_error() -> None:
    custom = {"vip": "yes", "Loyalty card": "7", 'say "hi"': "q", "الفرع": "العليا"}
    contact = Contact(given_name="سارة", custom_fields=custom)
    for field in merge_fields(custom):
        rendered = render_template(Template(name="t", body_html=field.placeholder), contact)
        assert rendered.html
    text = render_template(
        Template(name="t", body_text="{{ " + custom_field_path("الفرع") + " }}"), contact
    ).text
    assert text == "العليا"
