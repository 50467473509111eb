"""Files written as other producers write them, beyond the issue's own cases
(tests/interchange/data/outside, see SOURCES.md there): every person is imported, odd values
kept and warned about, nothing read with a character set that only looks right."""

from __future__ import annotations

from pathlib import Path

import pytest

from gtgcrm_desktop.interchange import (
    UncertainEncodingError,
    UnknownColumnsError,
    UnknownEncodingError,
    UnknownRegionError,
    WrongEncodingError,
    export_contacts,
    import_file,
    inspect_file,
)

OUTSIDE = Path(__file__).parent / "data" / "outside"
REAL = Path(__file__).parent / "data" / "real"


def _people(workspace) -> dict[str, object]:  # type: ignore[no-untyped-def]
    return {c.effective_display_name(): c for c in workspace.contacts.iter_all()}


def test_every_file_is_listed_with_its_source() -> None:
    sources = (OUTSIDE / "SOURCES.md").read_text(encoding="utf-8")
    for path in OUTSIDE.iterdir():
        if path.name != "SOURCES.md":
            assert f"`{path.name}`" in sources, path.name


@pytest.mark.parametrize(
    ("name", "options", "people", "warnings"),
    [
        ("android_21_qp.vcf", {}, 3, 2),
        ("ios6_crcrlf.vcf", {}, 2, 1),
        ("nokia_21_qp_utf8.vcf", {"region": "DE"}, 2, 0),
        ("sonyericsson_21_cp1252.vcf", {}, 1, 0),
        ("docomo_shift_jis.vcf", {"region": "JP"}, 1, 1),
        ("blackberry_21.vcf", {"region": "US"}, 1, 3),  # PIN 2100000A: local-only, kept
        ("google_current.csv", {}, 3, 2),
        ("google_excel_utf16le_tab.txt", {}, 1, 0),
        ("outlook_de_cp1252.csv", {"encoding": "cp1252", "region": "DE"}, 2, 1),
        ("outlook_fr_cp1252.csv", {"encoding": "cp1252", "region": "FR"}, 1, 0),
        ("outlook2003_cp1256.csv", {}, 2, 1),
        ("thunderbird_en.csv", {}, 2, 2),
        ("yahoo.csv", {}, 1, 0),
        ("thunderbird.ldif", {}, 3, 3),  # the pager "PIN 2100000A" is kept as written
        ("nextcloud_v4_mixed.vcf", {"region": "US"}, 4, 2),  # and local-only "555-1234"
        ("outlook_qp_soft_space.vcf", {}, 1, 0),
        ("outlook_21_agent.vcf", {"region": "US"}, 2, 1),
        ("missing_end.vcf", {}, 4, 4),
        ("qp_soft_break_before_end.vcf", {}, 1, 0),
    ],
)
def test_outside_files_import_everyone(  # type: ignore[no-untyped-def]
    workspace, name: str, options: dict[str, str], people: int, warnings: int
):
    # Round trips of these files: tests/interchange/test_roundtrip_files.py.
    report = import_file(workspace, OUTSIDE / name, **options)
    assert (report.new, len(report.invalid), len(report.warnings)) == (people, 0, warnings)
    assert all(w["line"] > 0 for w in report.to_json()["warnings"])


def test_german_outlook_in_windows_1252_is_not_taken_for_arabic(workspace):  # type: ignore[no-untyped-def]
    # Its ä and ß are Arabic letters in Windows-1256: "Jِrg Weiك" was imported as certain.
    path = OUTSIDE / "outlook_de_cp1252.csv"
    with pytest.raises(UncertainEncodingError) as caught:
        import_file(workspace, path)
    assert caught.value.params["guess"] == "cp1252"
    assert list(workspace.contacts.iter_all()) == []
    assert inspect_file(path, guess=True).encoding.codec == "cp1252"


def test_german_outlook_with_its_character_set_reads_every_column(workspace):  # type: ignore[no-untyped-def]
    import_file(workspace, OUTSIDE / "outlook_de_cp1252.csv", encoding="cp1252", region="DE")
    people = _people(workspace)
    joerg = people["Jörg Weiß"]
    assert joerg.organization == "Bäckerei Weiß GmbH"
    assert [(p.value, p.e164) for p in joerg.phones] == [
        ("0211 123456", "+49211123456"),
        ("0171 2345678", "+491712345678"),
    ]
    assert [(p.value, p.e164) for p in people["Stadtwerke Köln"].phones] == [
        ("BusinessPhone", None)
    ]


def test_arabic_outlook_2003_is_still_read_as_windows_1256(workspace):  # type: ignore[no-untyped-def]
    report = import_file(workspace, OUTSIDE / "outlook2003_cp1256.csv")
    assert report.to_json()["encoding"] == "Windows-1256 (Arabic)"
    assert "عبدالله القحطاني" in _people(workspace)


def test_japanese_phone_value_without_charset_uses_the_files_declared_one(workspace):  # type: ignore[no-untyped-def]
    # Every name says CHARSET=SHIFT_JIS; the group name X-GN says nothing.
    report = import_file(workspace, OUTSIDE / "docomo_shift_jis.vcf", region="JP")
    [taro] = workspace.contacts.iter_all()
    assert (taro.family_name, taro.given_name) == ("山田", "太郎")
    assert taro.notes == "会社の同僚"
    assert [p.e164 for p in taro.phones] == ["+819012345678", "+81312345678"]
    assert taro.to_json()["emails"][1] == {
        "value": "..taro..@ezweb.ne.jp",
        "label": "",
        "valid": False,
    }
    gn = next(p for p in taro.extra["vcard"] if p["name"] == "X-GN")
    assert gn["value"] == "友人"
    assert report.to_json()["encoding_guessed"] is False


def test_tel_uri_extension_is_kept(workspace):  # type: ignore[no-untyped-def]
    import_file(workspace, OUTSIDE / "nextcloud_v4_mixed.vcf", region="US")
    dana = _people(workspace)["Dana Scully"]
    assert [(p.value, p.e164) for p in dana.phones] == [
        ("+1-202-555-0143", "+12025550143"),
        ("+1-202-555-0199;ext=12", "+12025550199"),
    ]


def test_cards_with_only_an_organisation_or_an_email_are_people(workspace):  # type: ignore[no-untyped-def]
    import_file(workspace, OUTSIDE / "nextcloud_v4_mixed.vcf", region="US")
    people = _people(workspace)
    assert people["Lone Gunmen Publishing"].organization == "Lone Gunmen Publishing"
    assert people["only.email@example.net"].emails[0].value == "only.email@example.net"
    assert people["Fox Mulder"].to_json()["birthday_valid"] is False


def test_ios_groups_labels_and_photo(workspace):  # type: ignore[no-untyped-def]
    report = import_file(workspace, OUTSIDE / "ios6_crcrlf.vcf")
    assert [(w["line"], w["field"]) for w in report.to_json()["warnings"]] == [(18, "birthday")]
    sara = _people(workspace)["Sara Ahmed"]
    assert [(e.value, e.label) for e in sara.emails] == [
        ("sara@acme.example", "work"),
        ("sara.private@icloud.com", "other"),
    ]
    assert sara.birthday == "1990-02-30"
    assert "Bluebird Trading" in _people(workspace)


def test_yahoo_mail_csv_is_recognised(workspace):  # type: ignore[no-untyped-def]
    # It was refused whole: "columns not recognised as Google, Outlook or Thunderbird".
    report = import_file(workspace, OUTSIDE / "yahoo.csv")
    assert report.to_json()["format"] == "yahoo-csv"
    [li] = workspace.contacts.iter_all()
    assert (li.given_name, li.family_name, li.birthday) == ("Li", "Wei", "1988-06-15")
    assert [(e.value, p.value, p.e164) for e in li.emails for p in li.phones] == [
        ("li.wei@yahoo.com", "+86 138 0013 8000", "+8613800138000")
    ]


def test_an_agent_card_inside_a_card_keeps_both_people(workspace):  # type: ignore[no-untyped-def]
    # Both were dropped as "a card inside a card".
    report = import_file(workspace, OUTSIDE / "outlook_21_agent.vcf", region="US")
    assert [(w["line"], w["reason"]) for w in report.to_json()["warnings"]] == [
        (
            6,
            "a card inside this card (an AGENT, or a missing END:VCARD) was imported as a"
            " person of its own",
        )
    ]
    people = _people(workspace)
    boss = people["Big Boss"]
    assert [p.value for p in boss.phones] == ["+1-919-555-9999"]  # after the inner card
    assert [e.value for e in boss.emails] == ["boss@example.com"]
    assert [p.value for p in people["Sue Secretary"].phones] == ["+1-919-555-1234"]


def test_cards_missing_their_end_are_read_as_far_as_they_go(workspace):  # type: ignore[no-untyped-def]
    # "No End", "After" (inside it) and the card the file ends in were all dropped.
    report = import_file(workspace, OUTSIDE / "missing_end.vcf")
    assert report.new == 4 and not report.invalid
    emails = {n: [e.value for e in c.emails] for n, c in _people(workspace).items()}
    assert emails == {
        "Trunc One": [],
        "No End": ["noend@example.com"],
        "After": ["after@example.com"],
        "Truncated At EOF": ["eof@example.com"],
    }
    lines = sorted(w["line"] for w in report.to_json()["warnings"])
    assert lines == [6, 10, 15, 15]


def test_a_soft_break_right_before_end_vcard_does_not_swallow_it(workspace):  # type: ignore[no-untyped-def]
    report = import_file(workspace, OUTSIDE / "qp_soft_break_before_end.vcf")
    assert (report.new, len(report.invalid), len(report.warnings)) == (1, 0, 0)
    [john] = workspace.contacts.iter_all()
    assert john.notes == "ends with soft break"


def test_an_unknown_region_is_refused_naming_it(workspace):  # type: ignore[no-untyped-def]
    # It said "default_region: not a known region code", an internal name, even in Arabic.
    with pytest.raises(UnknownRegionError) as caught:
        import_file(workspace, OUTSIDE / "yahoo.csv", region="XX")
    assert str(caught.value).startswith("XX is not a known phone region")
    assert list(workspace.contacts.iter_all()) == []


def test_thunderbird_ldif_is_read(workspace):  # type: ignore[no-untyped-def]
    # Thunderbird's default export was refused as "columns not recognised".
    report = import_file(workspace, OUTSIDE / "thunderbird.ldif")
    data = report.to_json()
    assert data["format"] == "ldif"
    assert [(w["line"], w["field"]) for w in data["warnings"]] == [
        (12, "emails"),
        (16, "phones"),
        (24, "birthday"),
    ]
    people = _people(workspace)
    assert set(people) == {"Lars Øberg", "نورة السبيعي", "only@example.org"}  # the list is no one
    lars = people["Lars Øberg"]
    assert (lars.given_name, lars.family_name, lars.organization) == ("Lars", "Øberg", "Fjord AS")
    assert [(p.value, p.label) for p in lars.phones] == [
        ("+47 22 12 34 56", "work"),
        ("+47 912 34 567", "mobile"),
        ("PIN 2100000A", "pager"),
    ]
    assert lars.notes == "two\nlines" and lars.birthday == "1977-13-02"
    assert lars.addresses[0].city == "Oslo"
    assert lars.custom_fields == {
        "mozillaNickname": "lasse",
        "mozillaWorkUrl": "https://fjord.example",
    }
    noura = people["نورة السبيعي"]
    assert noura.notes.endswith("when it writes the file")
    assert noura.phones[0].e164 == "+966551234567"


@pytest.mark.parametrize(
    "name", ["google_current.csv", "outlook2003_cp1256.csv", "ios6_crcrlf.vcf", "thunderbird.ldif"]
)
def test_importing_a_file_again_adds_no_one(workspace, name: str):  # type: ignore[no-untyped-def]
    # A company-only row whose phone is "BusinessPhone" was added again on every import.
    first = import_file(workspace, OUTSIDE / name)
    again = import_file(workspace, OUTSIDE / name)
    assert (again.new, again.unchanged) == (0, first.new)


@pytest.mark.parametrize("name", ["utf-16", "utf-32", "utf-16-le"])
def test_a_wide_character_set_that_does_not_fit_a_vcard_is_refused(workspace, name: str):  # type: ignore[no-untyped-def]
    # An internal error (UnicodeError, exit 70) before. UTF-16 LE "decodes" the file into
    # CJK text, which is then not a vCard.
    with pytest.raises(WrongEncodingError if name != "utf-16-le" else UnknownColumnsError):
        import_file(workspace, OUTSIDE / "android_21_qp.vcf", encoding=name, dry_run=True)


@pytest.mark.parametrize("name", ["base64", "rot13", "idna", "hex"])
def test_a_codec_that_is_not_a_character_set_is_refused(workspace, name: str):  # type: ignore[no-untyped-def]
    with pytest.raises(UnknownEncodingError):
        import_file(workspace, OUTSIDE / "android_21_qp.vcf", encoding=name, dry_run=True)
    with pytest.raises(UnknownEncodingError):
        import_file(workspace, OUTSIDE / "google_current.csv", encoding=name, dry_run=True)


@pytest.mark.parametrize("fmt", ["vcard4", "vcard3", "json"])
def test_numbers_read_in_a_chosen_region_come_back_in_it(  # type: ignore[no-untyped-def]
    workspace, fresh_workspace, tmp_path, fmt: str
):
    # A vCard export re-imported into a workspace of region SA read 034441/ 2 22 67 (German,
    # imported with --region DE) as a Saudi number.
    import_file(workspace, REAL / "folkerkinzel_cardbook_v4.vcf", region="DE")
    out = tmp_path / f"out.{fmt}"
    export_contacts(workspace, out, fmt)
    import_file(fresh_workspace, out)
    [marina] = [c for c in fresh_workspace.contacts.iter_all() if c.given_name == "Marina"]
    assert [(p.value, p.e164) for p in marina.phones] == [
        ("034441/ 2 22 67", "+493444122267"),
        ("034441/ 39 23 34", "+4934441392334"),
    ]
