"""Consent decisions made on one device reach the others' ledgers, once, in time order."""

from gtgcrm_desktop.privacy.ledger import ConsentLedger
from gtgcrm_desktop.privacy.marketing import is_marketing_allowed
from gtgcrm_desktop.privacy.verify import verify_chains
from tests.sync.conftest import settle


def _events(client) -> list[str]:
    return [r[0] for r in client.ws.db.all("SELECT id FROM consent_events ORDER BY seq")]


def test_contact_consent_and_objection_reach_every_device(clients, server):
    a, b = clients[:2]
    cid = a.add(given_name="Huda", emails=[{"value": "huda@example.com", "label": ""}])
    settle(a, b)
    ConsentLedger(a.ws).set_contact(
        cid,
        purpose="marketing",
        channel="email",
        status="granted",
        lawful_basis="consent",
        source="shop counter",
        evidence="signed form",
    )
    settle(a, b)
    ConsentLedger(b.ws).object_to_marketing(cid, source="phone call", evidence="asked to stop")
    settle(a, b)
    settle(a, b)  # a second round must not duplicate anything

    assert _events(a) and sorted(_events(a)) == sorted(_events(b))
    for client in (a, b):
        allowed, _reason = is_marketing_allowed(client.ws, cid, "email")
        assert not allowed  # the later objection (on every channel) wins on both devices
        report = verify_chains(client.ws)
        assert report.consent_broken == [] and report.audit_broken == [], report


def test_account_consent_change_on_one_device_shows_on_the_other(clients, server):
    a, b = clients[:2]
    ledger_a, ledger_b = ConsentLedger(a.ws), ConsentLedger(b.ws)
    ledger_a.set_account("marketing_email", True, source="first run")
    settle(a, b)
    assert ledger_b.account_granted("marketing_email")
    ledger_b.set_account("marketing_email", False, source="privacy tab")
    settle(a, b)
    assert not ledger_a.account_granted("marketing_email")
    assert len(_events(a)) == len(_events(b)) == 2
