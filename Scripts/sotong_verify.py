#!/usr/bin/env python3
"""Independent verifier of a Sotong SQLite store, written from Docs/StoredFormat.md alone.

Usage:
    python3 Scripts/sotong_verify.py PATH            # walk the chain, compare with chain_head
    python3 Scripts/sotong_verify.py --vectors       # print the documentation's test vectors

Exit status: 0 when the chain is intact, 1 when it is broken or holds an unfinished copy (store_info
unfinished_copy), 2 when the file cannot be read.
Needs only Python 3's standard library (sqlite3, hashlib).
"""
import hashlib
import sqlite3
import struct
import sys

DOMAIN_SEPARATOR = b"sotong/event/v1\x00"
GENESIS = bytes(32)
ABSENT = b"\xff\xff\xff\xff"


def field(data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + data


def integer_field(value: int) -> bytes:
    return field(struct.pack(">q", value))


def optional(text) -> bytes:
    return ABSENT if text is None else field(text.encode("utf-8"))


def preimage(row: dict, previous: bytes) -> bytes:
    return b"".join([
        DOMAIN_SEPARATOR,
        struct.pack(">Q", row["position"]),
        previous,
        field(row["event_id"].encode("utf-8")),
        field(row["stream_id"].encode("utf-8")),
        integer_field(row["stream_version"]),
        field(row["event_type"].encode("utf-8")),
        integer_field(row["schema_version"]),
        integer_field(row["occurred_at"]),
        integer_field(row["recorded_at"]),
        field(row["actor"].encode("utf-8")),
        optional(row["correlation_id"]),
        optional(row["causation_id"]),
        optional(row["reason"]),
        field(bytes(row["payload"])),
    ])


def event_hash(row: dict, previous: bytes) -> bytes:
    return hashlib.sha256(preimage(row, previous)).digest()


def verify(path: str) -> int:
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        db.row_factory = sqlite3.Row
        head = db.execute("SELECT position, hash FROM chain_head WHERE id = 1").fetchone()
        unfinished = db.execute("SELECT value FROM store_info WHERE key = 'unfinished_copy'").fetchone()
        rows = db.execute("SELECT * FROM events ORDER BY position")
    except sqlite3.Error as error:
        print(f"cannot read {path}: {error}", file=sys.stderr)
        return 2
    previous, position, last_recorded = GENESIS, 0, None
    for row in rows:
        row = dict(row)
        position += 1
        if row["position"] != position:
            print(f"BROKEN at position {position}: missing event")
            return 1
        if bytes(row["previous_hash"]) != previous:
            print(f"BROKEN at position {position}: previous hash does not match")
            return 1
        if not isinstance(row["event_id"], str) or row["event_id"] != row["event_id"].lower():
            print(f"BROKEN at position {position}: unreadable event id")
            return 1
        if event_hash(row, previous) != bytes(row["hash"]):
            print(f"BROKEN at position {position}: hash does not match contents")
            return 1
        if last_recorded is not None and row["recorded_at"] < last_recorded:
            print(f"BROKEN at position {position}: recorded-at decreased")
            return 1
        previous, last_recorded = bytes(row["hash"]), row["recorded_at"]
    if head is None or head["position"] != position or bytes(head["hash"]) != previous:
        recorded = head["position"] if head is not None else "none"
        print(f"BROKEN at position {position + 1 if head is not None and head['position'] > position else position}: "
              f"chain ends at {position}, recorded head is {recorded}")
        return 1
    if unfinished is not None:
        source_position = unfinished["value"].split(" ")[0]
        print(f"INCOMPLETE {position} of {source_position}: an unfinished copy (sotong copy stopped before its last batch); "
              "run the same sotong copy again to finish it")
        return 1
    print(f"OK {position} {previous.hex()}")
    return 0


VECTORS = [
    {
        "position": 1, "event_id": "00000000-0000-4000-8000-000000000001", "stream_id": "petition-2017-0001",
        "stream_version": 1, "event_type": "petition.received", "schema_version": 2,
        "occurred_at": 1483405920000, "recorded_at": 1483405925123, "actor": "clerk:kim",
        "correlation_id": None, "causation_id": None, "reason": None,
        "payload": '{"channel":"visit","subject":"버스 노선 조정"}'.encode("utf-8"),
    },
    {
        "position": 2, "event_id": "00000000-0000-4000-8000-000000000002", "stream_id": "petition-2017-0001",
        "stream_version": 2, "event_type": "petition.outcome-recorded", "schema_version": 1,
        "occurred_at": 1484006400000, "recorded_at": 1484006400000, "actor": "clerk:kim",
        "correlation_id": "00000000-0000-4000-8000-0000000000aa",
        "causation_id": "00000000-0000-4000-8000-000000000001",
        "reason": "민원 처리에 관한 법률 제27조",
        "payload": b'{"outcome":"completed"}',
    },
]


def print_vectors() -> None:
    previous = GENESIS
    for vector in VECTORS:
        digest = event_hash(vector, previous)
        print(f"position {vector['position']}")
        print(f"  preimage {preimage(vector, previous).hex()}")
        print(f"  hash     {digest.hex()}")
        previous = digest


if __name__ == "__main__":
    if len(sys.argv) == 2 and sys.argv[1] == "--vectors":
        print_vectors()
        sys.exit(0)
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[2:5] and "usage: sotong_verify.py PATH | --vectors", file=sys.stderr)
        sys.exit(2)
    sys.exit(verify(sys.argv[1]))
