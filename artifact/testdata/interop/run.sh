#!/bin/sh
# Installs the pinned apache-arrow JS reader (npm ci, from package-lock.json)
# and runs the Go interop test with the check made mandatory.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"
npm ci --no-audit --no-fund
cd "$here/../.."
GANPIPE_REQUIRE_INTEROP=1 go test -count=1 -run '^TestInteropNode$' -v .
