"""Named sample data for the papers: a 10-candidate protocol, turnout, statistics and a voter list."""

from __future__ import annotations

import copy
import datetime as dt
import json
import random
from pathlib import Path
from typing import Any

from akimdesk.core.bilingual import Bilingual
from akimdesk.core.iin import make_iin
from akimdesk.core.protocol import ProtocolData
from akimdesk.reports.day_papers import PaperHeader, VoterListLine, VoterListPaper, VoterMark

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "protocol-sample.json"
PROTOCOL_SAMPLE: dict[str, Any] = json.loads(FIXTURE.read_text(encoding="utf-8"))

CANDIDATES = (
    ("Ахметов Болат Серікұлы", "Ахметов Болат Серикович", 120),
    ("Әбдіров Нұрлан Қайратұлы", "Абдиров Нурлан Кайратович", 96),
    ("Бекова Айжан Маратқызы", "Бекова Айжан Маратовна", 88),
    ("Ғалымов Ерболат Төлегенұлы", "Галымов Ерболат Толегенович", 131),
    ("Жұмабаев Шаһмардан Қанатұлы", "Жумабаев Шахмардан Канатович", 75),
    ("Қайыржанов Мұрат Өмірұлы", "Кайыржанов Мурат Омирович", 60),
    ("Нұрғалиева Гүлім Һадиқызы", "Нургалиева Гулим Хадиевна", 102),
    ("Сейітова Гүлнар Маратқызы", "Сеитова Гульнар Маратовна", 0),
    ("Үмбетов Арман Ұланұлы", "Умбетов Арман Уланович", 84),
    ("Іслямов Дәурен Ілиясұлы", "Ислямов Даурен Ильясович", 42),
)
WITHDRAWN = "C8"

RATIO_TEXTS = {
    "H1": ("Алынған бюллетеньдер (1224) = үй-жайда берілген (930) + үй-жайдан тыс берілген (24) + өтелген (270)",
           "Получено бюллетеней (1224) = выдано в помещении (930) + выдано вне помещения (24) + погашено (270)"),
    "H2": ("Жәшіктерден табылған (24 + 929) = жарамды (940) + жарамсыз (12) + белгіленбеген үлгідегі (1)",
           "Обнаружено в ящиках (24 + 929) = действительных (940) + недействительных (12) + неустановленной формы (1)"),
    "H3": ("Жарамды бюллетеньдер (940) = кандидаттарға берілген дауыстар (798) + «Бәріне қарсымын» (142)",
           "Действительные бюллетени (940) = голоса за кандидатов (798) + «Против всех» (142)"),
    "H4": ("Тізімдегі сайлаушылар (1200) ≥ берілген бюллетеньдер (954)",
           "Избирателей в списке (1200) ≥ выдано бюллетеней (954)"),
    "H5": ("Жылжымалы жәшіктерден табылған (24) ≤ үй-жайдан тыс берілген (24)",
           "Обнаружено в переносных ящиках (24) ≤ выдано вне помещения (24)"),
    "S1": ("Табылған бюллетеньдер (953) ≤ берілген бюллетеньдер (954)",
           "Обнаружено бюллетеней (953) ≤ выдано бюллетеней (954)"),
    "S2": ("Берілген бюллетеньдер тіркелген белгілерге сәйкес келеді (930 / 24)",
           "Выданные бюллетени совпадают с отметками о выдаче (930 / 24)"),
    "S3": ("Барлық сандар бүтін және теріс емес; кандидаттар жолдары тіркелген кандидаттарға сәйкес",
           "Все числа целые неотрицательные; строки кандидатов совпадают с зарегистрированными"),
}

# What the signing part puts in the QR: line values, protocol hash and an ECDSA signature (base64).
QR_TEXT = (
    "AKIMDESK-P1|E=3f1c0b7e9a4d2c5b8e6f1a0d9c7b5e3a|P=1001|V=1"
    "|L=1200,1224,270,930,24,24,929,1,12,940,120,96,88,131,75,60,102,0,84,42,142"
    "|H=5b7e0c1d2a3f4e5d6c7b8a9f0e1d2c3b4a5f6e7d8c9b0a1f2e3d4c5b6a7f8e9d"
    "|T=2026-11-29T17:42:10Z"
    "|S=MEUCIQDxk3v7Jm2QpX9f8Lk1aB3cD4eF5gH6iJ7kL8mN9oP0qRstuAIgY2hZ3xW4vU5tS6rQ7pO8nM9lK0jI1hG2fE3dC4bA5zYxWvu"
    "|F=rural-akim-2026-v1"
)


def protocol(candidates: int = 10, **changes: Any) -> dict[str, Any]:
    """The fixture protocol widened to `candidates` candidates (the eighth withdrawn), with worded ratios."""
    data = copy.deepcopy(PROTOCOL_SAMPLE)
    lines = [line for line in data["lines"] if not line["key"].startswith("votes_")]
    chosen = CANDIDATES[:candidates]
    for index, (kk, ru, votes) in enumerate(chosen, start=1):
        line = {"key": f"votes_C{index}", "number": str(10 + index), "candidate_id": f"C{index}",
                "label": {"kk": kk, "ru": ru}, "value": votes}
        if f"C{index}" == WITHDRAWN:
            line["is_withdrawn"] = True
        lines.append(line)
    against = next(line for line in PROTOCOL_SAMPLE["lines"] if line["key"] == "votes_against_all")
    lines.append({**against, "number": str(11 + len(chosen)), "value": 940 - sum(v for _, _, v in chosen)})
    data["lines"] = lines
    data["ratios"] = [
        {"id": rid, "severity": "hard" if rid.startswith("H") else "soft", "ok": rid != "H2",
         "code": "ratio-ok" if rid != "H2" else "ratio-equal-failed",
         "params": {"ratio": rid, "relation": "=", "left": 0, "right": 0, "difference": 0},
         "text": {"kk": kk, "ru": ru}}
        for rid, (kk, ru) in RATIO_TEXTS.items()
    ]
    data.update(changes)
    return data


def protocol_record(candidates: int = 10, **changes: Any) -> ProtocolData:
    """The sample protocol read through the protocol data schema, as the papers take it."""
    return ProtocolData.from_json(protocol(candidates, **changes))


def header() -> dict[str, Any]:
    """The election and precinct fields every day paper carries."""
    keys = ("election", "race", "precinct", "election_id", "is_demo")
    return {key: copy.deepcopy(PROTOCOL_SAMPLE[key]) for key in keys}


_SURNAMES = ("Ахметов", "Әбенов", "Байжанов", "Ғабдуллин", "Жақсыбеков", "Иманғалиев", "Қасымов", "Нұрпейісов",
             "Оспанов", "Сейітқали", "Төлеуов", "Үсенов", "Шәкенов", "Ысқақов", "Іскаков", "Петров", "Ким")
_GIVEN = ("Айгүл", "Нұрлан", "Дәулет", "Гүлнұр", "Ерлан", "Мөлдір", "Асқар", "Жанар", "Сергей", "Ольга", "Бақыт")
_FATHERS = ("Серік", "Қайрат", "Марат", "Бақыт", "Нұрлан", "Асқар", "Төлеген")
_STREETS = ("Абай көшесі", "Тәуелсіздік даңғылы", "Құрманғазы көшесі", "Жамбыл көшесі", "Сәтбаев көшесі")
_MARKS = ("issued", "issued", "issued", "", "", "mobile", "absentee", "added")


def voters(count: int, seed: int = 2026) -> list[dict[str, Any]]:
    """`count` synthetic voters with valid IINs, in three books, some with check-in marks."""
    rng = random.Random(seed)
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    while len(out) < count:
        birth = dt.date(1940, 1, 1) + dt.timedelta(days=rng.randint(0, 365 * 66))
        sex = rng.choice(("male", "female"))
        iin = make_iin(birth, sex, rng.randint(0, 9999))
        if iin is None or iin in seen:
            continue
        seen.add(iin)
        mark = rng.choice(_MARKS)
        at = f"{rng.randint(7, 19):02d}:{rng.randint(0, 59):02d}" if mark else ""
        suffix = "ұлы" if sex == "male" else "қызы"
        address = f"Ақсай ауылы, {rng.choice(_STREETS)} {rng.randint(1, 140)}"
        if rng.random() < 0.1:
            address += f", {rng.randint(1, 90)}-пәтер, бұрынғы «Жаңа өмір» ұжымшарының кеңсесі жанындағы үй"
        out.append({"n": len(out) + 1, "iin": iin,
                    "full_name": f"{rng.choice(_SURNAMES)} {rng.choice(_GIVEN)} {rng.choice(_FATHERS)}{suffix}",
                    "birth_date": birth.isoformat(), "address": address, "book": str(len(out) * 3 // count + 1),
                    "mark": mark, "mark_at_local": at})
    return out


def voter_list(count: int) -> VoterListPaper:
    """A voter list paper of `count` synthetic voters, for the benchmarks (paper tests use the service's)."""
    election, race, precinct = (PROTOCOL_SAMPLE[key] for key in ("election", "race", "precinct"))
    paper_header = PaperHeader(
        election_type=election["type"], election_date=election["date"], election_title=Bilingual(**election["title"]),
        race_title=Bilingual(**race["title"]), precinct_number=precinct["number"],
        precinct_name=Bilingual(**precinct["name"]), precinct_address=Bilingual(**precinct["address"]),
        election_id=PROTOCOL_SAMPLE["election_id"], is_demo=PROTOCOL_SAMPLE["is_demo"],
        template_id=PROTOCOL_SAMPLE["template"]["id"],
    )
    lines = tuple(VoterListLine(v["n"], v["iin"], v["full_name"], v["birth_date"], v["address"], v["book"],
                                VoterMark(v["mark"]), v["mark_at_local"]) for v in voters(count))
    return VoterListPaper(paper_header, lines, PROTOCOL_SAMPLE["audit_head"], "2026-11-29 06:45")
