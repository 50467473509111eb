"""Issue 12: a bad value never drops a person; vCards read as ez-vcard and KContacts read them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gtgcrm_desktop.interchange import (
    UncertainEncodingError,
    UnknownEncodingError,
    import_file,
    inspect_file,
    read_file,
)

ODD = Path(__file__).parent / "data" / "odd"


def people(name: str, **options: str) -> list:  # type: ignore[type-arg]
    return [r.contact for r in read_file(ODD / name, **options) if r.contact is not None]


def warnings(report) -> list[tuple[int, str]]:  # type: ignore[no-untyped-def]
    return [(w["line"], w["reason"]) for w in report.to_json()["warnings"]]


def test_phones_that_do_not_parse_keep_the_person(workspace):  # type: ignore[no-untyped-def]
    report = import_file(workspace, ODD / "phones_odd.vcf")
    assert (report.new, len(report.invalid), len(report.warnings)) == (5, 0, 4)
    phones = {
        c.effective_display_name(): [(p.value, p.e164) for p in c.phones]
        for c in workspace.contacts.iter_all()
    }
    assert phones["BlackBerry Test"] == [("12345", None)]  # a BlackBerry test number
    assert phones["Wang Wei"] == [("办公室", None)]
    assert phones["Outlook User"] == [("BusinessPhone", None)]
    assert phones["Too Long"] == [("+966 50 123 456789", None)]
    # Each warning names the line of the value, not of the card.
    assert [line for line, _ in warnings(report)] == [4, 9, 15, 20]
    assert all("not a valid phone number" in reason for _, reason in warnings(report))


def test_region_per_import_reads_foreign_local_numbers(workspace, fresh_workspace):  # type: ignore[no-untyped-def]
    def local(ws) -> str:  # type: ignore[no-untyped-def]
        found = next(c for c in ws.contacts.iter_all() if c.display_name == "Local Foreign")
        return str(found.phones[0].e164)

    import_file(workspace, ODD / "phones_odd.vcf", region="us")
    assert local(workspace) == "+14155550132"
    import_file(fresh_workspace, ODD / "phones_odd.vcf")  # the workspace's region: SA
    assert local(fresh_workspace).startswith("+966")
    # A number written with + (or 00) is read whatever the region.
    import_file(workspace, ODD / "ios_crcrlf.vcf", region="US")
    saad = next(c for c in workspace.contacts.iter_all() if c.family_name == "Harbi")
    assert saad.phones[0].e164 == "+966501112222"


def test_unknown_region_is_refused_before_anything(workspace):  # type: ignore[no-untyped-def]
    from gtgcrm_desktop.interchange import UnknownRegionError

    with pytest.raises(UnknownRegionError):
        import_file(workspace, ODD / "phones_odd.vcf", region="XX")
    assert workspace.contacts.count() == 0


def test_emails_that_do_not_validate_are_kept_and_flagged(run_cli):  # type: ignore[no-untyped-def]
    result = run_cli("import", str(ODD / "emails_odd.vcf"), "--json")
    assert result.code == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["counts"]["new"] == 2 and report["counts"]["warnings"] == 2
    listed = {
        c["display_name"]: c for c in json.loads(run_cli("contacts", "list", "--json").stdout)
    }
    assert listed["Intranet Admin"]["emails"] == [
        {"value": "admin@intranet", "label": "", "valid": False}
    ]
    typo = listed["Typo"]["emails"]
    assert typo[0] == {"value": "ahmad(at)example.com", "label": "", "valid": False}
    assert typo[1] == {"value": "ahmad@example.com", "label": ""}  # valid: no flag


def test_corrupt_photo_is_dropped_with_a_warning(workspace):  # type: ignore[no-untyped-def]
    report = import_file(workspace, ODD / "photo_corrupt.vcf")
    [contact] = workspace.contacts.iter_all()
    assert contact.display_name == "Broken Photo" and "photo" not in contact.extra
    assert contact.phones[0].e164 == "+966501234567"
    [(line, reason)] = warnings(report)
    assert line == 4 and "PHOTO" in reason and "base64" in reason


def test_a_date_that_does_not_parse_is_kept_and_flagged(workspace):  # type: ignore[no-untyped-def]
    report = import_file(workspace, ODD / "date_odd.vcf")
    [contact] = workspace.contacts.iter_all()
    assert contact.birthday == "31/02/1980"
    data = contact.to_json()
    assert data["birthday"] == "31/02/1980" and data["birthday_valid"] is False
    assert [w["field"] for w in report.to_json()["warnings"]] == ["birthday"]


def test_only_a_row_with_nothing_identifying_is_invalid(workspace):  # type: ignore[no-untyped-def]
    report = import_file(workspace, ODD / "nobody.vcf")
    assert (report.new, len(report.invalid)) == (1, 1)
    assert report.invalid[0].line == 1
    [phone_only] = workspace.contacts.iter_all()
    assert phone_only.effective_display_name() == "+966501112222"


def test_cr_cr_lf_line_ends_keep_folds():
    [saad] = people("ios_crcrlf.vcf")
    assert saad.notes == "a note that is folded across two lines"
    assert saad.phones[0].value == "+966 50 111 2222"


def test_a_lone_cr_inside_a_value_is_not_a_line_end():
    [lina] = people("thunderbird_lone_cr.vcf")
    assert lina.notes == "first line\nsecond line"
    assert lina.emails[0].value == "lina@example.com"


def test_cr_only_files_are_read():
    [old] = people("mac_cr_only.vcf")
    assert (old.display_name, old.phones[0].value) == ("Old Mac", "+966 11 222 3333")


def test_names_beyond_letters_digits_and_dashes_are_kept():
    [row] = list(read_file(ODD / "kaddressbook_names.vcf"))
    assert row.contact is not None and row.warnings == ()
    kept = row.contact.extra["vcard"]
    assert kept[0]["name"] == "X-MESSAGING/XMPP-ALL"
    assert kept[0]["value"] == "omar@jabber.example.org"
    assert kept[1]["params"] == [["X-PARAM/ONE", "a"]]


def test_a_line_without_colon_is_skipped_with_a_warning():
    [row] = list(read_file(ODD / "evolution_bare_fn.vcf"))
    assert row.contact is not None and row.contact.given_name == "Layla"
    [(line, warning)] = row.warnings
    assert line == 3 and "not a vCard property" in warning.localized("en")


def test_quoted_printable_soft_break_before_folding():
    [card] = people("qp_space_continuation.vcf")
    assert card.notes == "Now's the time  for all folk to come to the aid of their country."


def test_quoted_printable_without_charset_falls_back_with_a_warning():
    [row] = list(read_file(ODD / "qp_no_charset.vcf"))
    assert (row.contact.family_name, row.contact.given_name) == ("Müller", "Jürgen")
    assert row.contact.extra["vcard"][0]["value"] == "été"
    assert [line for line, _ in row.warnings] == [3, 4]


def test_declared_charsets_apply_to_raw_8bit_values():
    assert inspect_file(ODD / "shift_jis_declared.vcf").encoding.label == (
        "character sets named in the file"
    )
    [taro] = people("shift_jis_declared.vcf")
    assert (taro.family_name, taro.given_name, taro.display_name) == ("山田", "太郎", "山田太郎")
    assert taro.extra["vcard"][0]["value"] == "メモ"
    [helene] = people("cp1252_declared.vcf")
    assert (helene.given_name, helene.organization) == ("Hélène", "Société Générale")


def test_a_character_split_by_a_fold_survives():
    [card] = people("utf8_split_by_fold.vcf")
    assert card.display_name == "" and card.effective_display_name() == "محمد العتيبي"


def test_utf16_big_endian_without_bom_is_read():
    assert inspect_file(ODD / "utf16be_no_bom.vcf").encoding.label == "UTF-16 BE"
    [card] = people("utf16be_no_bom.vcf")
    assert card.display_name == "سعاد الحربي"


def test_an_undecidable_8bit_file_names_its_best_guess(run_cli, workspace):  # type: ignore[no-untyped-def]
    path = ODD / "undeclared_cp1252.vcf"
    with pytest.raises(UncertainEncodingError) as caught:
        import_file(workspace, path)
    assert caught.value.params["guess"] == "cp1252" and "--encoding" in str(caught.value)
    refused = run_cli("import", str(path))
    assert refused.code == 1 and "--encoding cp1252" in refused.stderr
    dry = run_cli("import", str(path), "--dry-run")
    assert dry.code == 0 and "cp1252" in dry.stdout and "--encoding" in dry.stdout
    done = run_cli("import", str(path), "--encoding", "windows-1252", "--json")
    assert done.code == 0, done.stderr
    [renee] = json.loads(run_cli("contacts", "list", "--json").stdout)
    assert (renee["given_name"], renee["organization"]) == ("Renée", "Café Crème Brûlée")
    unknown = run_cli("import", str(path), "--encoding", "klingon")
    assert unknown.code == 1 and "klingon" in unknown.stderr
    with pytest.raises(UnknownEncodingError):
        import_file(workspace, path, encoding="klingon")


def test_dry_run_json_says_the_encoding_was_guessed(run_cli):  # type: ignore[no-untyped-def]
    result = run_cli("import", str(ODD / "undeclared_cp1252.vcf"), "--dry-run", "--json")
    report = json.loads(result.stdout)
    assert report["encoding"] == "cp1252" and report["encoding_guessed"] is True
    assert report["counts"]["new"] == 1


def test_text_lines_split_at_every_cr_keep_their_folds():
    """A caller that splits text at CR and LF alike (CardDAV bodies) leaves a blank line
    between a CR CR LF line and its fold: blank lines are skipped, the fold joined."""
    import re

    from gtgcrm_desktop.interchange import read_vcard_text, read_vcards

    text = (ODD / "ios_crcrlf.vcf").read_bytes().decode("utf-8")
    [split] = list(read_vcards(re.split(r"\r\n|\r|\n", text), "card"))
    [whole] = list(read_vcard_text(text, "card"))
    for row in (split, whole):
        assert row.contact.notes == "a note that is folded across two lines"
        assert row.warnings == ()


def test_a_chosen_character_set_that_does_not_fit_a_csv_is_refused(run_cli, workspace):  # type: ignore[no-untyped-def]
    from gtgcrm_desktop.interchange import EncodingError

    data = Path(__file__).parent / "data" / "latin1_refused.csv"
    with pytest.raises(EncodingError) as caught:
        import_file(workspace, data, encoding="utf-8")
    assert "utf-8" in str(caught.value) and "offset" in str(caught.value)
    refused = run_cli("import", str(data), "--encoding", "utf-8")
    assert refused.code == 1 and "choose another character set" in refused.stderr
    done = run_cli("import", str(data), "--encoding", "cp1252", "--json")
    assert done.code == 0, done.stderr
    [helene] = json.loads(run_cli("contacts", "list", "--json").stdout)
    assert (helene["given_name"], helene["organization"]) == ("Hélène", "Café Crème")


def test_a_guess_that_fails_later_in_a_csv_is_refused_not_a_crash(workspace, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The guess reads the start of the file; a byte further on that it cannot decode
    (0x81 is undefined in Windows-1252) refuses the dry run cleanly."""
    path = tmp_path / "late.csv"
    head = "First Name,Last Name,E-mail Address\r\n" + "Ren\u00e9e,Fran\u00e7ois,r@example.fr\r\n"
    path.write_bytes(head.encode("cp1252") * 40_000 + b"\x81x,y,z@example.com\r\n")
    with pytest.raises(UncertainEncodingError):
        import_file(workspace, path, dry_run=True)
