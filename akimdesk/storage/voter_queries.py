"""Voter lists: importing rows, the name-token search, and voters with where their ballot stands."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from akimdesk.storage.connection import StoreBase

VOTER_COLUMNS = (
    "voter_id", "list_id", "source_row", "iin", "surname", "given_name", "patronymic",
    "birth_date", "address", "book", "iin_problem", "added_reason", "added_detail",
    "added_at", "added_by",
)

# A voter row with the newest check-in (issue or undo) and any absentee certificate.
_VOTER_WITH_STATUS = (
    "SELECT v.*, c.check_in_id AS last_check_in_id, c.kind AS last_kind, c.at AS last_at,"
    " c.device_id AS last_device_id, c.member_id AS last_member_id, c.mode AS last_mode,"
    " a.certificate_id AS absentee_certificate_id"
    " FROM voters v"
    " LEFT JOIN check_ins c ON c.check_in_id ="
    " (SELECT max(check_in_id) FROM check_ins WHERE voter_id = v.voter_id)"
    " LEFT JOIN absentee_certificates a ON a.voter_id = v.voter_id"
)


class VoterQueries(StoreBase):
    """Writes imported voter lists and finds voters on them."""

    def current_list(self) -> dict[str, Any] | None:
        """The voter list in force (the newest import)."""
        return self.fetch_one("SELECT * FROM voter_lists ORDER BY list_id DESC LIMIT 1")

    def insert_voters(self, rows: Iterable[tuple[Any, ...]], tokens: Iterable[tuple[str, int, int]]) -> None:
        """Bulk-insert list rows (in VOTER_COLUMNS order) and their name tokens."""
        marks = ", ".join("?" for _ in VOTER_COLUMNS)
        self.db.conn.executemany(
            f"INSERT INTO voters ({', '.join(VOTER_COLUMNS)}, search_name) VALUES ({marks}, ?)", rows
        )
        self.db.conn.executemany(
            "INSERT OR IGNORE INTO voter_name_tokens (token, voter_id, position) VALUES (?, ?, ?)", tokens
        )

    def next_voter_id(self) -> int:
        """The id the next inserted voter will get."""
        row = self.fetch_aggregate("SELECT coalesce(max(voter_id), 0) + 1 AS next FROM voters")
        return int(row["next"])

    def optimize(self) -> None:
        """Refresh the query planner's statistics after a bulk change."""
        self.db.execute("ANALYZE")

    def drop_name_tokens(self, list_id: int) -> None:
        """Forget the search index of a replaced list (the rows themselves stay)."""
        self.db.execute(
            "DELETE FROM voter_name_tokens WHERE voter_id IN (SELECT voter_id FROM voters WHERE list_id = ?)",
            [list_id],
        )

    def voter_by_iin(self, list_id: int, iin: str) -> dict[str, Any] | None:
        """The voter with this IIN on the list, with where their ballot stands."""
        return self.fetch_one(_VOTER_WITH_STATUS + " WHERE v.list_id = ? AND v.iin = ?", [list_id, iin])

    def voter_by_id(self, voter_id: int) -> dict[str, Any] | None:
        """One voter, with where their ballot stands."""
        return self.fetch_one(_VOTER_WITH_STATUS + " WHERE v.voter_id = ?", [voter_id])

    def voters_by_ids(self, voter_ids: Sequence[int]) -> list[dict[str, Any]]:
        """Several voters with their ballot status, in the order given."""
        if not voter_ids:
            return []
        marks = ", ".join("?" for _ in voter_ids)
        rows = self.fetch_all(_VOTER_WITH_STATUS + f" WHERE v.voter_id IN ({marks})", list(voter_ids))
        by_id = {row["voter_id"]: row for row in rows}
        return [by_id[i] for i in voter_ids if i in by_id]

    def voter_ids_by_tokens(self, list_id: int, tokens: Sequence[str], limit: int) -> list[int]:
        """Voters each of whose query tokens prefixes a different word of the name, in token order."""
        joins, where, params = [], [], []
        for i, token in enumerate(tokens):
            alias = f"t{i}"
            if i:
                distinct = " AND ".join(f"{alias}.position <> t{j}.position" for j in range(i))
                joins.append(
                    f"JOIN voter_name_tokens {alias} ON {alias}.voter_id = t0.voter_id AND {distinct}"
                )
            where.append(f"{alias}.token >= ? AND {alias}.token < ?")
            params += [token, token + "\uffff"]
        # Walk the token index in order and stop once enough voters are found: no sort, no full scan.
        cursor = self.db.execute(
            "SELECT t0.voter_id FROM voter_name_tokens t0 " + " ".join(joins)
            + " WHERE " + " AND ".join(where) + " ORDER BY t0.token, t0.voter_id",
            params,
        )
        found: dict[int, None] = {}
        for (voter_id,) in cursor:
            found[voter_id] = None
            if len(found) >= limit:
                break
        cursor.close()
        return list(found)

    def flagged_voters(self, list_id: int) -> list[dict[str, Any]]:
        """Voters whose IIN failed the checksum or date rules."""
        return self.fetch_all(
            _VOTER_WITH_STATUS + " WHERE v.list_id = ? AND v.iin_problem IS NOT NULL ORDER BY v.voter_id", [list_id]
        )

    def list_rows(self, list_id: int) -> Iterator[tuple[Any, ...]]:
        """The imported rows of a list (not the voters added on the day), in order."""
        return self.db.execute(
            f"SELECT {', '.join(VOTER_COLUMNS)} FROM voters WHERE list_id = ? AND source_row IS NOT NULL"
            " ORDER BY voter_id",
            [list_id],
        )

    def voters_for_paper(self, list_id: int) -> list[dict[str, Any]]:
        """Every voter of the list with their status."""
        return self.fetch_all(_VOTER_WITH_STATUS + " WHERE v.list_id = ?", [list_id])
