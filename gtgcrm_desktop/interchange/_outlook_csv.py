"""Outlook CSV exports, with English, German and French column names."""

from __future__ import annotations

from collections.abc import Iterator

from ._csv_plan import (
    CellHandler,
    CsvPlan,
    address_cell,
    email_cell,
    ignore,
    normalise_header,
    note_cell,
    phone_cell,
    read_with_plan,
    set_attribute,
)
from ._csv_rows import CsvStream
from ._fields import ContactBuilder, parse_date
from ._google_csv import ANNIVERSARY_KEY
from ._rows import SourceRow

# Each entry: the English, German and French spellings (and older variants) of one column.
_GIVEN = ("First Name", "Vorname", "Prénom")
_FAMILY = ("Last Name", "Nachname", "Nom")
_COMPANY = ("Company", "Firma", "Société")
_JOB_TITLE = ("Job Title", "Position", "Fonction")
_BIRTHDAY = ("Birthday", "Geburtstag", "Anniversaire")
_ANNIVERSARY = ("Anniversary", "Jahrestag", "Anniversaire de mariage")
_NOTES = ("Notes", "Notizen")
_CATEGORIES = ("Categories", "Kategorien", "Catégories")
_EMAILS: tuple[tuple[str, ...], ...] = (
    ("E-mail Address", "E-Mail-Adresse", "Adresse de messagerie", "Adresse e-mail"),
    (
        "E-mail 2 Address",
        "E-Mail 2: Adresse",
        "E-Mail-Adresse 2",
        "Adresse de messagerie 2",
        "Adresse e-mail 2",
    ),
    (
        "E-mail 3 Address",
        "E-Mail 3: Adresse",
        "E-Mail-Adresse 3",
        "Adresse de messagerie 3",
        "Adresse e-mail 3",
    ),
)
#: Technical columns beside each address (type "SMTP", a display form of the address).
_EMAIL_NOISE = (
    "E-mail Type",
    "E-mail Display Name",
    "E-mail 2 Type",
    "E-mail 2 Display Name",
    "E-mail 3 Type",
    "E-mail 3 Display Name",
    "E-Mail-Typ",
    "E-Mail: Angezeigter Name",
    "E-Mail 2: Typ",
    "E-Mail 2: Angezeigter Name",
    "E-Mail 3: Typ",
    "E-Mail 3: Angezeigter Name",
    "Type de messagerie",
    "Nom complet de messagerie",
    "Type de messagerie 2",
    "Nom complet de messagerie 2",
    "Type de messagerie 3",
    "Nom complet de messagerie 3",
)
_PHONES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("mobile", ("Mobile Phone", "Mobiltelefon", "Tél. mobile", "Téléphone mobile")),
    ("work", ("Business Phone", "Telefon geschäftlich", "Téléphone (bureau)", "Téléphone bureau")),
    ("work", ("Business Phone 2", "Telefon geschäftlich 2", "Téléphone 2 (bureau)")),
    ("home", ("Home Phone", "Telefon privat", "Téléphone (domicile)", "Téléphone domicile")),
    ("home", ("Home Phone 2", "Telefon privat 2", "Téléphone 2 (domicile)")),
    ("main", ("Primary Phone", "Haupttelefon", "Téléphone principal")),
    ("main", ("Company Main Phone", "Telefon Firma", "Téléphone société")),
    ("other", ("Other Phone", "Weiteres Telefon", "Autre téléphone")),
    ("car", ("Car Phone", "Autotelefon", "Téléphone (voiture)", "Téléphone voiture")),
    ("work fax", ("Business Fax", "Fax geschäftlich", "Télécopie (bureau)", "Télécopie bureau")),
    ("home fax", ("Home Fax", "Fax privat", "Télécopie (domicile)", "Télécopie domicile")),
    ("fax", ("Other Fax", "Weiteres Fax", "Autre télécopie")),
    ("pager", ("Pager", "Récepteur de radiomessagerie")),
    ("assistant", ("Assistant's Phone", "Telefon Assistent", "Téléphone de l'assistant(e)")),
)
_ADDRESS_PARTS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("work", "street", ("Business Street", "Straße geschäftlich", "Rue (bureau)")),
    ("work", "street", ("Business Street 2", "Straße geschäftlich 2", "Rue (bureau) 2")),
    ("work", "street", ("Business Street 3", "Straße geschäftlich 3", "Rue (bureau) 3")),
    ("work", "city", ("Business City", "Ort geschäftlich", "Ville (bureau)")),
    (
        "work",
        "region",
        (
            "Business State",
            "Region geschäftlich",
            "Bundesland/Kanton geschäftlich",
            "État/Prov (bureau)",
        ),
    ),
    (
        "work",
        "postal_code",
        ("Business Postal Code", "Postleitzahl geschäftlich", "Code postal (bureau)"),
    ),
    (
        "work",
        "country",
        (
            "Business Country/Region",
            "Business Country",
            "Land/Region geschäftlich",
            "Land geschäftlich",
            "Pays/Région (bureau)",
            "Pays (bureau)",
        ),
    ),
    ("home", "street", ("Home Street", "Straße privat", "Rue (domicile)")),
    ("home", "street", ("Home Street 2", "Straße privat 2", "Rue (domicile) 2")),
    ("home", "street", ("Home Street 3", "Straße privat 3", "Rue (domicile) 3")),
    ("home", "city", ("Home City", "Ort privat", "Ville (domicile)")),
    (
        "home",
        "region",
        ("Home State", "Region privat", "Bundesland/Kanton privat", "État/Prov (domicile)"),
    ),
    ("home", "postal_code", ("Home Postal Code", "Postleitzahl privat", "Code postal (domicile)")),
    (
        "home",
        "country",
        (
            "Home Country/Region",
            "Home Country",
            "Land/Region privat",
            "Land privat",
            "Pays/Région (domicile)",
            "Pays (domicile)",
        ),
    ),
    ("other", "street", ("Other Street", "Weitere Straße", "Rue (autre)")),
    ("other", "street", ("Other Street 2", "Weitere Straße 2", "Rue (autre) 2")),
    ("other", "street", ("Other Street 3", "Weitere Straße 3", "Rue (autre) 3")),
    ("other", "city", ("Other City", "Weiterer Ort", "Ville (autre)")),
    (
        "other",
        "region",
        ("Other State", "Weitere Region", "Weiteres/r Bundesland/Kanton", "État/Prov (autre)"),
    ),
    ("other", "postal_code", ("Other Postal Code", "Weitere Postleitzahl", "Code postal (autre)")),
    (
        "other",
        "country",
        (
            "Other Country/Region",
            "Other Country",
            "Weiteres/r Land/Region",
            "Weiteres Land",
            "Pays/Région (autre)",
            "Pays (autre)",
        ),
    ),
)

_SIGNATURE = {
    normalise_header(name)
    for names in (*_EMAILS, _JOB_TITLE, _COMPANY, _CATEGORIES)
    for name in names
} | {normalise_header(n) for _, names in _PHONES for n in names}

_GERMAN = {normalise_header(n) for n in ("Vorname", "Nachname", "Firma", "Geburtstag")}
_FRENCH = {normalise_header(n) for n in ("Prénom", "Société", "Catégories", "Fonction")}

_email = email_cell()


def looks_like_outlook(header: list[str]) -> bool:
    names = {normalise_header(h) for h in header}
    return len(names & _SIGNATURE) >= 3 and bool(names & {normalise_header(n) for n in _GIVEN})


def date_order(header: list[str]) -> str:
    """English Outlook writes M/D/YYYY; German D.M.YYYY and French D/M/YYYY."""
    names = {normalise_header(h) for h in header}
    return "DMY" if names & (_GERMAN | _FRENCH) else "MDY"


def _dates(order: str) -> tuple[CellHandler, CellHandler]:
    def birthday(builder: ContactBuilder, value: str, _: list[str]) -> None:
        builder.birthday = parse_date(value, order)

    def anniversary(builder: ContactBuilder, value: str, _: list[str]) -> None:
        date = parse_date(value, order)
        if date:
            builder.extra[ANNIVERSARY_KEY] = date

    return birthday, anniversary


def _categories(builder: ContactBuilder, value: str, _: list[str]) -> None:
    for tag in value.replace(",", ";").split(";"):
        builder.add_tags(tag)


def outlook_plan(header: list[str]) -> CsvPlan:
    plan = CsvPlan(header)
    plan.on(_GIVEN, set_attribute("given_name"))
    plan.on(_FAMILY, set_attribute("family_name"))
    plan.on(_COMPANY, set_attribute("organization"))
    plan.on(_JOB_TITLE, set_attribute("title"))
    birthday, anniversary = _dates(date_order(header))
    plan.on(_BIRTHDAY, birthday)
    plan.on(_ANNIVERSARY, anniversary)
    plan.on(_NOTES, note_cell)
    plan.on(_CATEGORIES, _categories)
    for email_names in _EMAILS:
        plan.on(email_names, _email)
    for name in _EMAIL_NOISE:
        plan.on(name, ignore)
    for label, names in _PHONES:
        plan.on(names, phone_cell(label))
    for label, part, names in _ADDRESS_PARTS:
        plan.on(names, address_cell(label, part))
    return plan


def read_outlook_csv(stream: CsvStream) -> Iterator[SourceRow]:
    yield from read_with_plan(stream, outlook_plan(stream.header))
