# Wijkdesk: `make demo` to try it, `make test` to check it, `make bench` to measure it.
SHELL := /bin/bash
SWIFT ?= swift
RUNTIME_PACKAGES := libncursesw5-dev libcrypt-dev
TEST_PACKAGES := $(RUNTIME_PACKAGES) tmux recutils syncthing

.PHONY: demo build test bench soak clean

## Build and open the TUI on a private copy of the demo store.
demo: build
	.build/debug/wijk demo

build:
	@scripts/ensure-packages $(RUNTIME_PACKAGES)
	$(SWIFT) build

## Unit, screen and end-to-end tests: the real binary in tmux, recfix --check on the demo store.
test:
	@scripts/ensure-packages $(TEST_PACKAGES)
	$(SWIFT) build
	WIJK_REQUIRE_E2E=1 $(SWIFT) test

## Benchmarks: time to first frame, per-keystroke render time; figures go to BENCHMARKS.md by hand.
bench:
	@scripts/ensure-packages $(RUNTIME_PACKAGES)
	$(SWIFT) build -c release
	.build/release/wijk-bench

## Long fault and load runs, outside make test: 1,000 SIGKILLs, 4 processes × 500 edits, 10 million fuzz runs of
## the recfile and the CSV parsers; each prints its figures (BENCHMARKS.md).
soak:
	@scripts/ensure-packages $(TEST_PACKAGES)
	$(SWIFT) build
	set -o pipefail; WIJK_SOAK=1 WIJK_REQUIRE_E2E=1 $(SWIFT) test --filter "DurabilityTests|SyncthingTests" 2>&1 | grep -E 'soak:|✘|passed|failed'
	scripts/fuzz-parser recfile --runs $${FUZZ_RUNS:-10000000}
	scripts/fuzz-parser csv --runs $${FUZZ_RUNS:-10000000}

clean:
	rm -rf .build
