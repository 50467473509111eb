"""Property tests of the vCard line reader: any mix of line ends, folds and chunk splits reads
back the values written (issue 12)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from gtgcrm_desktop.interchange._vcard_read import read_vcard_chunks

_VALUES = st.lists(
    st.text(
        st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\u2028\u2029\x85"),
        max_size=120,
    ),
    min_size=1,
    max_size=6,
)


def _folded(line: bytes, cuts: list[int], fold: bytes) -> list[bytes]:
    """`line` cut at byte offsets (inside UTF-8 sequences too), continuations after `fold`."""
    points = sorted({c % len(line) for c in cuts if c % len(line) > 0}) if line else []
    pieces = [line[a:b] for a, b in zip([0, *points], [*points, len(line)], strict=True)]
    return [pieces[0], *(fold + p for p in pieces[1:])]


def _chunks(data: bytes, splits: list[int]) -> list[bytes]:
    points = sorted({s % (len(data) + 1) for s in splits})
    return [data[a:b] for a, b in zip([0, *points], [*points, len(data)], strict=True)]


def _kept_values(data: bytes, splits: list[int]) -> list[str]:
    [row] = list(read_vcard_chunks(_chunks(data, splits), "x.vcf"))
    assert row.contact is not None and row.warnings == ()
    return [str(p["value"]) for p in row.contact.extra["vcard"]]


def _escaped(value: str) -> str:
    return value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")


@settings(max_examples=300, deadline=None)
@given(
    values=_VALUES,
    ends=st.lists(st.sampled_from([b"\r\n", b"\n", b"\r\r\n"]), min_size=1),
    cuts=st.lists(st.integers(1, 400), max_size=6),
    folds=st.lists(st.sampled_from([b" ", b"\t"]), min_size=1),
    splits=st.lists(st.integers(0, 10_000), max_size=8),
)
def test_any_mix_of_line_ends_and_folds_reads_the_values_back(
    values: list[str], ends: list[bytes], cuts: list[int], folds: list[bytes], splits: list[int]
) -> None:
    lines = [b"BEGIN:VCARD", b"VERSION:3.0", b"FN:Someone"]
    for index, value in enumerate(values):
        line = f"X-TEST-{index}:{_escaped(value)}".encode()
        lines += _folded(line, cuts, folds[index % len(folds)])
    lines.append(b"END:VCARD")
    data = b"".join(line + ends[i % len(ends)] for i, line in enumerate(lines))
    assert _kept_values(data, splits) == [_escaped(v) for v in values]


@settings(max_examples=100, deadline=None)
@given(values=_VALUES, cuts=st.lists(st.integers(1, 400), max_size=4))
def test_cr_only_files_read_the_values_back(values: list[str], cuts: list[int]) -> None:
    lines = [b"BEGIN:VCARD", b"VERSION:3.0", b"FN:Someone"]
    for index, value in enumerate(values):
        lines += _folded(f"X-TEST-{index}:{_escaped(value)}".encode(), cuts, b" ")
    data = b"\r".join([*lines, b"END:VCARD", b""])
    assert _kept_values(data, []) == [_escaped(v) for v in values]


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(
        st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\u2028\u2029\x85"),
        max_size=200,
    ),
    width=st.integers(3, 76),
    lead=st.sampled_from([b"", b" ", b"\t"]),
    end=st.sampled_from([b"\r\n", b"\n", b"\r\r\n"]),
)
def test_quoted_printable_soft_breaks_read_the_text_back(
    text: str, width: int, lead: bytes, end: bytes
) -> None:
    import quopri

    encoded = quopri.encodestring(text.encode("utf-8"), quotetabs=True).replace(b"=\n", b"")
    encoded = encoded.replace(b"\n", b"=0A")
    # Soft breaks every `width` bytes, never inside an =XX escape; continuations may start
    # with a space or a tab that is data (RFC 2045), here encoded so that it stays data.
    pieces: list[bytes] = []
    start = 0
    while start < len(encoded):
        stop = min(start + width, len(encoded))
        while encoded.rfind(b"=", start, stop) > stop - 3 and stop < len(encoded):
            stop = encoded.rfind(b"=", start, stop)
            if stop == start:
                stop = start + 3
                break
        pieces.append(encoded[start:stop])
        start = stop
    value = (b"=" + end + lead).join(pieces) if not lead else (b"=" + end).join(pieces)
    data = (
        b"BEGIN:VCARD"
        + end
        + b"VERSION:2.1"
        + end
        + b"FN:Someone"
        + end
        + b"X-QP;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:"
        + value
        + end
        + b"END:VCARD"
        + end
    )
    [row] = list(read_vcard_chunks([data], "x.vcf"))
    assert row.contact is not None
    kept = str(row.contact.extra["vcard"][0]["value"])
    assert kept == text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")


@settings(max_examples=150, deadline=None)
@given(
    values=st.lists(
        st.lists(
            st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=20),
            min_size=1,
            max_size=4,
        ),
        min_size=1,
        max_size=4,
    ),
    ends=st.lists(st.sampled_from([b"\r\n", b"\n", b"\r\r\n"]), min_size=1),
    splits=st.lists(st.integers(0, 2_000), max_size=6),
)
def test_a_lone_cr_inside_a_value_is_a_line_break_whatever_the_line_ends(
    values: list[list[str]], ends: list[bytes], splits: list[int]
) -> None:
    """Thunderbird 4 writes a bare CR inside a note: it is never taken for a line end."""
    lines = [b"BEGIN:VCARD", b"VERSION:3.0", b"FN:Someone"]
    for index, parts in enumerate(values):
        lines.append(f"X-TEST-{index}:".encode() + b"\r".join(_escaped(p).encode() for p in parts))
    lines.append(b"END:VCARD")
    data = b"".join(line + ends[i % len(ends)] for i, line in enumerate(lines))
    assert _kept_values(data, splits) == [
        "\\n".join(_escaped(p) for p in parts) for parts in values
    ]
