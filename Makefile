# neuvo — the two commands a newcomer needs are `make demo` (or `make run`) and `make test`.
# Every target that builds first installs what is missing (`make deps`).

SWIFT        ?= swift
BIN          := .build/debug/neuvo
DEB_PACKAGES := libncursesw5-dev libsqlite3-dev sqlite3 tmux postgresql postgresql-contrib libpq-dev
PREFIX       ?= /usr/local
# What `make bench` measures beside neuvo: htop's start.
BENCH_PACKAGES := htop

.PHONY: all deps build run demo test bench bench-start fuzz install clean

all: build

## deps: install the Debian packages neuvo needs (apt-get as root or with sudo), else print the command
deps:
	@command -v $(SWIFT) >/dev/null || { echo "neuvo: Swift 6 is missing: install it from swift.org and put it on PATH" >&2; exit 1; }
	@missing=""; \
	for p in $(DEB_PACKAGES); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; done; \
	[ -z "$$missing" ] && exit 0; \
	echo "neuvo: installing$$missing"; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then \
		sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	else \
		echo "neuvo: please install the missing packages:  sudo apt-get install -y$$missing" >&2; exit 1; \
	fi

## build: compile neuvo (debug)
build: deps
	$(SWIFT) build

## run: start neuvo, the advisor's screens, on your own database ($$XDG_DATA_HOME/neuvo/neuvo.sqlite)
run: build
	@$(BIN)

## demo: the trainers' demo: the screens on synthetic contacts, in a throwaway demo database of their own
demo: build
	@$(BIN) demo

## test: every test — unit, data validation, the commands as processes, faults — then the report oracle, on a throwaway PostgreSQL cluster
test: deps
	$(SWIFT) build --build-tests
	Tests/postgres/cluster.sh run -- sh -c '$(SWIFT) test && NEUVO_BIN=$(BIN) python3 Tests/oracle/report_oracle.py'

## bench: speed figures (release build) on 1,000,000 synthetic contacts, on SQLite and on a throwaway PostgreSQL cluster
## (durable: fsync and synchronous_commit on), stopped afterwards whatever happens; prints numbers, asserts nothing
bench: deps
	@$(MAKE) --no-print-directory deps DEB_PACKAGES="$(BENCH_PACKAGES)"
	$(SWIFT) build -c release --product neuvo
	$(SWIFT) build -c release --product NeuvoBench
	NEUVO_PG_DURABLE=1 Tests/postgres/cluster.sh run -- .build/release/NeuvoBench

## bench-start: only the start figures of `make bench` (exec to the first full frame on a pty, beside htop), on
## NEUVO_BENCH_CONTACTS synthetic contacts (default 1,000,000) or the database at NEUVO_BENCH_DB
bench-start: deps
	@$(MAKE) --no-print-directory deps DEB_PACKAGES="$(BENCH_PACKAGES)"
	$(SWIFT) build -c release --product neuvo
	$(SWIFT) build -c release --product NeuvoBench
	NEUVO_BENCH_ONLY=start .build/release/NeuvoBench

## fuzz: the libFuzzer targets (Fuzz/, address sanitizer) for FUZZ_SECONDS each (default 60) on their seed corpora
## in Tests/fuzz/corpus/<target>; new inputs go to .build/fuzz/found/<target>, crashes to .build/fuzz/crashes/
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= Contacts Feedback Mood Staffing IdentityCode Answers Catalog
fuzz:
	cd Fuzz && $(SWIFT) build -c debug --scratch-path ../.build/fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
	@mkdir -p .build/fuzz/crashes
	@for t in $(FUZZ_TARGETS); do \
		mkdir -p .build/fuzz/found/$$t; \
		echo "fuzz: $$t for $(FUZZ_SECONDS) s"; \
		SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 .build/fuzz/debug/Fuzz$$t -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=4096 -detect_leaks=0 \
			-print_final_stats=1 -artifact_prefix=.build/fuzz/crashes/$$t- .build/fuzz/found/$$t Tests/fuzz/corpus/$$t \
			>.build/fuzz/$$t.log 2>&1 || { tail -40 .build/fuzz/$$t.log; echo "fuzz: $$t found a crash: .build/fuzz/crashes/"; exit 1; }; \
		grep -E "^stat::number_of_executed_units|^Done" .build/fuzz/$$t.log; \
	done

## install: the binary to $(PREFIX)/bin and the data to $(PREFIX)/share/neuvo/data
install: deps
	$(SWIFT) build -c release --product neuvo
	install -d $(PREFIX)/bin $(PREFIX)/share/neuvo
	install -m 755 .build/release/neuvo $(PREFIX)/bin/neuvo
	rm -rf $(PREFIX)/share/neuvo/data && cp -R data $(PREFIX)/share/neuvo/data

clean:
	rm -rf .build
