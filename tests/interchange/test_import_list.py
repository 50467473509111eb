"""`gtgcrm import list`: earlier imports, newest first, in text and JSON."""

from __future__ import annotations

import json
from pathlib import Path


def test_list_shows_each_import_with_its_counts_and_undo(run_cli, data: Path):
    first = json.loads(run_cli("import", str(data / "vcard30.vcf"), "--json").stdout)
    second = json.loads(run_cli("import", str(data / "google_current.csv"), "--json").stdout)
    assert run_cli("import", "undo", first["import_id"]).code == 0

    result = run_cli("import", "list", "--json")

    assert result.code == 0, result.stderr
    listed = json.loads(result.stdout)
    assert [entry["id"] for entry in listed] == [second["import_id"], first["import_id"]]
    newest, oldest = listed
    assert set(newest) >= {
        "id",
        "file_name",
        "format",
        "encoding",
        "counts",
        "started_at",
        "finished_at",
        "undone_at",
        "undone",
    }
    assert (newest["file_name"], newest["format"]) == ("google_current.csv", "google-csv")
    assert newest["counts"] == second["counts"]
    assert newest["undone"] is False and newest["undone_at"] is None
    assert (oldest["format"], oldest["counts"]["new"]) == ("vcard", 2)
    assert oldest["undone"] is True and oldest["undone_at"]


def test_list_in_words(run_cli, data: Path):
    empty = run_cli("import", "list")
    assert empty.code == 0 and "No imports yet." in empty.stdout
    done = json.loads(run_cli("import", str(data / "vcard30.vcf"), "--json").stdout)
    run_cli("import", "undo", done["import_id"])

    result = run_cli("import", "list")

    assert result.code == 0, result.stderr
    (line,) = result.stdout.strip().splitlines()
    assert line.startswith(done["import_id"])
    assert "vcard30.vcf" in line and "(vcard)" in line
    assert "2 new" in line and "undone" in line


def test_list_takes_no_id(run_cli):
    result = run_cli("import", "list", "something")
    assert result.code == 1 and "takes no import id" in result.stderr
