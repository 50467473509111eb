"""Create a small demo workspace (Arabic and Latin contacts) for screenshots and smoke tests.

Usage: python scripts/make_demo_workspace.py DIR  (passphrase from GTGCRM_PASSPHRASE,
default "demo passphrase 123"; no keychain slot is written when GTGCRM_NO_KEYCHAIN=1).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gtgcrm_desktop.core.models import Contact, EmailAddress, PhoneNumber, PostalAddress
from gtgcrm_desktop.core.validation import validate_contact
from gtgcrm_desktop.store import Workspace

DEMO_PASSPHRASE = "demo passphrase 123"

DEMO_CONTACTS: list[Contact] = [
    Contact(
        given_name="أحمد",
        family_name="العتيبي",
        organization="مؤسسة النخبة",
        title="مدير المشتريات",
        emails=[EmailAddress("ahmad@example.sa", "work")],
        phones=[PhoneNumber("050 123 4567", label="mobile")],
        addresses=[PostalAddress("work", "طريق الملك فهد", "الرياض", "", "12211", "السعودية")],
        tags=["عميل", "جملة"],
        birthday="1985-03-14",
        notes="يفضل التواصل عبر واتساب.",
        custom_fields={"رقم السجل التجاري": "1010123456"},
    ),
    Contact(
        given_name="فاطمة",
        family_name="الزهراني",
        organization="متجر الورد",
        emails=[EmailAddress("fatima.z@example.com", "work")],
        phones=[PhoneNumber("+966 55 111 2233", label="mobile")],
        tags=["مورد"],
    ),
    Contact(
        given_name="John",
        family_name="Smith",
        organization="Acme Ltd",
        emails=[EmailAddress("john.smith@example.com", "work")],
        phones=[PhoneNumber("+44 20 7946 0958", label="work")],
    ),
    Contact(
        given_name="سارة",
        family_name="القحطاني",
        emails=[EmailAddress("sara@shop.sa", "home")],
        phones=[PhoneNumber("0555555555", label="mobile")],
        tags=["عميل"],
    ),
    Contact(
        given_name="Maria",
        family_name="Garcia",
        organization="Tienda Sol",
        emails=[EmailAddress("maria@example.es")],
    ),
    Contact(
        given_name="خالد",
        family_name="الدوسري",
        organization="شركة الأفق للتجارة",
        emails=[EmailAddress("k.dossary@ufuq.com.sa", "work")],
        phones=[PhoneNumber("011 234 5678", label="work")],
    ),
    Contact(
        given_name="نورة",
        family_name="الشمري",
        organization="مشغل نورة",
        phones=[PhoneNumber("0533334444", label="mobile")],
        tags=["عميل", "VIP"],
    ),
]


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 1
    folder = Path(argv[0])
    passphrase = os.environ.get("GTGCRM_PASSPHRASE") or DEMO_PASSPHRASE
    workspace, _code = Workspace.create(folder, passphrase)
    with workspace:
        workspace.contacts.add_many([validate_contact(c) for c in DEMO_CONTACTS])
    print(folder)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
