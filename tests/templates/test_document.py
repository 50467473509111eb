"""The document around a rendered fragment, its images and its plain-text form."""

from __future__ import annotations

import base64

from gtgcrm_desktop.core.models import TemplateImage
from gtgcrm_desktop.templates.document import (
    html_to_text,
    inline_images,
    referenced_images,
    wrap_document,
)


def test_wrap_marks_html_body_and_an_outer_div() -> None:
    document = wrap_document("<p>x</p>", title="<عنوان>", direction="rtl", language="ar")
    assert document.startswith("<!DOCTYPE html>")
    assert document.count('dir="rtl" lang="ar"') == 3
    assert "<title>&lt;عنوان&gt;</title>" in document
    assert '<meta charset="utf-8">' in document


def test_inline_images_turns_cid_into_data_uris() -> None:
    logo = TemplateImage("logo.png", "image/png", b"\x89PNG-bytes")
    html = '<img src="cid:logo.png" alt=""><img src="cid:other.png">'
    inlined = inline_images(html, [logo])
    encoded = base64.b64encode(b"\x89PNG-bytes").decode()
    assert f'src="data:image/png;base64,{encoded}"' in inlined
    assert 'src="cid:other.png"' in inlined
    assert referenced_images(html + html) == ["logo.png", "other.png"]


def test_html_to_text_keeps_structure_and_link_targets() -> None:
    text = html_to_text(
        "<h1>عرض</h1><p>سطر<br>ثانٍ</p><table><tr><td>أ</td><td>ب</td></tr></table>"
        '<p><a href="https://x.example">هنا</a> <a href="mailto:a@x.example">a@x.example</a></p>'
        '<img src="cid:l.png" alt="الشعار">'
    )
    assert text == "عرض\n\nسطر\nثانٍ\n\nأ ب\n\nهنا (https://x.example) a@x.example\nالشعار"
