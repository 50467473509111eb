"""Each reader on realistic files: Google, Outlook (en/de/fr), Thunderbird, mapped CSV, vCard."""

from __future__ import annotations

from pathlib import Path

import pytest

from gtgcrm_desktop.core.models import Contact
from gtgcrm_desktop.interchange import (
    ColumnMapping,
    MappingColumnError,
    MappingError,
    MappingTargetError,
    SourceRow,
    UnknownColumnsError,
    inspect_file,
    load_mapping,
    read_file,
)


def contacts(rows: list[SourceRow]) -> list[Contact]:
    return [r.contact for r in rows if r.contact is not None]


def by_given(path: Path, **kwargs) -> dict[str, Contact]:
    return {c.given_name: c for c in contacts(list(read_file(path, **kwargs)))}


@pytest.mark.parametrize(
    ("name", "fmt", "encoding"),
    [
        ("google_current.csv", "google-csv", "UTF-8"),
        ("google_legacy_utf16le.csv", "google-csv", "UTF-16 LE"),
        ("outlook_en.csv", "outlook-csv", "UTF-8"),
        ("outlook_en_cp1256.csv", "outlook-csv", "Windows-1256 (Arabic)"),
        ("outlook_de.csv", "outlook-csv", "UTF-8 with BOM"),
        ("outlook_fr.csv", "outlook-csv", "UTF-8"),
        ("thunderbird.csv", "thunderbird-csv", "UTF-8"),
        ("vcard21_qp.vcf", "vcard", "UTF-8"),
        ("vcard30.vcf", "vcard", "UTF-8"),
        ("vcard30_utf16be.vcf", "vcard", "UTF-16 BE"),
        ("vcard40.vcf", "vcard", "UTF-8"),
    ],
)
def test_format_and_encoding_are_detected(data: Path, name: str, fmt: str, encoding: str):
    source = inspect_file(data / name)
    assert (source.format, source.encoding.label) == (fmt, encoding)


def test_google_current(data: Path):
    rows = list(read_file(data / "google_current.csv"))
    # The first record spans four lines (a note and a formatted address with line breaks).
    assert [r.line for r in rows] == [2, 6, 7, 8, 9]
    ahmad = rows[0].contact
    assert (ahmad.given_name, ahmad.family_name) == ("أحمد", "العلي")
    assert [(e.value, e.label) for e in ahmad.emails] == [
        ("ahmad.ali@nukhba.example.com", "work"),
        ("a.ali@example.com", "work"),
        ("ahmad.home@example.com", "home"),
    ]
    assert [(p.value, p.label) for p in ahmad.phones] == [
        ("+966 50 123 4567", "mobile"),
        ("011 234 5678", "work"),
    ]
    assert ahmad.tags == ["عملاء", "VIP"]  # "* myContacts" is a system label
    assert ahmad.birthday == "--05-17"
    assert ahmad.notes == "عميل مهم\nيفضل التواصل صباحاً"
    address = ahmad.addresses[0]
    assert (address.street, address.city, address.postal_code) == (
        "طريق الملك فهد",
        "الرياض",
        "12211",
    )
    assert ahmad.custom_fields["رقم العميل"] == "C-1042"
    assert ahmad.custom_fields["Nickname"] == "أبو خالد"  # unmodelled columns are kept
    assert ahmad.extra["anniversary"] == "2015-09-20"
    sarah = rows[1].contact
    assert sarah.organization == "Acme, Inc."
    assert sarah.addresses[0].street == "1 Market St\nSuite 400"
    assert rows[4].contact.organization == "مؤسسة الفجر"


def test_google_legacy_utf16(data: Path):
    found = by_given(data / "google_legacy_utf16le.csv")
    mohammed = found["محمد"]
    assert mohammed.organization == "شركة البحر" and mohammed.title == "محاسب"
    assert [e.label for e in mohammed.emails] == ["home", "work"]
    assert mohammed.tags == ["عائلة"]
    assert mohammed.birthday == "1979-11-02"
    assert found["Omar"].emails[0].value == "omar.haddad@example.com"


def test_outlook_english_no_year_birthday_and_zero_date(data: Path):
    found = by_given(data / "outlook_en_cp1256.csv")
    khalid = found["خالد"]
    assert khalid.birthday == "--05-17"  # Outlook writes year 1604 for "no year"
    assert "anniversary" not in khalid.extra  # 0/0/00 means none
    assert khalid.organization == "أرامكو"
    assert {p.label for p in khalid.phones} == {"work", "mobile"}
    noura = found["نورة"]
    assert noura.birthday == "1990-03-04"  # M/D/YYYY
    assert noura.extra["anniversary"] == "2012-06-12"
    john = by_given(data / "outlook_en.csv")["John"]
    assert john.custom_fields["Title"] == "Mr."  # the honorific, not the job title
    assert john.title == "Buyer"


def test_outlook_german_semicolons(data: Path):
    jurgen = by_given(data / "outlook_de.csv")["Jürgen"]
    assert jurgen.family_name == "Müller"
    assert [e.value for e in jurgen.emails] == [
        "juergen.mueller@example.de",
        "j.mueller@example.com",
    ]
    assert jurgen.birthday == "1975-05-17"  # D.M.YYYY
    assert jurgen.tags == ["Lieferanten", "Messe"]
    assert jurgen.title == "Geschäftsführer" and jurgen.organization == "Müller & Söhne GmbH"
    assert jurgen.addresses[0].city == "München"


def test_outlook_french(data: Path):
    amelie = by_given(data / "outlook_fr.csv")["Amélie"]
    assert amelie.birthday == "1982-03-04"  # JJ/MM/AAAA
    assert amelie.title == "Directrice"
    assert amelie.custom_fields["Titre"] == "Mme"
    assert [p.label for p in amelie.phones] == ["work", "mobile"]


def test_thunderbird(data: Path):
    found = by_given(data / "thunderbird.csv")
    yousef = found["يوسف"]
    assert yousef.display_name == "يوسف المصري (القاهرة)"
    assert yousef.birthday == "1988-07-09"
    assert yousef.addresses[0].city == "القاهرة"
    assert found["Lina"].birthday == "--02-29"
    assert len(found["Lina"].emails) == 2


def test_mapped_csv_with_arabic_headers(data: Path):
    mapping = load_mapping(data / "mapped_map.json")
    found = by_given(data / "mapped.csv", mapping=mapping)
    salman = found["سلمان"]
    assert salman.phones[0].label == "mobile"
    assert salman.custom_fields == {"membership": "M-77"}
    assert salman.addresses[0].city == "الخبر"
    assert salman.notes == "عضو ذهبي"


def test_unknown_columns_need_a_mapping(data: Path, tmp_path: Path):
    with pytest.raises(UnknownColumnsError):
        inspect_file(data / "mapped.csv")
    # --format csv without a mapping guesses one from the column names.
    source = inspect_file(data / "mapped.csv", "csv")
    assert source.mapping is not None and source.mapping.columns["البريد"] == "email"


def test_mapping_errors(data: Path, tmp_path: Path):
    with pytest.raises(MappingTargetError):
        ColumnMapping.from_json({"الاسم": "shoe_size"})
    with pytest.raises(MappingError):
        ColumnMapping.from_json(["not", "an", "object"])
    with pytest.raises(MappingColumnError):
        inspect_file(data / "mapped.csv", mapping=ColumnMapping({"Nope": "email"}, ";"))
    broken = tmp_path / "map.json"
    broken.write_text("{", encoding="utf-8")
    with pytest.raises(MappingError):
        load_mapping(broken)


def test_vcard_21_quoted_printable_arabic(data: Path):
    rows = list(read_file(data / "vcard21_qp.vcf"))
    first = rows[0].contact
    assert (first.given_name, first.family_name) == ("عبدالرحمن", "الشهري")
    assert first.notes == "ملاحظة طويلة عن العميل، تمتد على أكثر من سطر لأن الهاتف يقسمها"
    assert [(p.value, p.label) for p in first.phones] == [
        ("+966505556677", "mobile"),
        ("013 888 9999", "home"),
    ]
    assert first.addresses[0].city == "أبها"
    assert first.extra["photo"]["media_type"] == "image/jpeg"
    assert first.extra["vcard"][0]["name"] == "X-ANDROID-CUSTOM"
    assert rows[1].contact.birthday == "1992-02-29"
    # The third card has broken quoted-printable: the person is read, the value kept as
    # written, and the line warned about.
    assert rows[2].contact.family_name == "باسم" and rows[2].contact.given_name == "=ZZ"
    [(line, warning)] = rows[2].warnings
    assert line == 29 and "quoted-printable" in warning.localized("en")


def test_vcard_30_apple(data: Path):
    saad = contacts(list(read_file(data / "vcard30.vcf")))[0]
    assert saad.display_name == "م. سعد الحربي"
    assert saad.extra["name_parts"] == {"additional": "بن فهد", "prefix": "م.", "suffix": ""}
    assert [(e.value, e.label) for e in saad.emails] == [
        ("saad@harbi.example.com", "other"),
        ("s.harbi@example.com", "work"),
    ]
    assert [p.label for p in saad.phones] == ["mobile", "work fax", "المكتب الرئيسي"]
    assert saad.addresses[0].street == "طريق الملك عبدالعزيز, برج ٣"
    assert saad.birthday == "--08-21"
    assert saad.extra["anniversary"] == "2011-01-15"
    assert saad.tags == ["موردون", "VIP"]
    assert saad.notes.endswith("الشهر\nشكراً") and "الأحد, ثم" in saad.notes
    kept = {p["name"] for p in saad.extra["vcard"]}
    assert {"X-SOCIALPROFILE", "URL", "UID", "X-ABLABEL"} <= kept


def test_vcard_30_utf16_be_reads_the_same(data: Path):
    plain = [c.to_json() for c in contacts(list(read_file(data / "vcard30.vcf")))]
    wide = [c.to_json() for c in contacts(list(read_file(data / "vcard30_utf16be.vcf")))]
    assert plain == wide


def test_vcard_40(data: Path):
    hind = contacts(list(read_file(data / "vcard40.vcf")))[0]
    assert hind.birthday == "--06-12"
    assert hind.extra["anniversary"] == "2018-04-05"
    assert hind.phones[0].value == "+966-50-999-8888" and hind.phones[0].label == "mobile"
    assert hind.extra["photo"]["media_type"] == "image/png"
    names = [p["name"] for p in hind.extra["vcard"]]
    assert names == ["KIND", "GENDER", "LANG", "LANG", "X-GTG-TEST"]
    assert hind.extra["vcard"][-1]["value"] == "قيمة مجهولة\\, مع فاصلة"


def test_vcard_structure_errors(tmp_path: Path):
    path = tmp_path / "bad.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nthis is not a property\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:B\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:C\r\n",
        encoding="utf-8",
    )
    rows = list(read_file(path))
    # A line that is not a property is skipped with a warning; the card is kept. So is a
    # card the file ends in, with a warning.
    assert [(r.line, r.contact.display_name if r.contact else None) for r in rows] == [
        (1, "A"),
        (6, "B"),
        (10, "C"),
    ]
    assert [line for line, _ in rows[0].warnings] == [4]
    assert [line for line, _ in rows[2].warnings] == [10]
