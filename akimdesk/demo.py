"""A complete synthetic election, signed like a real one, for training and the quick start."""

from __future__ import annotations

import csv
import datetime as dt
import random
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from akimdesk.core.election import compute_election_id
from akimdesk.core.iin import make_iin
from akimdesk.core.timeline import to_local
from akimdesk.signing.envelope import make_encryption_certificate
from akimdesk.signing.keys import (
    DEFAULT_SCRYPT_N,
    certificate_fingerprint,
    certificate_to_pem,
    encrypt_private_key,
    generate_private_key,
    handover_passphrase,
    issue_precinct_certificate,
    make_district_certificate,
)
from akimdesk.signing.package import write_package

DEMO_PASSPHRASE = "demo-commission-passphrase"
DEMO_TIME_ZONE = "Asia/Almaty"
DEMO_CHAIR = "M1"
DEMO_ISSUER = "M4"

DEMO_MEMBERS = (
    ("M1", "Жақсылықова Айгүл Серікқызы", "chair"),
    ("M2", "Оспанов Ерлан Бақытұлы", "deputy"),
    ("M3", "Иванова Ольга Петровна", "secretary"),
    ("M4", "Қасымов Дәулет Нұрланұлы", "member"),
    ("M5", "Сәрсенбаева Гүлнұр Асқарқызы", "member"),
    ("M6", "Петров Сергей Иванович", "member"),
    ("M7", "Үсенов Жандос Маратұлы", "member"),
)
# Each demo member's PIN for the desk's screen is their number four times: M1 1111, ..., M7 7777.
DEMO_PINS = {mid: mid[1:] * 4 for mid, _, _ in DEMO_MEMBERS}

# Listed in Kazakh alphabetical order: А, Ә, С (code-point order would put Ә last).
DEMO_CANDIDATES = (
    ("C1", "Ахметов Болат Серікұлы", "Ахметов Болат Серикович", "өзін-өзі ұсыну", "самовыдвижение"),
    ("C2", "Әбдіров Нұрлан Қайратұлы", "Абдиров Нурлан Кайратович", "«Amanat» партиясы", "партия «Amanat»"),
    ("C3", "Сейітова Гүлнар Маратқызы", "Сеитова Гульнар Маратовна", "өзін-өзі ұсыну", "самовыдвижение"),
)

_SURNAMES_M = ("Ахметов", "Әбенов", "Бекболатов", "Ғабитов", "Жұмабаев", "Қасымов", "Құрманов",
               "Нұрланов", "Омаров", "Өтемісов", "Сейітов", "Тоқтаров", "Ұзақов", "Үсенов",
               "Иванов", "Петров", "Смирнов", "Ким", "Шевченко", "Һашимов")
_GIVEN_M = ("Айдос", "Бауыржан", "Дәулет", "Ерлан", "Жандос", "Қайрат", "Нұрлан", "Сергей",
            "Алексей", "Тимур", "Ілияс", "Асқар")
_GIVEN_F = ("Айгүл", "Әсел", "Гүлнар", "Динара", "Жанар", "Қарлығаш", "Ольга", "Мария",
            "Сәуле", "Үміт", "Іңкәр", "Әлия")
_STREETS = ("Абай көшесі", "Төле би көшесі", "ул. Ленина", "Наурыз көшесі", "ул. Садовая")


@dataclass(frozen=True)
class DemoElection:
    """A signed demo package with what the handover act would carry."""

    package: bytes
    fingerprint: str
    one_time_passphrase: str
    election_id: str
    content: dict[str, Any]


def demo_content(election_date: dt.date, voters: int) -> dict[str, Any]:
    """The package content of the demo election (without keys and certificates)."""
    return {
        "format_version": 1,
        "package_version": 1,
        "election": {
            "type": "rural-akim",
            "title": {"kk": "ДЕМО — Ақсай ауылдық округі әкімінің сайлауы",
                      "ru": "ДЕМО — Выборы акима Аксайского сельского округа"},
            "date": election_date.isoformat(),
            "polls_open": "07:00",
            "polls_close": "20:00",
            "time_zone": DEMO_TIME_ZONE,
            "reporting_hours": ["10:00", "12:00", "14:00", "16:00", "18:00", "20:00"],
            "mobile_request_deadline": "12:00",
            "absentee_deadline": "18:00",
            "is_demo": True,
        },
        "race": {
            "id": "demo-aksai-akim",
            "title": {"kk": "Ақсай ауылдық округінің әкімі", "ru": "Аким Аксайского сельского округа"},
            "district": {"kk": "Демо ауданы", "ru": "Демо район"},
        },
        "precinct": {
            "number": "1001",
            "name": {"kk": "№1001 сайлау учаскесі (ДЕМО)", "ru": "Избирательный участок №1001 (ДЕМО)"},
            "address": {"kk": "Ақсай ауылы, Абай көшесі 12, мектеп", "ru": "село Аксай, ул. Абая 12, школа"},
        },
        "candidates": [
            {"id": cid, "ballot_position": i, "name": {"kk": kk, "ru": ru},
             "nomination": {"kk": nkk, "ru": nru}, "is_withdrawn": False}
            for i, (cid, kk, ru, nkk, nru) in enumerate(DEMO_CANDIDATES, start=1)
        ],
        "members": [{"id": mid, "name": name, "role": role} for mid, name, role in DEMO_MEMBERS],
        "ballots_delivered": max(100, (voters * 102 + 99) // 100),
        "template_id": "rural-akim-2026-v1",
    }


def build_signed_package(
    content: dict[str, Any],
    *,
    district_name: str = "Демо аумақтық сайлау комиссиясы",
    district_key: Any = None,
    district_cert: Any = None,
    encryption_cert: Any = None,
    precinct_key: Any = None,
    scrypt_n: int = DEFAULT_SCRYPT_N,
) -> DemoElection:
    """Issue a precinct key and certificate for `content` and sign it as the district would."""
    if district_key is None:
        district_key = generate_private_key()
        district_cert = make_district_certificate(district_key, district_name)
    if encryption_cert is None:
        encryption_cert = make_encryption_certificate(district_key, district_cert)[1]
    election_id = compute_election_id(content)
    precinct_key = precinct_key or generate_private_key()
    precinct = content["precinct"]
    precinct_cert = issue_precinct_certificate(
        district_key, district_cert, precinct_key.public_key(), election_id=election_id,
        precinct_number=precinct["number"], precinct_name=precinct["name"]["ru"],
    )
    one_time = handover_passphrase()
    full = dict(content, precinct_certificate=certificate_to_pem(precinct_cert),
                precinct_key=encrypt_private_key(precinct_key, one_time, n=scrypt_n),
                district_encryption_certificate=certificate_to_pem(encryption_cert))
    package = write_package(full, district_key, district_cert)
    return DemoElection(package, certificate_fingerprint(district_cert), one_time, election_id, full)


def write_demo_voter_list(path: Path, voters: int, election_date: dt.date, seed: int = 2026) -> None:
    """Write a synthetic voter list CSV with valid IINs and Kazakh and Russian names."""
    rng = random.Random(seed)
    used: set[str] = set()
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["ИИН", "Фамилия", "Имя", "Отчество", "Дата рождения", "Адрес", "Книга"])
        while len(used) < voters:
            sex = rng.choice(("male", "female"))
            age_days = rng.randint(18 * 366, 90 * 365)
            birth = election_date - dt.timedelta(days=age_days)
            iin = make_iin(birth, sex, rng.randint(0, 9999))
            if iin is None or iin in used:
                continue
            used.add(iin)
            surname = rng.choice(_SURNAMES_M)
            if sex == "female":
                surname = surname + "а" if not surname.endswith(("о", "ко", "Ким")) else surname
                given = rng.choice(_GIVEN_F)
            else:
                given = rng.choice(_GIVEN_M)
            father = rng.choice(_GIVEN_M)
            patronymic = father + ("ұлы" if sex == "male" else "қызы")
            street = rng.choice(_STREETS)
            writer.writerow([iin, surname, given, patronymic, birth.strftime("%d.%m.%Y"),
                             f"{street}, {rng.randint(1, 120)}", str(1 + len(used) % 3)])


@dataclass(frozen=True)
class DemoMember:
    """A member of the demo commission with the PIN the demo gave them."""

    id: str
    name: str
    role: str
    pin: str


@dataclass(frozen=True)
class DemoOutcome:
    """The demo election loaded: what the trainer needs to start (members, PINs, passphrase, next step)."""

    demo: bool
    election_id: str
    district_fingerprint: str
    commission_passphrase: str
    members: tuple[DemoMember, ...]
    pins: str
    voters: int
    next: str


def run_demo(station: Any, voters: int, now: dt.datetime) -> DemoOutcome:
    """Build, load and fill the demo election in an empty station database."""
    election_date = to_local(now, DEMO_TIME_ZONE).date()
    content = demo_content(election_date, voters)
    demo = build_signed_package(content)
    loaded = station.load_election(
        demo.package, fingerprint=demo.fingerprint, actor=DEMO_CHAIR,
        one_time_passphrase=demo.one_time_passphrase, new_passphrase=DEMO_PASSPHRASE,
    )
    with tempfile.TemporaryDirectory() as folder:
        voter_file = Path(folder) / "demo-voters.csv"
        write_demo_voter_list(voter_file, voters, election_date)
        imported = station.import_voters(voter_file, actor=DEMO_CHAIR)
    for member_id, pin in DEMO_PINS.items():
        station.set_pin(member_id, pin, actor=DEMO_CHAIR)
    return DemoOutcome(
        demo=True, election_id=loaded.election_id, district_fingerprint=demo.fingerprint,
        commission_passphrase=DEMO_PASSPHRASE,
        members=tuple(DemoMember(mid, name, role, DEMO_PINS[mid]) for mid, name, role in DEMO_MEMBERS),
        pins=", ".join(f"{mid} {pin}" for mid, pin in DEMO_PINS.items()), voters=imported.imported,
        next=f"akimdesk open --ballots {content['ballots_delivered']} --as {DEMO_CHAIR}",
    )
