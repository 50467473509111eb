"""Nothing personal is readable in any file under the data dir (issue 2, point 4)."""

from pathlib import Path

from gtgcrm_desktop.core.models import Contact, EmailAddress
from gtgcrm_desktop.store import Secrets, Workspace

DISTINCTIVE = "زعفرانيّةXylophoneQuokka"


def _files_under(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def _leaks(folder: Path, needle: str) -> list[str]:
    encodings = [needle.encode("utf-8"), needle.encode("utf-16-le"), needle.encode("utf-16-be")]
    tails = ["XylophoneQuokka".encode(e) for e in ("utf-8", "utf-16-le")]
    found = []
    for path in _files_under(folder):
        data = path.read_bytes()
        if any(pattern in data for pattern in encodings + tails):
            found.append(path.name)
    return found


def test_database_has_no_sqlite_header(data_dir: Path) -> None:
    header = (data_dir / "workspace.db").read_bytes()[:16]
    assert header != b"SQLite format 3\x00"


def test_distinctive_value_is_in_no_file_while_open_or_after_close(data_dir: Path, run_cli) -> None:
    workspace = Workspace.open(data_dir, Secrets())
    workspace.contacts.add(
        Contact(
            given_name=DISTINCTIVE,
            notes=DISTINCTIVE,
            emails=[EmailAddress("quokka@example.com")],
            custom_fields={"k": DISTINCTIVE},
            tags=[DISTINCTIVE],
        )
    )
    # While open, the WAL holds the new pages: they must be encrypted too.
    assert (data_dir / "workspace.db-wal").exists()
    assert _leaks(data_dir, DISTINCTIVE) == []
    workspace.close()
    # The CLI writes a log file; it must hold no personal data either.
    assert run_cli("contacts", "list", "--search", "Xylophone").code == 0
    assert run_cli("contacts", "add", "--given", DISTINCTIVE, "--email", "not-an-email").code == 1
    assert (data_dir / "logs" / "gtgcrm.log").exists()
    assert _leaks(data_dir, DISTINCTIVE) == []


def test_the_value_is_really_stored(data_dir: Path, run_cli) -> None:
    """The check above would pass vacuously if the contact never reached the file."""
    assert run_cli("contacts", "add", "--given", DISTINCTIVE).code == 0
    plain = data_dir.parent / "plain.db"
    assert run_cli("db", "decrypt", "-o", str(plain)).code == 0
    assert DISTINCTIVE.encode("utf-8") in plain.read_bytes()
