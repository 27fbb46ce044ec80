# neuvo — the two commands a newcomer needs are `make demo` (or `make run`) and `make test`.
# Every target that builds first installs what is missing (`make deps`).

SWIFT        ?= swift
BIN          := .build/debug/neuvo
DEB_PACKAGES := libncursesw5-dev libsqlite3-dev sqlite3 tmux postgresql postgresql-contrib libpq-dev libxlsxwriter-dev python3-openpyxl
PREFIX       ?= /usr/local
# What `make bench` measures beside neuvo: htop's start.
BENCH_PACKAGES := htop
# What `make deb` and `make deb-check` need beside the build: dpkg-deb and dpkg-shlibdeps, lintian, man -l and groff.
PACKAGE_PACKAGES := dpkg-dev lintian man-db groff-base

.PHONY: all deps package-deps build run demo test bench bench-build bench-10m bench-start bench-sessions fuzz man stage deb deb-check install release clean

# The package and `make install`: a release build with the Swift runtime linked in (Debian has no package of it),
# in a scratch path of its own. `make bench` builds its binaries the same way (STATIC_FLAGS), so that it measures the
# neuvo a region installs (its start above all: a Swift runtime loaded as shared libraries costs ~15 ms of symbol
# lookups at every start).
VERSION      ?= 0.11.0
DEB_REVISION ?= 1
DEB_VERSION  := $(VERSION)-$(DEB_REVISION)
DEB_ARCH     := $(shell dpkg --print-architecture 2>/dev/null || echo amd64)
DEB          := .build/neuvo_$(DEB_VERSION)_$(DEB_ARCH).deb
MAINTAINER   ?= neuvo maintainers <maintainers@users.noreply.h-seed-6ac358f1.example>
STATIC       := .build/static
STATIC_FLAGS := -c release --scratch-path $(STATIC) --static-swift-stdlib --disable-local-rpath -Xlinker -z -Xlinker relro -Xlinker -z -Xlinker now
RELEASE      := $(STATIC_FLAGS) --product neuvo
RELEASE_BIN  := $(STATIC)/release/neuvo
GEN          := .build/generated
STAGE        := .build/stage
# The manual's date: the last commit's, so that a rebuild gives the same pages.
MAN_DATE     := $(shell git log -1 --format=%cs 2>/dev/null || date +%F)

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

## test: every test — unit, data validation, the commands as processes, faults — then the report oracle on SQLite and on
## PostgreSQL (imports through advisor logins), on a throwaway PostgreSQL cluster; a skipped test fails the run
## (Tests/no-skips.sh names it); then the Debian package is built and checked (make deb, make deb-check)
test: deps
	$(SWIFT) build --build-tests
	Tests/postgres/cluster.sh run -- sh -c 'Tests/no-skips.sh $(SWIFT) test --skip-build \
		&& NEUVO_BIN=$(BIN) python3 Tests/oracle/report_oracle.py \
		&& NEUVO_BIN=$(BIN) python3 Tests/oracle/report_oracle.py --backend postgresql'
	@# The package as a region installs it: built (a static release build, minutes), lintian, then unpacked and run.
	$(MAKE) --no-print-directory deb
	$(MAKE) --no-print-directory deb-check

## bench: speed figures (the package's release build) on 1,000,000 synthetic contacts, on SQLite and on a throwaway PostgreSQL cluster
## (durable: fsync and synchronous_commit on), stopped afterwards whatever happens; prints numbers, asserts nothing; NEUVO_BENCH_ONLY=postgresql
## measures only PostgreSQL's figures (on the same data), NEUVO_BENCH_CONTACTS=N another volume
bench: bench-build
	NEUVO_PG_DURABLE=1 Tests/postgres/cluster.sh run -- $(STATIC)/release/NeuvoBench

# The bench's binaries as the package builds neuvo (STATIC_FLAGS), with htop to compare the start with.
bench-build: deps
	@$(MAKE) --no-print-directory deps DEB_PACKAGES="$(BENCH_PACKAGES)"
	$(SWIFT) build $(RELEASE)
	$(SWIFT) build $(STATIC_FLAGS) --product NeuvoBench

## bench-sessions: what one screen session costs on PostgreSQL — the connections it holds, the memory of its server
## process and of neuvo (RSS, PSS, USS) with Today open and after a save, and per session over NEUVO_SESSIONS (20) at
## once — on a throwaway cluster (release build; NEUVO_BIN=… measures another); prints numbers, asserts nothing
bench-sessions: deps
	$(SWIFT) build -c release --product neuvo
	Tests/postgres/cluster.sh run -- Tests/postgres/session-cost.sh

## bench-10m: `make bench` at 10,000,000 synthetic contacts (the figures' "at 10 M too"); not in `make test`. Long:
## see the README's table of commands for how long and how much disk
bench-10m:
	NEUVO_BENCH_CONTACTS=10000000 $(MAKE) --no-print-directory bench

## bench-start: only the start figures of `make bench` (exec to the first full frame on a pty, beside htop), on
## NEUVO_BENCH_CONTACTS synthetic contacts (default 1,000,000) or the database at NEUVO_BENCH_DB
bench-start: bench-build
	NEUVO_BENCH_ONLY=start $(STATIC)/release/NeuvoBench

## fuzz: the libFuzzer targets (Fuzz/, address sanitizer) for FUZZ_SECONDS each (default 60) on their seed corpora
## in Tests/fuzz/corpus/<target>; new inputs go to .build/fuzz/found/<target>, crashes to .build/fuzz/crashes/
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= Contacts Feedback Mood Staffing Handoffs IdentityCode Answers Catalog
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

## man: the manual pages (the argument parser's generator, plus neuvo(1)'s section on the screens' keys from the
## screens' own key tables) and the bash, zsh and fish completions, into .build/generated
man: deps
	$(SWIFT) package generate-manual --configuration debug --multi-page --date $(MAN_DATE) --section 1
	rm -rf $(GEN) && mkdir -p $(GEN)/man $(GEN)/completions
	cp .build/plugins/GenerateManual/outputs/neuvo/*.1 $(GEN)/man/
	@# neuvo(1) gets SCREENS AND KEYS before its last sections; the hidden key-manual subcommand gets no page.
	rm -f $(GEN)/man/neuvo.key-manual.1
	NEUVO_DATA=$(CURDIR)/data $(BIN) key-manual > $(GEN)/keys.roff
	awk -v keys=$(GEN)/keys.roff '/^\.Sh "?(EXIT STATUS|SEE ALSO|AUTHORS|HISTORY)/ && !done { while ((getline line < keys) > 0) print line; done = 1 } { print } END { if (!done) while ((getline line < keys) > 0) print line }' \
		.build/plugins/GenerateManual/outputs/neuvo/neuvo.1 > $(GEN)/man/neuvo.1
	sed -i '/key-manual/d' $(GEN)/man/neuvo.1
	@# NAME as the file names the page (lexgrog, whatis), blank lines as .Pp (groff): see packaging/manpage.awk.
	for page in $(GEN)/man/*.1; do awk -f packaging/manpage.awk $$page > $$page.tmp && mv $$page.tmp $$page; done
	@# The bash completion is sourced, never run: its #! line goes (lintian's bash-completion-with-hashbang).
	$(BIN) --generate-completion-script bash > $(GEN)/completions/neuvo
	sed -i '1{/^#!/d}' $(GEN)/completions/neuvo
	$(BIN) --generate-completion-script zsh > $(GEN)/completions/_neuvo
	$(BIN) --generate-completion-script fish > $(GEN)/completions/neuvo.fish

## stage: every installed file under $(STAGE)/usr, the one layout `make deb` and `make install` both copy
stage: man
	$(SWIFT) build $(RELEASE)
	rm -rf $(STAGE) && mkdir -p $(STAGE)
	install -D -m 755 -s $(RELEASE_BIN) $(STAGE)/usr/bin/neuvo
	strip --remove-section=.comment $(STAGE)/usr/bin/neuvo
	mkdir -p $(STAGE)/usr/share/neuvo && cp -R data $(STAGE)/usr/share/neuvo/data
	find $(STAGE)/usr/share/neuvo/data -type d -exec chmod 755 {} + && find $(STAGE)/usr/share/neuvo/data -type f -exec chmod 644 {} +
	install -d $(STAGE)/usr/share/man/man1
	for page in $(GEN)/man/*.1; do gzip -9n < $$page > $(STAGE)/usr/share/man/man1/$$(basename $$page).gz; done
	chmod 644 $(STAGE)/usr/share/man/man1/*
	install -D -m 644 $(GEN)/completions/neuvo $(STAGE)/usr/share/bash-completion/completions/neuvo
	install -D -m 644 $(GEN)/completions/_neuvo $(STAGE)/usr/share/zsh/vendor-completions/_neuvo
	install -D -m 644 $(GEN)/completions/neuvo.fish $(STAGE)/usr/share/fish/vendor_completions.d/neuvo.fish
	install -D -m 644 README.md $(STAGE)/usr/share/doc/neuvo/README.md
	install -D -m 644 packaging/copyright $(STAGE)/usr/share/doc/neuvo/copyright
	@# neuvo retention daily (CONTRACT §11): installed, not enabled; IT enables the timer (README, "Data protection").
	install -D -m 644 packaging/systemd/neuvo-retention.service $(STAGE)/usr/lib/systemd/system/neuvo-retention.service
	install -D -m 644 packaging/systemd/neuvo-retention.timer $(STAGE)/usr/lib/systemd/system/neuvo-retention.timer

## package-deps: install what `make deb` and `make deb-check` need beside the build (dpkg-dev, lintian, man-db, groff)
package-deps:
	@$(MAKE) --no-print-directory deps DEB_PACKAGES="$(PACKAGE_PACKAGES)"

## deb: the Debian package $(DEB): the stage, a changelog, and Depends computed from the libraries the binary links;
## lintian checks it (its errors fail the target, its warnings are in DECISIONS.md)
deb: package-deps stage
	rm -rf .build/deb && mkdir -p .build/deb/debian && cp -R $(STAGE) .build/deb/root
	sed -e 's/@VERSION@/$(DEB_VERSION)/' -e 's/@MAINTAINER@/$(MAINTAINER)/' -e "s/@DATE@/$$(date -R -d $(MAN_DATE))/" packaging/changelog \
		| gzip -9n > .build/deb/root/usr/share/doc/neuvo/changelog.Debian.gz
	chmod 644 .build/deb/root/usr/share/doc/neuvo/changelog.Debian.gz
	printf 'Source: neuvo\n\nPackage: neuvo\nArchitecture: any\n' > .build/deb/debian/control
	mkdir -p .build/deb/root/DEBIAN
	cd .build/deb/root && find usr -type f -exec md5sum {} + | LC_ALL=C sort -k 2 > DEBIAN/md5sums && chmod 644 DEBIAN/md5sums
	cd .build/deb && dpkg-shlibdeps -O root/usr/bin/neuvo | sed -n 's/^shlibs:Depends=//p' > depends
	sed -e 's/@VERSION@/$(DEB_VERSION)/' -e 's/@ARCH@/$(DEB_ARCH)/' -e 's/@MAINTAINER@/$(MAINTAINER)/' \
		-e "s/@DEPENDS@/$$(cat .build/deb/depends)/" -e "s/@SIZE@/$$(du -sk --apparent-size .build/deb/root/usr | cut -f1)/" \
		packaging/control > .build/deb/root/DEBIAN/control
	dpkg-deb --build --root-owner-group .build/deb/root $(DEB)
	@echo "built $(DEB)"
	lintian --info $(DEB)

## deb-check: unpacks $(DEB) into a scratch root and runs neuvo, its manual and completions from there
deb-check: package-deps
	Tests/package/check.sh $(DEB)

## install: the same files as the package, under $(PREFIX) (bin, share/neuvo/data, share/man, completions, share/doc)
install: stage
	install -d $(PREFIX)
	rm -rf $(PREFIX)/share/neuvo/data
	cp -R $(STAGE)/usr/. $(PREFIX)/

## release: tags this commit v$(VERSION) and, when its newest migration has no tag yet, schema-vN (the commits whose
## databases Tests/Fixtures/upgrades keeps); refuses a tree with uncommitted changes or a v$(VERSION) tag elsewhere
release:
	@git diff --quiet HEAD -- && [ -z "$$(git status --porcelain)" ] || { echo "neuvo: release: commit or remove the changes first (git status)" >&2; exit 1; }
	@head=$$(git rev-parse HEAD); \
	if old=$$(git rev-parse -q --verify "refs/tags/v$(VERSION)^{commit}"); then \
		[ "$$old" = "$$head" ] || { echo "neuvo: release: v$(VERSION) already tags $$old; raise VERSION in the Makefile" >&2; exit 1; }; \
	else git tag -a "v$(VERSION)" -m "neuvo $(VERSION)" && echo "tagged v$(VERSION)"; fi; \
	n=$$(git grep -h -o -E 'registerMigration\("v[0-9]+:' HEAD -- Sources/Store/SQLite | grep -o -E '[0-9]+' | sort -n | tail -1); \
	if git rev-parse -q --verify "refs/tags/schema-v$$n" >/dev/null; then echo "schema-v$$n already tagged"; \
	else git tag -a "schema-v$$n" -m "Schema v$$n: released as neuvo $(VERSION)" && echo "tagged schema-v$$n"; fi

clean:
	rm -rf .build
