#!/usr/bin/env python3
"""Writes the bad-input corpus of the reliability suite (standard library only).

Usage: python3 Scripts/make-bad-input-corpus.py

Writes, in Tests/SotongReliabilityTests/Corpus/:
  seed.jsonl          valid office events, imported first: the state the bad lines run against
  bad-lines.jsonl     one malformed import line per line (binary: some lines are not UTF-8)
  bad-lines.expected  per corpus line: LINE <tab> FIELD <tab> CATEGORY <tab> what is wrong

Every bad line has exactly one fault, so the field the importer must name is known. The test
(BadInputCorpusTests) imports each line alone against the seeded store and checks the field,
the line number and that the store's bytes did not change.
"""

import copy
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "Tests", "SotongReliabilityTests", "Corpus")


def dumps(value):
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def line(number, kind, payload, at="2018-07-02T01:00:00.000Z", stream=None, version=1, actor="import:corpus",
         prefix="20000000"):
    obj = {"id": "%s-0000-4000-8000-%012d" % (prefix, number)}
    if stream is not None:
        obj["stream"] = stream
    obj.update({"type": kind, "schemaVersion": version, "occurredAt": at, "metadata": {"actor": actor},
                "payload": payload})
    return obj


# ---------------------------------------------------------------- the seeded office
SEED = []


def seed(kind, payload, at, version=1):
    obj = line(len(SEED) + 1, kind, payload, at=at, version=version, actor="clerk:seed", prefix="10000000")
    SEED.append(obj)
    return obj


TEAMS = ["communication-policy", "communication-support", "field-communication", "direct-petitions"]
for i, team in enumerate(TEAMS):
    seed("organisation.team-established", {"team": team, "duties": ["사무분장 %d-1" % i, "사무분장 %d-2" % i]},
         "2018-01-02T00:00:00.000Z")
seed("organisation.quota-set", {"team": "communication-policy", "grade": 6, "quota": 2}, "2018-01-02T01:00:00.000Z")
SEED_STAFF = seed("staff.assigned", {"staff": "S-1043", "team": "direct-petitions", "grade": 6, "jobSeries": "facilities",
                                     "role": "직소민원실"}, "2018-01-03T00:00:00.000Z")
seed("staff.assigned", {"staff": "S-0877", "team": "communication-policy", "grade": 7, "jobSeries": "administrative"},
     "2018-01-03T00:00:00.000Z")
seed("staff.training-dispatched", {"staff": "S-0877", "institution": "지방행정연수원", "until": "2018-12-31"},
     "2018-02-01T00:00:00.000Z")
SEED_BUDGET = seed("budget.annual-set", {"year": 2018, "personnel": 1200000, "operating": 35000, "project": 140000},
                   "2018-01-04T00:00:00.000Z")
seed("plan.goal-registered", {"goal": "goal-2018", "title": "「경청과 배려」하는 공감소통 市政 구현"}, "2018-01-05T00:00:00.000Z")
seed("plan.strategy-registered", {"goal": "goal-2018", "strategy": "s1-policy-base", "title": "정책 소통기반 강화"},
     "2018-01-05T00:00:00.000Z")
seed("plan.task-registered", {"strategy": "s1-policy-base", "task": "t1-2-academy",
                              "title": "소통역량 강화를 위한 「소통아카데미」 개최"}, "2018-01-05T00:00:00.000Z")
seed("indicator.defined", {"indicator": "academy-sessions", "task": "t1-2-academy", "title": "소통아카데미 개최",
                           "unit": "times-with-participants",
                           "counting": {"eventTypes": ["academy.session-held"], "measure": "sum-participants"}},
     "2018-01-06T00:00:00.000Z")
SEED_HOLIDAYS = seed("calendar.holidays-published", {
    "year": 2018, "source": "관공서의 공휴일에 관한 규정, 2018년 월력요항",
    "holidays": [{"date": "2018-01-01", "name": "1월 1일"}, {"date": "2018-02-16", "name": "설날"},
                 {"date": "2018-03-01", "name": "삼일절"}, {"date": "2018-05-05", "name": "어린이날"}]},
    "2018-01-01T00:00:00.000Z")
SEED_PETITION = seed("petition.received", {
    "petitionID": "2018-0042", "channel": "visit", "kind": "grievance", "subject": "버스정류장 이전 요청",
    "district": "namdong-gu", "department": "transport-policy",
    "petitioner": {"subject": "subject-2018-0042", "name": "김예시", "phone": "010-0000-1234"}},
    "2018-03-05T01:00:00.000Z", version=2)
seed("petition.received", {
    "petitionID": "2018-0050", "channel": "phone", "kind": "inquiry", "subject": "도로 보수 문의",
    "district": "seo-gu", "department": "road-management",
    "petitioner": {"subject": "subject-2018-0050", "name": "이예시"}}, "2018-03-06T01:00:00.000Z", version=2)
seed("petition.outcome-recorded", {"petitionID": "2018-0050", "outcome": "completed"}, "2018-03-07T01:00:00.000Z")
seed("expert.registered", {"expert": "EXP-2018-017", "category": "professor", "field": "환경분쟁 조정"},
     "2018-02-01T00:00:00.000Z")
seed("conflict.registered", {"conflict": "C-2018-003", "department": "resource-circulation", "district": "namdong-gu",
                             "title": "폐기물 처리시설 증설에 따른 주민 갈등"}, "2018-02-02T00:00:00.000Z")
seed("network.member-joined", {"member": "NET-07", "category": "professional-association",
                               "organisation": "인천광역시 소상공인연합회"}, "2018-02-03T00:00:00.000Z")
seed("network.agenda-registered", {"agenda": "aviation-industry", "title": "인천 항공산업 살리기 운동",
                                   "tasks": [{"task": "mro-cluster", "title": "항공정비(MRO) 단지 유치 범시민 서명운동"}]},
     "2018-02-03T01:00:00.000Z")
SEED_ACADEMY = seed("academy.session-held", {"title": "소통리더 과정", "participants": 112,
                                              "departmentsAttending": ["communication-office", "transport-policy"]},
                    "2018-03-02T01:00:00.000Z")
seed("forum.held", {"forum": "aein-2018-1", "title": "원도심 활성화, 시민에게 듣다", "topic": "old-downtown",
                    "participants": 520, "facilitators": 48}, "2018-04-02T01:00:00.000Z")
seed("forum.proposal-collected", {"forum": "aein-2018-1", "proposal": "P-2018-1-04",
                                  "summary": "빈 점포를 청년 창업 공간으로 임대"}, "2018-04-02T02:00:00.000Z")
seed("advisory.cohort-formed", {"cohort": 1, "seats": 40, "subcommittee": "youth", "termStart": "2018-04-01",
                                "termEnd": "2020-03-31"}, "2018-03-20T00:00:00.000Z")
seed("monitor.member-joined", {"member": "MON-2018-015", "role": "facilitator"}, "2018-03-21T00:00:00.000Z")
SCHEME = {"adoptedBy": "2018년 소통활동 성과평가 계획 결재", "year": 2018, "areas": [
    {"area": "internal", "items": [{"item": "communication-plan", "maximum": 10, "weight": 15},
                                   {"item": "training-participation", "maximum": 10, "weight": 15},
                                   {"item": "policy-customer-management", "maximum": 10, "weight": 10},
                                   {"item": "system-improvement", "maximum": 10, "weight": 15},
                                   {"item": "communication-management", "maximum": 10, "weight": 15}]},
    {"area": "external", "items": [{"item": "petition-handling", "maximum": 20, "weight": 15},
                                   {"item": "field-communication", "maximum": 20, "weight": 15}]}]}
SEED_SCHEME = seed("evaluation.scheme-adopted", SCHEME, "2018-01-10T00:00:00.000Z")
SEED_HEAD = seed("evaluation.head-registered", {"year": 2018, "head": "head-2018-transport-policy",
                                                "department": "transport-policy", "title": "교통정책과장", "grade": 4},
                 "2018-01-11T00:00:00.000Z")

# ---------------------------------------------------------------- valid templates for bad lines
ACADEMY = {"title": "소통아카데미 2회", "participants": 95, "departmentsAttending": ["transport-policy"]}
PETITION = {"petitionID": "2018-0101", "channel": "visit", "kind": "grievance", "subject": "가로등 고장 신고",
            "district": "bupyeong-gu", "department": "road-management",
            "petitioner": {"subject": "subject-2018-0101", "name": "박예시", "phone": "010-0000-5678",
                           "address": "인천광역시 부평구 예시로 2"}}
SCORED = {"evaluator": "소통지원팀", "evidence": "소통계획 수립·제출", "half": "2018-H1",
          "head": "head-2018-transport-policy", "item": "communication-plan", "score": 8.5}
CONFLICT_TRAINING = {"institution": "단국대 분쟁해결연구센터", "participants": 64,
                     "departmentsAttending": ["resource-circulation", "transport-policy"]}
FORUM = {"forum": "aein-2018-2", "title": "교통 정책 시민토론", "topic": "transport", "participants": 300,
         "facilitators": 20}
MEETING = {"agendas": ["aviation-industry"], "attendees": 19}
TOUR = {"kind": "policy", "participants": 46, "sites": ["부평 여성인력개발센터"]}
FIELD_OFFICE = {"departmentsAccompanying": ["transport-policy"], "district": "bupyeong-gu", "petitionsTaken": 37,
                "place": "부평역 지하상가 분수대 광장"}

TEMPLATES = [
    ("academy.session-held", ACADEMY, 1),
    ("petition.received", PETITION, 2),
    ("evaluation.scored", SCORED, 1),
    ("conflict.training-held", CONFLICT_TRAINING, 1),
    ("forum.held", FORUM, 1),
    ("network.meeting-held", MEETING, 1),
    ("tour.held", TOUR, 1),
    ("field-office.held", FIELD_OFFICE, 1),
]

BAD = []  # (bytes, field, category, note)


def add(data, field, category, note):
    if isinstance(data, dict):
        data = re.sub(r'"__RAW__:([^"]*)"', r"\1", dumps(data))
    if isinstance(data, str):
        data = data.encode("utf-8")
    assert b"\n" not in data, note
    BAD.append((data, field, category, note))


def bad(kind, payload, field, category, note, **options):
    add(line(len(BAD) + 1, kind, payload, **options), field, category, note)


def with_(payload, **changes):
    result = copy.deepcopy(payload)
    for key, value in changes.items():
        if value is DROP:
            result.pop(key)
        else:
            result[key] = value
    return result


DROP = object()


def next_line(kind="academy.session-held", payload=None, **options):
    return line(len(BAD) + 1, kind, copy.deepcopy(payload if payload is not None else ACADEMY), **options)


def raw(obj):
    return dumps(obj)


# ---------------------------------------------------------------- 1. not JSON at all
C = "invalid-json"
valid = raw(next_line())
DEEP = "payload.title" + "[0]" * 62  # the member where nesting passes 64 levels
for text, field, note in [
    ("{", "(line)", "a lone brace"),
    (valid[:60], "type", "cut off after 60 bytes, inside the type"),
    (valid[:-1], "(line)", "the closing brace missing"),
    (valid[:-1] + ",}", "(line)", "a trailing comma"),
    (valid.replace('"departmentsAttending":["transport-policy"]', '"departmentsAttending":["transport-policy",]'),
     "payload.departmentsAttending", "a trailing comma in a list"),
    (valid.replace('"participants":95', '"participants":95,'), "payload", "a trailing comma in the payload"),
    (valid.replace('"', "'"), "(line)", "single quotes"),
    (valid.replace('"id":', "id:", 1), "(line)", "an unquoted key"),
    (valid.replace('"participants":95', '"participants":NaN'), "payload.participants", "NaN is not JSON"),
    (valid.replace('"participants":95', '"participants":Infinity'), "payload.participants", "Infinity is not JSON"),
    (valid + " // imported from the old system", "(line)", "a comment after the object"),
    (valid + valid, "(line)", "two objects on one line"),
    ("42", "(line)", "a number, not an object"),
    ('"academy.session-held"', "(line)", "a string, not an object"),
    ("[1,2,3]", "(line)", "an array, not an object"),
    ("null", "(line)", "null, not an object"),
    ("true", "(line)", "true, not an object"),
    (valid.replace('"title":"소통아카데미 2회"', '"title":"소통아카데미 2회'), "payload", "an unterminated string"),
    (valid.replace("소통아카데미 2회", "소통\x01아카데미"), "payload.title", "a raw control character in a string"),
    (valid.replace("소통아카데미 2회", "소통\t아카데미"), "payload.title", "a raw tab in a string"),
    (valid.replace("소통아카데미 2회", "소통\\q아카데미"), "payload.title", "an invalid escape"),
    (valid.replace("소통아카데미 2회", "소통\\ud800아카데미"), "payload.title", "a lone high surrogate escape"),
    (valid.replace("소통아카데미 2회", "소통\\udc00아카데미"), "payload.title", "a lone low surrogate escape"),
    (valid.replace("소통아카데미 2회", "소통\\u12"), "payload.title", "a short \\u escape"),
    (valid.replace('"id":', '"id" ', 1), "id", "a missing colon"),
    ("x" + valid, "(line)", "garbage before the object"),
    (valid.replace('"participants":95', '"participants":095'), "payload.participants", "a leading zero"),
    (valid.replace('"participants":95', '"participants":+95'), "payload.participants", "a plus sign"),
    (valid.replace('"participants":95', '"participants":-'), "payload.participants", "a lone minus sign"),
    (valid.replace('"participants":95', '"participants":95.'), "payload.participants", "a decimal point without digits"),
    (valid.replace('"participants":95', '"participants":9e'), "payload.participants", "an exponent without digits"),
    (valid.replace('"participants":95', '"participants":0x5F'), "payload", "a hexadecimal number"),
    (valid.replace('"participants":95', '"participants":1e400'), "payload.participants", "a number beyond 64-bit floating point"),
    (valid.replace('"participants":95', '"participants":tru'), "payload.participants", "a misspelt literal"),
    (valid.replace('"소통아카데미 2회"', "[" * 5000 + "]" * 5000), DEEP, "5,000 nested lists in a payload field"),
    ("[" * 20000 + "]" * 20000, "[0]" * 64, "20,000 nested lists"),
    ('{"a":' * 3000 + "1" + "}" * 3000, ".".join(["a"] * 64), "3,000 nested objects"),
    (valid.replace('"participants":95', '"participants":95,"participants":96'), "payload.participants",
     "a member given twice (Foundation keeps the first, other tools the last)"),
    (valid.replace('"participants":95', '"participants":95,"particip\\u0061nts":96'), "payload.participants",
     "a member given twice, once escaped"),
    (valid.replace('"type":', '"schemaVersion":1,"type":'), "schemaVersion", "a top-level member given twice"),
    (valid.replace('"metadata":{"actor":"import:corpus"}', '"metadata":{"actor":"import:corpus","actor":"x"}'),
     "metadata.actor", "the actor given twice"),
    (valid.replace('"소통아카데미 2회"', '"소통아카데미 2회","colour":"re\\qd"'), "payload.colour",
     "an invalid escape in an unknown member"),
    (valid.replace('"metadata":', '"note":"re\\qd","metadata":'), "note", "an invalid escape in an unknown top-level member"),
]:
    add(text, field, C, note)
add(valid.encode("utf-16-le"), "(line)", C, "the line saved as UTF-16 (NUL bytes)")
add(b"\xef\xbb\xbf" + (valid[:-1] + ",}").encode(), "(line)", C, "a byte-order mark, then a trailing comma")

# ---------------------------------------------------------------- 2. wrong types
C = "wrong-type"
for key, value, field in [
    ("id", 12345, "id"), ("id", "not-a-uuid", "id"), ("id", None, "id"), ("id", "", "id"),
    ("id", "{20000000-0000-4000-8000-000000000001}", "id"),
    ("type", 42, "type"), ("type", None, "type"), ("type", ["academy.session-held"], "type"),
    ("schemaVersion", "1", "schemaVersion"), ("schemaVersion", 1.5, "schemaVersion"), ("schemaVersion", None, "schemaVersion"),
    ("schemaVersion", True, "schemaVersion"),
    ("occurredAt", 1530493200, "occurredAt"), ("occurredAt", None, "occurredAt"), ("occurredAt", "yesterday", "occurredAt"),
    ("occurredAt", {"date": "2018-07-02"}, "occurredAt"),
    ("metadata", "clerk:kim", "metadata"), ("metadata", [], "metadata"), ("metadata", None, "metadata"),
    ("stream", 5, "stream"), ("stream", ["academy"], "stream"),
    ("payload", "소통아카데미", "payload"), ("payload", [ACADEMY], "payload"), ("payload", None, "payload"),
    ("payload", 95, "payload"),
    ("recorded", "yes", "recorded"),
]:
    obj = next_line()
    obj[key] = value
    add(obj, field, C, "%s is %s" % (key, json.dumps(value)[:40]))
for key, value in [("actor", 42), ("actor", None), ("actor", ["clerk:kim"]), ("correlationId", "not-a-uuid"),
                   ("causationId", 7), ("reason", 7), ("reason", {"law": "민원처리법"})]:
    obj = next_line()
    obj["metadata"][key] = value
    add(obj, "metadata." + key, C, "metadata.%s is %s" % (key, json.dumps(value, ensure_ascii=False)))
for kind, template, version, key, value, field in [
    ("academy.session-held", ACADEMY, 1, "title", 5, "payload.title"),
    ("academy.session-held", ACADEMY, 1, "participants", "95", "payload.participants"),
    ("academy.session-held", ACADEMY, 1, "participants", 95.5, "payload.participants"),
    ("academy.session-held", ACADEMY, 1, "participants", True, "payload.participants"),
    ("academy.session-held", ACADEMY, 1, "participants", None, "payload.participants"),
    ("academy.session-held", ACADEMY, 1, "participants", "__RAW__:1e400", "payload.participants"),
    ("academy.session-held", ACADEMY, 1, "participants", 99999999999999999999, "payload.participants"),
    ("academy.session-held", ACADEMY, 1, "participants", 9223372036854775807, "payload.participants"),
    ("academy.session-held", ACADEMY, 1, "departmentsAttending", "transport-policy", "payload.departmentsAttending"),
    ("academy.session-held", ACADEMY, 1, "departmentsAttending", [5], "payload.departmentsAttending[0]"),
    ("academy.session-held", ACADEMY, 1, "departmentsAttending", ["transport-policy", None],
     "payload.departmentsAttending[1]"),
    ("petition.received", PETITION, 2, "petitioner", "박예시", "payload.petitioner"),
    ("petition.received", PETITION, 2, "channel", 1, "payload.channel"),
    ("petition.received", PETITION, 2, "channel", "fax", "payload.channel"),
    ("petition.received", PETITION, 2, "district", "gangnam-gu", "payload.district"),
    ("petition.received", PETITION, 2, "kind", "complaint", "payload.kind"),
    ("petition.received", PETITION, 2, "petitionID", 20180101, "payload.petitionID"),
    ("evaluation.scored", SCORED, 1, "score", "8.5", "payload.score"),
    ("evaluation.scored", SCORED, 1, "half", "2018-H3", "payload.half"),
    ("evaluation.scored", SCORED, 1, "half", 2018, "payload.half"),
    ("evaluation.scored", SCORED, 1, "item", "charisma", "payload.item"),
    ("forum.held", FORUM, 1, "facilitators", "many", "payload.facilitators"),
    ("forum.held", FORUM, 1, "topic", "sports", "payload.topic"),
    ("tour.held", TOUR, 1, "sites", {"site": "부평"}, "payload.sites"),
    ("tour.held", TOUR, 1, "kind", "night", "payload.kind"),
    ("network.meeting-held", MEETING, 1, "attendees", [19], "payload.attendees"),
    ("field-office.held", FIELD_OFFICE, 1, "district", "Bupyeong-gu", "payload.district"),
]:
    bad(kind, with_(template, **{key: value}), field, C, "%s: %s is %s" % (kind, key, json.dumps(value, ensure_ascii=False)[:40]),
        version=version)
obj = next_line("petition.received", PETITION, version=2)
obj["payload"]["petitioner"]["name"] = 5
add(obj, "payload.petitioner.name", C, "petition.received: petitioner.name is a number")

# ---------------------------------------------------------------- 3. missing fields
C = "missing-field"
for key in ["id", "type", "schemaVersion", "occurredAt", "metadata", "payload"]:
    obj = next_line()
    del obj[key]
    add(obj, key, C, "no %s" % key)
obj = next_line()
obj["metadata"] = {}
add(obj, "metadata.actor", C, "metadata without an actor")
obj = next_line()
obj["metadata"] = {"reason": "연 3회 운영"}
add(obj, "metadata.actor", C, "metadata with a reason but no actor")
add("{}", "id", C, "an empty object")
add("{ }", "id", C, "an empty object with a space")
for kind, template, version, keys in [
    ("academy.session-held", ACADEMY, 1, ["title", "participants", "departmentsAttending"]),
    ("petition.received", PETITION, 2, ["petitionID", "channel", "kind", "subject", "district", "department",
                                        "petitioner"]),
    ("evaluation.scored", SCORED, 1, ["half", "head", "item", "score", "evidence", "evaluator"]),
    ("forum.held", FORUM, 1, ["forum", "title", "topic", "participants", "facilitators"]),
    ("network.meeting-held", MEETING, 1, ["attendees", "agendas"]),
    ("tour.held", TOUR, 1, ["kind", "sites"]),
    ("field-office.held", FIELD_OFFICE, 1, ["district", "place", "petitionsTaken", "departmentsAccompanying"]),
    ("conflict.training-held", CONFLICT_TRAINING, 1, ["institution", "participants"]),
]:
    for key in keys:
        bad(kind, with_(template, **{key: DROP}), "payload." + key, C, "%s without %s" % (kind, key), version=version)
for key in ["subject", "name"]:
    obj = next_line("petition.received", PETITION, version=2)
    del obj["payload"]["petitioner"][key]
    add(obj, "payload.petitioner." + key, C, "petition.received: petitioner without %s" % key)
bad("academy.session-held", {}, "payload.title", C, "an empty payload")

# ---------------------------------------------------------------- 4. unknown fields
C = "unknown-field"
for key, value in [("colour", "red"), ("Type", "academy.session-held"), ("payload2", {}), ("eventType", "academy"),
                   ("version", 1)]:
    obj = next_line()
    obj[key] = value
    add(obj, key, C, "an unknown member %s" % key)
for key in ["ip", "Actor", "tenant"]:
    obj = next_line()
    obj["metadata"][key] = "x"
    add(obj, "metadata." + key, C, "an unknown metadata member %s" % key)
for kind, template, version, key in [
    ("academy.session-held", ACADEMY, 1, "colour"),
    ("academy.session-held", ACADEMY, 1, "Title"),
    ("academy.session-held", ACADEMY, 1, "participant"),
    ("petition.received", PETITION, 2, "petitionerName"),
    ("petition.received", PETITION, 2, "email"),
    ("evaluation.scored", SCORED, 1, "weight"),
    ("forum.held", FORUM, 1, "moderator"),
    ("tour.held", TOUR, 1, "budget"),
]:
    bad(kind, with_(template, **{key: "x"}), "payload." + key, C, "%s with an unknown %s" % (kind, key), version=version)
obj = next_line("petition.received", PETITION, version=2)
obj["payload"]["petitioner"]["email"] = "someone@example.com"
add(obj, "payload.petitioner.email", C, "petition.received: an unknown petitioner.email")
scheme = copy.deepcopy(SCHEME)
scheme["year"] = 2019
scheme["areas"][0]["items"][0]["bonus"] = 5
bad("evaluation.scheme-adopted", scheme, "payload.areas[0].items[0].bonus", C, "an unknown member deep in the scheme")
bad("calendar.holidays-published", {"year": 2019, "source": "2019년 월력요항", "holidays": [
    {"date": "2019-01-01", "name": "1월 1일"}, {"date": "2019-03-01", "name": "삼일절", "note": "금요일"}]},
    "payload.holidays[1].note", C, "an unknown member of a holiday")

# ---------------------------------------------------------------- 5. impossible dates
C = "impossible-date"
for text in ["2018-02-30T01:00:00Z", "2018-02-29T01:00:00Z", "2019-02-29T01:00:00.000Z", "2018-04-31T01:00:00Z",
             "2018-06-31T01:00:00Z", "2018-09-31T01:00:00Z", "2018-11-31T01:00:00+09:00", "2018-13-01T01:00:00Z",
             "2018-00-10T01:00:00Z", "2018-01-00T01:00:00Z", "2018-07-02T24:00:00Z", "2018-07-02T23:60:00Z",
             "2018-07-02T23:59:60Z", "2018-07-02", "2018-07-02T01:00:00", "2018/07/02 01:00:00Z",
             "02-07-2018T01:00:00Z", "20180702T010000Z", "2018-07-02T01:00:00+25:00", "2018-7-2T1:00:00Z",
             "２０１８-07-02T01:00:00Z", "2018-07-02T01:00:00.000Zjunk", "", "0000-00-00T00:00:00Z"]:
    obj = next_line(at=text)
    add(obj, "occurredAt", C, "occurredAt %r" % text)
for kind, payload, field in [
    ("staff.training-dispatched", {"staff": "S-1043", "institution": "지방행정연수원", "until": "2018-02-30"}, "payload.until"),
    ("staff.training-dispatched", {"staff": "S-1043", "institution": "지방행정연수원", "until": "2018-12-32"}, "payload.until"),
    ("advisory.cohort-formed", {"cohort": 2, "seats": 40, "subcommittee": "citizen", "termStart": "2018-04-01",
                                "termEnd": "2020-04-31"}, "payload.termEnd"),
    ("advisory.cohort-formed", {"cohort": 2, "seats": 40, "subcommittee": "citizen", "termStart": "2018-13-01",
                                "termEnd": "2020-03-31"}, "payload.termStart"),
    ("advisory.member-appointed", {"cohort": 1, "district": "yeonsu-gu", "member": "ADV-Y1-013", "subcommittee": "youth",
                                   "termEnd": "2020-03-31", "termStart": "2018-4-1"}, "payload.termStart"),
    ("petition.extension-granted", {"newDueDate": "2018-02-29", "petitionID": "2018-0042", "petitionerConsent": False,
                                    "reason": "관계기관 협의 필요"}, "payload.newDueDate"),
    ("petition.outcome-recorded", {"outcome": "under-review", "petitionID": "2018-0042",
                                   "reviewDate": "2018-06-31"}, "payload.reviewDate"),
    ("calendar.holidays-published", {"year": 2019, "source": "2019년 월력요항",
                                     "holidays": [{"date": "2019-02-29", "name": "없는 날"}]}, "payload.holidays[0].date"),
]:
    bad(kind, payload, field, C, "%s: %s is not a real date" % (kind, field))

# ---------------------------------------------------------------- 6. huge strings
C = "huge-string"
add(next_line(payload=with_(ACADEMY, title="가" * 400_000)), "(line)", C, "a line of 1.2 MB (over 1 MiB)")
for kind, template, version, key, value, field in [
    ("academy.session-held", ACADEMY, 1, "title", "가" * 201, "payload.title"),
    ("academy.session-held", ACADEMY, 1, "title", "x" * 100_000, "payload.title"),
    ("academy.session-held", ACADEMY, 1, "departmentsAttending", ["d" * 101], "payload.departmentsAttending[0]"),
    ("petition.received", PETITION, 2, "subject", "민" * 201, "payload.subject"),
    ("petition.received", PETITION, 2, "petitionID", "2018-" + "9" * 200, "payload.petitionID"),
    ("petition.received", PETITION, 2, "department", "d" * 5000, "payload.department"),
    ("forum.held", FORUM, 1, "forum", "f" * 101, "payload.forum"),
    ("forum.held", FORUM, 1, "title", "토" * 300, "payload.title"),
    ("tour.held", TOUR, 1, "sites", ["현" * 201], "payload.sites[0]"),
    ("field-office.held", FIELD_OFFICE, 1, "place", "광" * 201, "payload.place"),
    ("conflict.training-held", CONFLICT_TRAINING, 1, "institution", "기" * 201, "payload.institution"),
    ("evaluation.scored", SCORED, 1, "evidence", "증" * 501, "payload.evidence"),
]:
    bad(kind, with_(template, **{key: value}), field, C, "%s: %s of %d characters" % (kind, key, len(str(value))),
        version=version)
obj = next_line("petition.received", PETITION, version=2)
obj["payload"]["petitioner"]["name"] = "이" * 101
add(obj, "payload.petitioner.name", C, "petition.received: a petitioner name of 101 characters")
bad("staff.left", {"staff": "S-1043", "reason": "사" * 501}, "payload.reason", C, "staff.left: a reason of 501 characters")
bad("conflict.diagnosed", {"conflict": "C-2018-003", "findings": "갈" * 501, "level": "high"}, "payload.findings", C,
    "conflict.diagnosed: findings of 501 characters")
bad("x" * 10_000, ACADEMY, "type", C, "a type of 10,000 characters")

# ---------------------------------------------------------------- 7. invalid UTF-8
C = "invalid-utf8"
valid = raw(next_line()).encode()
title = "소통아카데미 2회".encode()
for replacement, note in [
    (b"\xff", "a 0xFF byte"),
    (b"\xc0\xaf", "an overlong encoding of '/'"),
    (b"\xc0\x80", "an overlong NUL (modified UTF-8)"),
    (b"\xed\xa0\x80", "a UTF-16 surrogate encoded as UTF-8"),
    (b"\xe0\xa4", "a 3-byte sequence cut short"),
    (b"\x80", "a lone continuation byte"),
    ("소통아카데미".encode("euc-kr"), "the title in EUC-KR"),
    ("소통아카데미".encode("cp949") + b" 2\xc8\xb8", "the title in CP949"),
    (b"caf\xe9", "Latin-1"),
    (b"\xf5\x80\x80\x80", "a byte above 0xF4"),
    (b"\xf8\x88\x80\x80\x80", "a 5-byte sequence"),
    (b"\xf4\x90\x80\x80", "a code point above U+10FFFF"),
]:
    add(valid.replace(title, replacement), "(line)", C, note)
add(raw(next_line()).encode("euc-kr"), "(line)", C, "the whole line in EUC-KR")
add(raw(next_line(actor="clerk:kim")).encode().replace(b"clerk:kim", b"clerk:\xb1\xe8"), "(line)", C,
    "an actor in EUC-KR")

# ---------------------------------------------------------------- 8. unknown event types
C = "unknown-type"
for kind in ["academy.session-hold", "Academy.Session-Held", "academy", "", " academy.session-held",
             "academy.session-held ", "sample.noted", "petition.received.v2", "petition_received", "학술.세션",
             "academy.session-held\u0000", "../../etc/passwd", "evaluation.unknown", "network.meeting-cancelled"]:
    bad(kind, ACADEMY, "type", C, "type %r" % kind)

# ---------------------------------------------------------------- 9. refused by the office's rules
C = "rule"
for kind, payload, field, note, options in [
    ("academy.session-held", with_(ACADEMY, participants=0), "payload.participants", "no participants", {}),
    ("academy.session-held", with_(ACADEMY, participants=100_001), "payload.participants", "too many participants", {}),
    ("academy.session-held", with_(ACADEMY, participants=-5), "payload.participants", "negative participants", {}),
    ("academy.session-held", with_(ACADEMY, title=""), "payload.title", "an empty title", {}),
    ("academy.session-held", with_(ACADEMY, title="   "), "payload.title", "a blank title", {}),
    ("academy.session-held", with_(ACADEMY, departmentsAttending=["budget", "budget"]), "payload.departmentsAttending",
     "a department twice", {}),
    ("staff.assigned", {"staff": "S-1043", "team": "communication-policy", "grade": 6, "jobSeries": "administrative"},
     "payload.staff", "a staff member assigned twice", {}),
    ("staff.assigned", {"staff": "S-2001", "team": "communication-policy", "grade": 6, "jobSeries": "administrative",
                        "role": ""}, "payload.role", "an empty role", {}),
    ("organisation.quota-set", {"team": "communication-support", "grade": 6, "quota": 101}, "payload.quota",
     "a quota over 100", {}),
    ("organisation.quota-set", {"team": "communication-support", "grade": 6, "quota": -1}, "payload.quota",
     "a negative quota", {}),
    ("organisation.team-established", {"team": "direct-petitions", "duties": ["직소민원 응대"]}, "payload.team",
     "a team established twice", {}),
    ("staff.transferred", {"staff": "S-0877", "toTeam": "field-communication"}, "payload.staff",
     "a transfer while away on training", {}),
    ("staff.transferred", {"staff": "S-9999", "toTeam": "field-communication"}, "payload.staff",
     "a transfer of someone never assigned", {}),
    ("staff.training-returned", {"staff": "S-1043"}, "payload.staff", "a return of someone not away", {}),
    ("budget.annual-set", {"year": 2018, "personnel": 1300000, "operating": 35000, "project": 140000},
     "payload.revisionNote", "a budget revision without a note", {}),
    ("budget.annual-set", {"year": 1999, "personnel": 0, "operating": 0, "project": 0}, "payload.year",
     "a budget for 1999", {}),
    ("budget.annual-set", {"year": 2019, "personnel": 0, "operating": 0, "project": 100_000_001}, "payload.project",
     "a project budget over the limit", {}),
    ("plan.goal-registered", {"goal": "goal-2018", "title": "다시 등록"}, "payload.goal", "a goal registered twice", {}),
    ("plan.strategy-registered", {"goal": "goal-2099", "strategy": "s9", "title": "없는 목표의 전략"}, "payload.goal",
     "a strategy of an unknown goal", {}),
    ("plan.project-registered", {"project": "p-x", "strategy": "s1-policy-base", "title": "사업", "status": "new",
                                 "startYear": 2018, "endYear": 2017}, "payload.endYear", "a project ending before it starts", {}),
    ("plan.project-registered", {"project": "p-y", "strategy": "s1-policy-base", "title": "사업", "status": "new",
                                 "startYear": 2018, "totalCost": 100, "nationalSupport": 200}, "payload.nationalSupport",
     "national support over the total cost", {}),
    ("indicator.target-set", {"indicator": "no-such-indicator", "year": 2018, "value": 3}, "payload.indicator",
     "a target for an undefined indicator", {}),
    ("indicator.target-set", {"indicator": "academy-sessions", "year": 2101, "value": 3}, "payload.year",
     "a target for 2101", {}),
    ("indicator.historical-actual-recorded", {"indicator": "academy-sessions", "year": 2019, "value": 2,
                                              "source": "미래 실적"}, "payload.year", "an actual for a later year", {}),
    ("calendar.holidays-published", {"year": 2019, "source": "2019년 월력요항",
                                     "holidays": [{"date": "2018-12-25", "name": "기독탄신일"}]}, "payload.holidays[0].date",
     "a holiday outside its year", {}),
    ("petition.received", PETITION | {"petitionID": "2018-0042"}, "payload.petitionID", "a petition received twice",
     {"version": 2}),
    ("petition.assigned", {"petitionID": "2018-9999", "department": "road-management"}, "payload.petitionID",
     "a petition never received", {}),
    ("petition.outcome-recorded", {"petitionID": "2018-0050", "outcome": "completed"}, "payload.outcome",
     "a second final outcome", {}),
    ("petition.outcome-recorded", {"petitionID": "2018-0042", "outcome": "not-possible"}, "payload.reason",
     "not possible without a reason", {}),
    ("petition.consultation-held", {"petitionID": "2018-0042", "departments": ["transport-policy"], "topic": "협의"},
     "payload.departments", "a consultation of one department", {}),
    ("petition.transferred", {"petitionID": "2018-0042", "toDepartment": "road-management", "toAgency": "국토교통부"},
     "payload.toDepartment", "a transfer to a department and an agency at once", {}),
    ("petition.reopened", {"petitionID": "2018-0042", "reason": "재검토"}, "payload.petitionID",
     "reopening an open petition", {}),
    ("petition.closed-as-repeat", {"petitionID": "2018-0042", "earlierPetitions": ["2018-0050"]},
     "payload.earlierPetitions", "a repeat of only one earlier petition", {}),
    ("expert.registered", {"expert": "EXP-2018-017", "category": "professor"}, "payload.expert",
     "an expert registered twice", {}),
    ("expert.withdrawn", {"expert": "EXP-2099-001"}, "payload.expert", "withdrawing an unknown expert", {}),
    ("conflict.registered", {"conflict": "C-2018-003", "department": "resource-circulation", "title": "다시"},
     "payload.conflict", "a conflict registered twice", {}),
    ("conflict.response-plan-adopted", {"conflict": "C-2018-003", "consultedExperts": ["EXP-2018-017"],
                                        "summary": "대응계획"}, "payload.conflict", "a plan before the diagnosis", {}),
    ("conflict.council-met", {"conflict": "C-2018-003", "attendees": 9, "minutesSummary": "회의"}, "payload.conflict",
     "a council meeting without a council", {}),
    ("network.member-joined", {"member": "NET-07", "category": "civic-group", "organisation": "다른 단체"},
     "payload.member", "a member joining twice", {}),
    ("network.member-left", {"member": "NET-99"}, "payload.member", "an unknown member leaving", {}),
    ("network.meeting-held", {"agendas": ["no-such-agenda"], "attendees": 10}, "payload.agendas",
     "a meeting on an unknown agenda", {}),
    ("network.meeting-held", {"agendas": [], "attendees": 0}, "payload.attendees", "a meeting without attendees", {}),
    ("network.task-progress-recorded", {"agenda": "aviation-industry", "task": "no-such-task", "note": "진행",
                                        "status": "done"}, "payload.task", "progress on an unknown task", {}),
    ("forum.held", with_(FORUM, forum="aein-2018-1"), "payload.forum", "a forum held twice", {}),
    ("forum.proposal-collected", {"forum": "aein-2018-1", "proposal": "P-2018-1-04", "summary": "다시"},
     "payload.proposal", "a proposal collected twice", {}),
    ("forum.proposal-reflected", {"forum": "aein-2018-1", "proposal": "P-2018-1-99", "policy": "정책",
                                  "department": "urban-regeneration"}, "payload.proposal", "an unknown proposal reflected", {}),
    ("monitor.member-joined", {"member": "MON-2018-015", "role": "facilitator"}, "payload.member",
     "a monitor joining twice", {}),
    ("tour.held", with_(TOUR, kind="livelihood"), "payload.kind", "a livelihood tour in the second half", {}),
    ("field-day.held", {"district": "gyeyang-gu", "host": "mayor", "hostDepartment": "road-management",
                        "site": "현장", "withCityCouncil": False}, "payload.hostDepartment",
     "a host department for the mayor", {}),
    ("evaluation.scored", with_(SCORED, score=10.5), "payload.score", "a score over the maximum", {}),
    ("evaluation.scored", with_(SCORED, score=-1), "payload.score", "a negative score", {}),
    ("evaluation.scored", with_(SCORED, head="head-2018-nobody"), "payload.head", "an unregistered head", {}),
    ("evaluation.scored", with_(SCORED, item="petition-handling"), "payload.item", "a derived item scored by hand", {}),
    ("evaluation.head-registered", {"year": 2018, "head": "head-2018-x", "department": "budget", "title": "예산담당관",
                                    "grade": 5}, "payload.grade", "a head of grade 5", {}),
    ("evaluation.score-corrected", with_({k: v for k, v in SCORED.items() if k not in ("evaluator", "evidence")},
                                         reason="정정", score=9), "payload.item", "correcting a score never given", {}),
    ("academy.session-held", ACADEMY, "occurredAt", "an event in the year 2999", {"at": "2999-01-01T00:00:00.000Z"}),
    ("academy.session-held", ACADEMY, "stream", "a stream that does not match the payload", {"stream": "academy-2"}),
    ("academy.session-held", ACADEMY, "metadata.actor", "a blank actor", {"actor": "   "}),
    ("academy.session-held", ACADEMY, "metadata.actor", "an empty actor", {"actor": ""}),
    ("academy.session-held", ACADEMY, "metadata.actor", "a NUL in the actor (SQLite text would cut it short)",
     {"actor": "clerk\u0000kim"}),
    ("academy.session-held", ACADEMY, "schemaVersion", "a schema version from the future", {"version": 2}),
    ("academy.session-held", ACADEMY, "schemaVersion", "schema version 0", {"version": 0}),
    ("petition.received", PETITION, "schemaVersion", "petition.received version 3", {"version": 3}),
    ("petition.received", PETITION, "payload.petitionerName", "a version-2 payload sent as version 1", {"version": 1}),
]:
    bad(kind, payload, field, C, "%s: %s" % (kind, note), **options)

# ---------------------------------------------------------------- 10. an id already stored, other content
C = "duplicate-id"


def again(seeded, note, **changes):
    obj = copy.deepcopy(seeded)
    for key, value in changes.items():
        if key == "payload":
            obj["payload"].update(value)
        elif key == "replace_payload":
            obj["payload"] = copy.deepcopy(value)
        elif key == "actor":
            obj["metadata"]["actor"] = value
        elif key == "reason":
            obj["metadata"]["reason"] = value
        elif key == "at":
            obj["occurredAt"] = value
        else:
            obj[key] = value
    add(obj, "id", C, note)


obj = next_line()
obj["metadata"]["reason"] = "연 3회\u0000 운영"
add(obj, "metadata.reason", "rule", "a NUL in the reason (SQLite text would cut it short)")
again(SEED_ACADEMY, "the academy session with other participants", payload={"participants": 113})
again(SEED_ACADEMY, "the academy session by another actor", actor="clerk:other")
again(SEED_ACADEMY, "the academy session one millisecond later", at="2018-03-02T01:00:00.001Z")
again(SEED_ACADEMY, "the academy session with a reason added", reason="정정")
again(SEED_ACADEMY, "the academy session's id on a tour", type="tour.held", replace_payload=TOUR)
again(SEED_PETITION, "the petition with another subject", payload={"subject": "버스정류장 신설 요청"})
again(SEED_PETITION, "the petition with another phone", payload={"petitioner": {
    "subject": "subject-2018-0042", "name": "김예시", "phone": "010-9999-1234"}})
again(SEED_BUDGET, "the budget with another project amount", payload={"project": 150000})
again(SEED_HEAD, "the head registered under another title", payload={"title": "교통국장"})
again(SEED_STAFF, "the staff assignment to another role", payload={"role": "민원상담"})
again(SEED_HOLIDAYS, "the calendar with another source", payload={"source": "다른 출처"})
again(SEED_SCHEME, "the scheme adopted by someone else", payload={"adoptedBy": "다른 결재"})
obj = copy.deepcopy(SEED_ACADEMY)
obj["id"] = obj["id"].upper()
obj["payload"]["participants"] = 1
add(obj, "id", C, "the academy session's id in capitals, other participants")

# ---------------------------------------------------------------- write
os.makedirs(OUT, exist_ok=True)
with open(os.path.join(OUT, "seed.jsonl"), "w", encoding="utf-8") as out:
    for obj in SEED:
        out.write(dumps(obj) + "\n")
with open(os.path.join(OUT, "bad-lines.jsonl"), "wb") as out:
    for data, _, _, _ in BAD:
        out.write(data + b"\n")
with open(os.path.join(OUT, "bad-lines.expected"), "w", encoding="utf-8") as out:
    out.write("# line\tfield the importer must name\tcategory\twhat is wrong (generated by "
              "Scripts/make-bad-input-corpus.py)\n")
    for number, (_, field, category, note) in enumerate(BAD, start=1):
        out.write("%d\t%s\t%s\t%s\n" % (number, field, category, note.replace("\t", " ").replace("\n", " ")))
counts = {}
for _, _, category, _ in BAD:
    counts[category] = counts.get(category, 0) + 1
print("%d seed events, %d bad lines: %s" % (len(SEED), len(BAD), ", ".join("%s %d" % kv for kv in counts.items())))
