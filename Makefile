# Lumbung — the front door. `make run` serves the demo; `make test` runs every test.
SHELL := /bin/bash
SWIFT ?= swift
APT_PACKAGES := libmicrohttpd-dev libsqlite3-dev libjemalloc-dev pkg-config sqlite3 python3 python3-venv chromium chromium-driver libpq-dev postgresql
DATABASE ?= data/lumbung.sqlite
BIN_DEBUG := .build/debug/lumbung
BIN_RELEASE := .build/release/lumbung

.PHONY: run test build release deps bench bench-deps bench-http bench-writes bench-prices bench-regions bench-national bench-stock callgrind-stock profile-writes lone-write-io bench-fixed-cost bench-callgrind bench-sms bench-postgres soak clean

## deps: install the system packages the build needs (apt-get, non-interactive) when missing
deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

## build: debug build
build: deps
	$(SWIFT) build

## release: optimised build
release: deps
	$(SWIFT) build -c release

## run: build, create the demo database if none exists, and serve on http://127.0.0.1:8080
run: release
	@if [ ! -f "$(DATABASE)" ]; then $(BIN_RELEASE) demo --database "$(DATABASE)"; fi
	$(BIN_RELEASE) serve --database "$(DATABASE)"

## test: build and run every test (unit, HTTP, PostgreSQL on a throwaway server, crash safety, hostile clients, backup, browser incl. the province-scale dashboard, fuzzing)
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	scripts/postgres-tests.sh
	scripts/crash-test.sh
	scripts/hostile-clients.sh
	scripts/backup-test.sh
	scripts/browser-test.sh
	scripts/browser-kalsel.sh
	scripts/fuzz.sh

## bench-deps: the release build, wrk and perf (which traces the disk under a lone write)
bench-deps: release
	@command -v wrk >/dev/null || { SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); $$SUDO apt-get install -y -qq wrk; }
	@command -v perf >/dev/null || { SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); $$SUDO apt-get install -y -qq linux-perf; }

## bench-http: /healthz throughput and latency against the release build
bench-http: bench-deps
	scripts/bench-http.sh

## bench-writes: movement POST throughput (single, idempotent, batch) against /healthz
bench-writes: bench-deps
	scripts/bench-writes.sh

## bench-national: stock check and dinas reports with one outlet per village (builds data/national.sqlite once)
bench-national: bench-deps
	scripts/bench-national.sh

## bench-fixed-cost: /healthz with the access log off and on against the C libmicrohttpd hello (BEFORE=binary adds another build)
bench-fixed-cost: bench-deps
	scripts/bench-fixed-cost.sh

## bench-callgrind: instructions per request (valgrind's callgrind) of /healthz, the cached stock check and the C hello
bench-callgrind: bench-deps
	@command -v valgrind >/dev/null || { SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); $$SUDO apt-get install -y -qq valgrind; }
	scripts/callgrind-fixed-cost.sh

## bench-stock: the stock check rows of bench-national alone, and datasette on the same SQL (builds data/national.sqlite once)
bench-stock: bench-deps
	scripts/bench-stock.sh

## callgrind-stock: instructions per uncached stock check, receipt and price report (valgrind; BIN2= adds a build)
callgrind-stock: bench-deps
	scripts/callgrind-stock.sh

## lone-write-io: one client's writes, the WAL's fsyncs by the requests each sent to the disk (perf; root)
lone-write-io: bench-deps
	scripts/lone-write-io.sh

## profile-writes: instructions per write, whole server and writer thread, for movements, prices and alert churn (valgrind)
profile-writes: bench-deps
	for kind in movements prices churn; do scripts/profile-writes.sh $$kind; done

## bench-prices: price report throughput (in band, keyed, alert churn) and price/alert reads against /healthz
bench-prices: bench-deps
	scripts/bench-prices.sh

## bench-sms: signed SMS webhook calls per second (accepted and rejected messages) against /healthz
bench-sms: bench-deps
	scripts/bench-sms.sh

## bench-postgres: SQLite beside PostgreSQL on the same data (stock check, report, movement POST) against /healthz
bench-postgres: bench-deps
	scripts/bench-postgres.sh

## bench-regions: importing the national region list (CLI and HTTP)
bench-regions: bench-deps
	scripts/bench-regions.sh

## bench: every hot route on one server, written to Benchmarks/RESULTS.md (builds data/national.sqlite once)
bench: bench-deps
	scripts/bench-report.sh

## soak: minutes of mixed traffic; memory and open descriptors must stay flat (SOAK_SECONDS, default 180)
soak: bench-deps
	scripts/soak.sh

clean:
	rm -rf .build
