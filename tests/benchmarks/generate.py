"""Realistic generated contacts: Arabic and Latin names, 1-2 e-mails and phones each."""

from __future__ import annotations

import random
from collections.abc import Iterator

from gtgcrm_desktop.core.models import Contact, EmailAddress, PhoneNumber

ARABIC_GIVEN = [
    "أحمد",
    "محمد",
    "فاطمة",
    "عائشة",
    "خالد",
    "سارة",
    "نورة",
    "عبدالله",
    "إيمان",
    "يوسف",
    "مريم",
    "عمر",
    "هدى",
    "ليلى",
    "سلمان",
    "ريم",
    "طارق",
    "جميلة",
    "حسن",
    "آمنة",
]
ARABIC_FAMILY = [
    "الشهري",
    "القحطاني",
    "العتيبي",
    "الغامدي",
    "الزهراني",
    "الدوسري",
    "المطيري",
    "الحربي",
    "السبيعي",
    "الشمري",
    "العنزي",
    "البقمي",
    "الرشيد",
    "المالكي",
]
LATIN_GIVEN = [
    "James",
    "Maria",
    "Ahmed",
    "Sofia",
    "Omar",
    "Emma",
    "Lucas",
    "Chloe",
    "Yusuf",
    "Hannah",
    "Daniel",
    "Zoe",
    "Adam",
    "Layla",
    "Noah",
    "Mia",
]
LATIN_FAMILY = [
    "Smith",
    "Garcia",
    "Khan",
    "Müller",
    "Rossi",
    "Dubois",
    "Haddad",
    "Nguyen",
    "Brown",
    "Silva",
    "Cohen",
    "Novak",
]
DOMAINS = ["example.com", "example.sa", "mail.example.org", "shop.example.net"]
ORGS = ["مؤسسة النخيل", "متجر الورد", "ACME Trading", "شركة الأفق", "Blue Harbor", ""]


def contacts(count: int, seed: int = 7) -> Iterator[Contact]:
    """`count` contacts, two in three with Arabic names; phones already in E.164."""
    rng = random.Random(seed)
    for index in range(count):
        arabic = rng.random() < 0.66
        given = rng.choice(ARABIC_GIVEN if arabic else LATIN_GIVEN)
        family = rng.choice(ARABIC_FAMILY if arabic else LATIN_FAMILY)
        emails = [
            EmailAddress(f"user{index}.{k}@{rng.choice(DOMAINS)}", "work" if k else "home")
            for k in range(rng.randint(1, 2))
        ]
        phones = []
        for k in range(rng.randint(1, 2)):
            national = f"5{rng.randint(0, 99999999):08d}"
            phones.append(
                PhoneNumber(f"0{national}", f"+966{national}", "mobile" if k == 0 else "work")
            )
        yield Contact(
            given_name=given,
            family_name=family,
            organization=rng.choice(ORGS),
            emails=emails,
            phones=phones,
            tags=["vip"] if index % 10 == 0 else [],
        )


def queries(count: int, seed: int = 11) -> list[str]:
    """What people type while searching: 1-4 first characters of names, Arabic and Latin."""
    rng = random.Random(seed)
    names = ARABIC_GIVEN + ARABIC_FAMILY + LATIN_GIVEN + LATIN_FAMILY
    found = []
    for _ in range(count):
        name = rng.choice(names)
        found.append(name[: rng.randint(1, 4)])
    return found
