#!/usr/bin/env python3
"""The schemathesis configuration of the fuzz test (standard library only).

  fuzz_config.py DATABASE    print a schemathesis.toml offering the ids in DATABASE (outlets, cooperatives, alerts,
                             commodities, regions, tokens other than the fuzzer's) as likely values of the path,
                             query and body fields that name them, so that most requests reach real records
                             instead of ending at 404 or 422. Random values are still drawn the rest of the time.
"""
import json
import sqlite3
import sys

# (dictionary name, SQL listing its values)
DICTIONARIES = [
    ("outlets", "SELECT id FROM outlets ORDER BY id"),
    ("cooperatives", "SELECT id FROM cooperatives ORDER BY id"),
    ("alerts", "SELECT id FROM alerts ORDER BY id"),
    ("commodities", "SELECT id FROM commodities ORDER BY id"),
    ("regions", "SELECT code FROM regions ORDER BY code"),
    ("villages", "SELECT code FROM regions WHERE length(code) = 13 ORDER BY code"),
    ("tokens", "SELECT id FROM tokens WHERE name <> 'fuzz' AND revoked_at IS NULL ORDER BY id"),
]

# Bindings for every operation: (parameter, dictionary, probability).
EVERYWHERE = [
    ("query.commodity", "commodities", 0.7),
    ("query.region", "regions", 0.5),
    ("query.cooperativeId", "cooperatives", 0.5),
    ("query.outletId", "outlets", 0.5),
    ("body.commodity", "commodities", 0.8),
    ("body.movements[*].commodity", "commodities", 0.8),
    ("body.cooperativeId", "cooperatives", 0.7),
]

# Bindings for the operations whose path matches a regular expression.
BY_PATH = [
    (r"^/v1/outlets/\{id\}", [("path.id", "outlets", 0.8), ("path.commodity", "commodities", 0.8)]),
    (r"^/v1/alerts/\{id\}", [("path.id", "alerts", 0.8)]),
    (r"^/v1/cooperatives/\{id\}$", [("path.id", "cooperatives", 0.8)]),
    (r"^/v1/regions/\{code\}$", [("path.code", "regions", 0.8)]),
    (r"^/v1/commodities/\{id\}$", [("path.id", "commodities", 0.5)]),
    (r"^/v1/tokens/\{id\}$", [("path.id", "tokens", 0.8)]),
    (r"^/v1/(cooperatives|outlets)$", [("body.region", "villages", 0.7)]),
    (r"^/v1/(tokens|bands)$", [("body.region", "regions", 0.7)]),
]


# Checks turned off everywhere: the description cannot say which ids, regions and commodities exist, so a request it
# calls valid may still be refused (404, 409, 422) for a reason the data gives.
NOT_CHECKED = ["positive_data_acceptance"]

# Checks turned off for one operation: GET /v1/regions/{code} also serves GET /v1/regions/import (answering 404), so
# that path answers GET and its Allow lists GET besides POST.
EXEMPT = [("importRegions", ["unsupported_method", "allow_header_conformance"])]


def binding(name, dictionary, probability):
    """One TOML line binding a parameter to a dictionary."""
    return f'{json.dumps(name)} = {{ dictionary = "{dictionary}", probability = {probability} }}'


def bindings(entries):
    """An inline TOML table binding each parameter to its dictionary."""
    return "{ " + ", ".join(binding(*entry) for entry in entries) + " }"


def main():
    database = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
    # Nothing is kept between runs (no .schemathesis cache, no hypothesis database): one seed, one run.
    print("request-timeout = 10\n\n[cache]\nenabled = false\n\n[generation]\ndatabase = \"none\"")
    print("\n[checks]\nenabled = true")
    for check in NOT_CHECKED:
        print(f"{check} = {{ enabled = false }}")
    # Values drawn from earlier answers make the coverage phase take optional body fields (an outlet's region) for
    # required ones, and then call the request without them invalid.
    print("\n[phases.coverage]\nextra-data-sources = { responses = false }")
    print("\n[dictionaries]")
    for name, sql in DICTIONARIES:
        values = [row[0] for row in database.execute(sql)] or ["none"]
        print(f"{name} = {{ values = {json.dumps(values)} }}")
    print("\n[parameters]")
    for entry in EVERYWHERE:
        print(binding(*entry))
    for regex, entries in BY_PATH:
        print(f"\n[[operations]]\ninclude-path-regex = {json.dumps(regex)}\nparameters = {bindings(entries)}")
    # The alert stream never ends: read each answer for half a second, enough for its first lines.
    print('\n[[operations]]\ninclude-operation-id = "alertStream"\nrequest-timeout = 0.5')
    for operation, checks in EXEMPT:
        off = ", ".join(f"{check} = {{ enabled = false }}" for check in checks)
        print(f'\n[[operations]]\ninclude-operation-id = "{operation}"\nchecks = {{ {off} }}')


if __name__ == "__main__":
    main()
