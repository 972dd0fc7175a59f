"""Importing the list into the station: all or nothing, replaced before opening, searchable by name."""

from __future__ import annotations

from pathlib import Path

import pytest

from akimdesk.core.errors import InputRejected, RuleRefused
from akimdesk.station.setup_records import VoterImportOutcome
from tests.conftest import CHAIR, DEPUTY, ISSUER, SECRETARY

SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"
HEADER = "ИИН,Фамилия,Имя,Отчество,Дата рождения,Адрес\n"
GOOD = "850315300128,Нұрланова,Әсел,Маратқызы,15.03.1985,Абай 1\n"


def dump(station) -> list[str]:
    return list(station.store.db.conn.iterdump())


@pytest.mark.parametrize("body, row, field, code", [
    (GOOD + "850315300128,Ким,Ольга,,15.03.1985,Абай 2\n", 3, "iin", "iin-duplicate"),
    (GOOD + "950203400780,,Ольга,,03.02.1995,Абай 2\n", 3, "surname", "value-empty"),
    (GOOD + "950203400780,Ким,,,03.02.1995,Абай 2\n", 3, "given_name", "value-empty"),
    (GOOD + "950203400780,Ким,Ольга,,31.02.1995,Абай 2\n", 3, "birth_date", "date-invalid"),
    (GOOD + "950203400780,Ким,Ольга,,03.02.2015,Абай 2\n", 3, "birth_date", "date-impossible"),
    (GOOD + "95020340078,Ким,Ольга,,03.02.1995,Абай 2\n", 3, "iin", "iin-not-12-digits"),
])
def test_malformed_list_changes_nothing_and_names_row_and_field(setup_station, tmp_path, body, row, field, code):
    before = dump(setup_station)
    bad = tmp_path / "list.csv"
    bad.write_text(HEADER + body, encoding="utf-8")
    with pytest.raises(InputRejected) as rejected:
        setup_station.import_voters(bad, actor=CHAIR)
    assert rejected.value.code == "voter-list-rejected"
    assert any((p.file, p.row, p.field, p.code) == ("list.csv", row, field, code) for p in rejected.value.problems)
    assert dump(setup_station) == before


def test_missing_column_rejects_whole_file(loaded_station, tmp_path):
    before = dump(loaded_station)
    bad = tmp_path / "no-address.csv"
    bad.write_text("ИИН,Фамилия,Имя,Дата рождения\n850315300128,Ким,Ольга,15.03.1985\n", encoding="utf-8")
    with pytest.raises(InputRejected) as rejected:
        loaded_station.import_voters(bad, actor=CHAIR)
    assert [(p.row, p.field, p.code) for p in rejected.value.problems] == [(1, "address", "column-missing")]
    assert dump(loaded_station) == before


def test_sample_with_many_problems_reports_every_one(loaded_station):
    before = dump(loaded_station)
    with pytest.raises(InputRejected) as rejected:
        loaded_station.import_voters(SAMPLES / "voters-bad.csv", actor=CHAIR)
    problems = rejected.value.problems
    assert len(problems) >= 4
    assert len({p.row for p in problems}) >= 4
    assert dump(loaded_station) == before


@pytest.mark.parametrize("sample", ["voters-kk.csv", "voters-ru-cp1251.csv"])
def test_good_samples_import_fully(loaded_station, sample):
    lines = (SAMPLES / sample).read_bytes().count(b"\n")
    result = loaded_station.import_voters(SAMPLES / sample, actor=SECRETARY)
    assert result.imported == lines - 1
    assert loaded_station.store.count("voters") == lines - 1
    assert loaded_station.verify_audit().events == 3


def test_flagged_iins_imported_and_listed(loaded_station, tmp_path):
    path = tmp_path / "flagged.csv"
    path.write_text(HEADER + GOOD + "850315300127,Ким,Ольга,,15.03.1985,Абай 2\n", encoding="utf-8")
    assert loaded_station.import_voters(path, actor=CHAIR) == VoterImportOutcome(list_id=1, imported=2, flagged=1,
                                                                                 replaced=None)
    flagged = loaded_station.flagged_voters()
    assert [(v.iin, v.iin_problem) for v in flagged] == [("850315300127", "iin-check-digit")]


def test_corrected_list_replaces_before_opening_only_by_chair(setup_station, tmp_path, clock):
    corrected = tmp_path / "corrected.csv"
    corrected.write_text(HEADER + GOOD, encoding="utf-8")
    with pytest.raises(RuleRefused) as not_chair:
        setup_station.import_voters(corrected, actor=SECRETARY)
    assert not_chair.value.code == "role-not-allowed"
    result = setup_station.import_voters(corrected, actor=CHAIR)
    assert result.replaced == 1 and result.imported == 1
    assert setup_station.turnout().listed == 1
    assert [v.surname for v in setup_station.find_voters("нұр")] == ["Нұрланова"]
    assert setup_station.store.last_audit_event().kind == "voter-list-replaced"
    setup_station.verify_audit()
    clock.set("07:30")
    setup_station.open_station(actor=CHAIR, ballots_received=10)
    with pytest.raises(RuleRefused) as after_opening:
        setup_station.import_voters(corrected, actor=CHAIR)
    assert after_opening.value.code == "station-open"


def test_first_import_by_deputy_allowed_member_refused(loaded_station, voter_csv):
    with pytest.raises(RuleRefused):
        loaded_station.import_voters(voter_csv, actor=ISSUER)
    assert loaded_station.import_voters(voter_csv, actor=DEPUTY).imported == 200


@pytest.fixture
def named_station(loaded_station, tmp_path):
    path = tmp_path / "names.csv"
    path.write_text(HEADER + "\n".join([
        "850315300128,Әбенова,Әсел,Қайратқызы,15.03.1985,Абай 1",
        "950203400780,Абенов,Асхат,Серикович,03.02.1995,Абай 2",
        "850315301801,Қасымов,Нұрлан,Ерланұлы,15.03.1985,Абай 3",
        "880808300066,Ёлкин,Сергей,Ильич,08.08.1988,Абай 4",
    ]) + "\n", encoding="utf-8")
    loaded_station.import_voters(path, actor=CHAIR)
    return loaded_station


@pytest.mark.parametrize("query, expected", [
    ("әбен", {"Әбенова", "Абенов"}),
    ("ӘБЕН", {"Әбенова", "Абенов"}),
    ("абен", {"Әбенова", "Абенов"}),      # Russian keyboard: а for ә
    ("асел", {"Әбенова"}),                # given name alone
    ("ас абен", {"Әбенова", "Абенов"}),   # given name first, then surname
    ("әбенова ә", {"Әбенова"}),
    ("касым нурлан", {"Қасымов"}),        # қ and ұ typed as к and у
    ("нұрлан қасымов", {"Қасымов"}),
    ("елкин", {"Ёлкин"}),                 # ё typed as е
    ("кайратк", {"Әбенова"}),             # patronymic prefix
    ("zzz", set()),
])
def test_search_by_prefix_in_kazakh_and_on_a_russian_keyboard(named_station, query, expected):
    assert {v.surname for v in named_station.find_voters(query)} == expected


def test_search_by_exact_iin(named_station):
    assert [v.surname for v in named_station.find_voters("950203400780")] == ["Абенов"]
    assert named_station.find_voters("950203400781") == []


def test_same_word_twice_needs_two_matching_words(named_station):
    assert named_station.find_voters("абен абен") == []


def test_a_list_recorded_after_another_came_in_is_refused(setup_station, voter_csv):
    from akimdesk.core.errors import RuleRefused
    from akimdesk.station.setup import work_voter_import

    plan = setup_station.plan_voter_import(voter_csv, actor=CHAIR)
    work = work_voter_import(plan)
    setup_station.import_voters(voter_csv, actor=CHAIR)
    with pytest.raises(RuleRefused) as refused:
        setup_station.record_voter_import(work)
    assert refused.value.code == "plan-outdated"
    assert setup_station.store.current_list()["list_id"] == 2
