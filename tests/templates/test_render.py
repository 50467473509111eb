"""Rendering: merge fields, bidi isolation, dir/lang marking, errors with their line."""

from __future__ import annotations

import pytest

from gtgcrm_desktop.core.bidi import FSI, LRI, LRM, PDI
from gtgcrm_desktop.core.models import Contact, EmailAddress, PhoneNumber, PostalAddress, Template
from gtgcrm_desktop.templates import (
    BusinessInfo,
    TemplateError,
    TemplateSyntaxError,
    UnknownMergeFieldError,
    check_template,
    render_template,
)
from gtgcrm_desktop.templates.errors import (
    PART_HTML,
    PART_SUBJECT,
    PART_TEXT,
    TemplateTooExpensiveError,
    UnsafeTemplateError,
)

AHMED = Contact(
    given_name="أحمد",
    family_name="الحربي",
    organization="مؤسسة النخيل",
    title="مدير المشتريات",
    emails=[EmailAddress("ahmed@example.com", "work"), EmailAddress("a2@example.com")],
    phones=[PhoneNumber("+966 50 123 4567", "+966501234567")],
    addresses=[PostalAddress(city="الرياض", country="السعودية")],
    tags=["جملة", "VIP"],
    birthday="1990-05-01",
    custom_fields={"branch": "العليا", "loyalty card": "12345"},
)


def html_template(body: str, **fields: str) -> Template:
    return Template(name="t", body_html=body, **fields)


def body_of(html: str) -> str:
    """The part of a rendered document inside the outer div."""
    start = html.index(">", html.index("<div ")) + 1
    return html[start : html.rindex("</div>")].strip()


def test_every_menu_field_renders_for_a_full_contact() -> None:
    source = " | ".join(
        "{{ contact." + name + " }}"
        for name in (
            "given_name",
            "family_name",
            "display_name",
            "organization",
            "title",
            "email",
            "phone",
            "birthday",
            "city",
            "country",
            "tags",
        )
    )
    text = render_template(Template(name="t", body_text=source), AHMED).text
    assert text == " | ".join(
        (
            "أحمد",
            "الحربي",
            "أحمد الحربي",
            "مؤسسة النخيل",
            "مدير المشتريات",
            f"{LRI}{LRM}ahmed@example.com{LRM}{PDI}",
            f"{LRI}{LRM}+966 50 123 4567{LRM}{PDI}",
            f"{LRI}{LRM}1990-05-01{LRM}{PDI}",
            "الرياض",
            "السعودية",
            f"جملة، {FSI}VIP{PDI}",
        )
    )


def test_custom_fields_and_business_and_unsubscribe_url() -> None:
    template = Template(
        name="t",
        body_text='{{ contact.custom.branch }}/{{ contact.custom["loyalty card"] }}/'
        "{{ contact.custom.missing }}/{{ business.name }}/{{ business.phone }}/{{ unsubscribe_url }}",
    )
    rendered = render_template(
        template,
        AHMED,
        business=BusinessInfo(name="متجر الورد", phone="+966 11 000 0000"),
        unsubscribe_url="https://example.com/u/abc",
    )
    assert rendered.text == (
        f"العليا/12345//متجر الورد/{LRI}{LRM}+966 11 000 0000{LRM}{PDI}/https://example.com/u/abc"
    )


def test_arabic_html_is_marked_rtl_and_arabic() -> None:
    rendered = render_template(html_template("<p>مرحبا {{ contact.given_name }}</p>"), AHMED)
    assert rendered.direction == "rtl" and rendered.language == "ar"
    assert '<html dir="rtl" lang="ar">' in rendered.html
    assert '<body dir="rtl" lang="ar">' in rendered.html
    assert '<div dir="rtl" lang="ar"' in rendered.html
    assert "<p>مرحبا أحمد</p>" in rendered.html


def test_english_html_is_marked_ltr_and_isolates_arabic_names() -> None:
    template = html_template(
        "<p>Dear {{ contact.given_name }}, we write to {{ contact.email }}</p>",
        direction="ltr",
        language="en",
    )
    rendered = render_template(template, AHMED)
    assert '<html dir="ltr" lang="en">' in rendered.html
    assert f"Dear {FSI}أحمد{PDI}, we write to ahmed@example.com" in rendered.html


def test_latin_text_in_an_arabic_template_is_isolated() -> None:
    contact = Contact(given_name="John", organization="شركة")
    text = render_template(
        Template(name="t", body_text="{{ contact.given_name }} {{ contact.organization }}"), contact
    ).text
    assert text == f"{FSI}John{PDI} شركة"


def test_html_is_autoescaped_but_text_is_not() -> None:
    contact = Contact(given_name="<b>Tom & Jerry</b>")
    rendered = render_template(
        Template(
            name="t",
            body_html="<p>{{ contact.given_name }}</p>",
            body_text="{{ contact.given_name }}",
        ),
        contact,
    )
    assert "&lt;b&gt;Tom &amp; Jerry&lt;/b&gt;" in rendered.html
    assert "<b>Tom" not in rendered.html
    assert "<b>Tom & Jerry</b>" in rendered.text


def test_contact_values_cannot_inject_script_even_when_marked_safe() -> None:
    contact = Contact(given_name='<script>alert(1)</script><img src=x onerror="alert(2)">')
    rendered = render_template(html_template("{{ contact.given_name | safe }}"), contact)
    assert "<script" not in rendered.html.lower()
    assert "onerror" not in rendered.html.lower()


def test_isolates_are_removed_from_link_targets() -> None:
    template = html_template(
        '<a href="mailto:{{ contact.email }}">{{ contact.email }}</a>'
        '<a href="tel:{{ contact.phone }}">t</a>'
    )
    html = render_template(template, AHMED).html
    assert 'href="mailto:ahmed@example.com"' in html
    assert 'href="tel:+966 50 123 4567"' in html
    assert f">{LRI}{LRM}ahmed@example.com{LRM}{PDI}</a>" in html


def test_subject_is_one_line_and_text_defaults_to_the_html() -> None:
    template = Template(
        name="t",
        subject="مرحبا\n {{ contact.given_name }}  ",
        body_html="<h1>عنوان</h1><p>أهلاً {{ contact.given_name }}<br>سطر</p><ul><li>أ</li><li>ب</li></ul>"
        '<p><a href="https://example.com">الموقع</a></p>',
    )
    rendered = render_template(template, AHMED)
    assert rendered.subject == "مرحبا أحمد"
    assert rendered.text == "عنوان\n\nأهلاً أحمد\nسطر\n\n• أ\n• ب\n\nالموقع (https://example.com)"
    assert "<title>مرحبا أحمد</title>" in rendered.html


def test_images_referenced_and_missing() -> None:
    template = html_template('<img src="cid:logo.png" alt="شعار"><img src="cid:banner.jpg">')
    rendered = render_template(template, AHMED, image_names=["logo.png"])
    assert rendered.images == ("logo.png", "banner.jpg")
    assert rendered.missing_images == ("banner.jpg",)


@pytest.mark.parametrize(
    ("source", "field", "line"),
    [
        ("<p>\n\n{{ contact.nickname }}</p>", "contact.nickname", 3),
        ("{{ contact['nick'] }}", "contact.nick", 1),
        ("a\n{{ business.slogan }}", "business.slogan", 2),
        ("a\nb\n{{ coupon_code }}", "coupon_code", 3),
        # never taken for this contact, still reported
        (
            "{% if contact.title == 'x' %}\n{{ contact.orgnization }}\n{% endif %}",
            "contact.orgnization",
            2,
        ),
    ],
)
def test_unknown_field_is_reported_with_its_line(source: str, field: str, line: int) -> None:
    with pytest.raises(UnknownMergeFieldError) as caught:
        render_template(html_template(source), AHMED)
    assert caught.value.field == field
    assert caught.value.line == line
    assert caught.value.part == PART_HTML
    assert f"line {line}" in str(caught.value) and field in str(caught.value)


def test_unknown_field_found_only_at_run_time_keeps_its_line() -> None:
    with pytest.raises(UnknownMergeFieldError) as caught:
        render_template(html_template("x\n{% set c = contact %}\n\n{{ c.nickname }}"), AHMED)
    assert caught.value.line == 4
    assert caught.value.field == "contact.nickname"


@pytest.mark.parametrize(
    ("source", "line", "words"),
    [
        ("<p>\n{% if contact.given_name %}\nمرحبا\n", 2, "“if” block is never closed"),
        ("a\n{{ contact.given_name ", 2, "ends in the middle"),
        ("a\nb\n{% endfor %}", 3, "unknown tag “endfor”"),
        ("{{ contact.given_name | shout }}", 1, "unknown filter “shout”"),
        ("\n{% for %}", 2, "missing"),
        ("{{ contact.given_name }}}\n{{ 1 + }}", 2, "line 2"),
    ],
)
def test_syntax_error_is_reported_with_its_line(source: str, line: int, words: str) -> None:
    with pytest.raises(TemplateSyntaxError) as caught:
        render_template(html_template(source), AHMED)
    assert caught.value.line == line
    assert words in str(caught.value)


def test_errors_name_the_part_and_are_translatable() -> None:
    with pytest.raises(UnknownMergeFieldError) as caught:
        render_template(Template(name="t", subject="{{ contact.x }}"), AHMED)
    assert caught.value.part == PART_SUBJECT
    assert str(caught.value).startswith("subject, line 1")
    assert caught.value.localized("en") == str(caught.value)
    with pytest.raises(UnknownMergeFieldError) as caught:
        render_template(Template(name="t", body_text="\n{{ contact.x }}"), AHMED)
    assert caught.value.part == PART_TEXT


@pytest.mark.parametrize(
    "source",
    [
        "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
        "{{ 'x' * 100000000 }}",
        "{{ 9 ** 99999999 }}",
        "{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}",
        "{% macro f(n) %}{% if n %}{{ f(n - 1) }}{{ f(n - 1) }}{% endif %}{% endmacro %}{{ f(40) }}",
    ],
)
def test_runaway_templates_stop_with_an_error(source: str) -> None:
    with pytest.raises(TemplateTooExpensiveError):
        render_template(html_template(source), AHMED)


@pytest.mark.parametrize(
    "source",
    [
        "{{ ''.__class__.__mro__ }}",
        "{{ contact.given_name.__class__ }}",
        "{{ cycler.__init__.__globals__ }}",
    ],
)
def test_the_sandbox_refuses_python_internals(source: str) -> None:
    with pytest.raises(UnsafeTemplateError):
        render_template(html_template(source), AHMED)


def test_the_sandbox_is_immutable() -> None:
    with pytest.raises(TemplateError):
        render_template(html_template("{% set l = [1] %}{{ l.append(2) }}"), AHMED)


def test_a_value_error_is_a_template_error_with_its_line() -> None:
    with pytest.raises(TemplateError) as caught:
        render_template(html_template("a\n{{ 1 / 0 }}"), AHMED)
    assert caught.value.line == 2


def test_check_lists_every_problem_of_every_part() -> None:
    template = Template(
        name="t",
        subject="{{ contact.x }}",
        body_html="ok\n{{ contact.y }}\n{% if %}",
        body_text="{{ business.z }}",
    )
    problems = check_template(template)
    assert [(p.part, p.line) for p in problems] == [
        (PART_SUBJECT, 1),
        (PART_HTML, 3),
        (PART_TEXT, 1),
    ]


def test_jinja_helpers_still_work() -> None:
    template = Template(
        name="t",
        body_text="{% for t in ['a', 'b'] %}{{ loop.index }}{{ t }}{% endfor %}"
        "{% if contact.organization is defined %}!{% endif %}{{ contact.title | default('-') }}",
    )
    assert render_template(template, Contact()).text == "1a2b!"
