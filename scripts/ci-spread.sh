#!/usr/bin/env bash
# ci-spread.sh measures how much every CI figure moves when nothing is wrong
# and records it in the baselines (issue 20): each CI spec runs once per
# setting, a setting being a BLAS kernel set and a seed, and
# `ganpipe spread` writes each figure's center and spread into
# specs/ci/NAME.baseline.hcl and a table into docs/ci-spread/NAME.md.
#
#   H  OpenBLAS with OPENBLAS_CORETYPE=Haswell (AVX2 kernels)
#   X  OpenBLAS with the kernels it picks itself (AVX-512 on such a CPU)
#   G  gonum's pure-Go BLAS (-tags noopenblas)
#
# Usage: scripts/ci-spread.sh [WORKDIR] (default .ganpipe/spread). Settings:
# SETTINGS="H:1 X:1 G:1 H:2 X:2 H:3 X:3"; specs: SPECS="gmmn gmmn_ae ...".
# Runs already in WORKDIR/figs are kept, so an interrupted sweep resumes.
# Run `ganpipe check -update` for each baseline first (it writes the values,
# digests and fingerprint the spread is recorded beside). It takes about an
# hour and a half on 2 idle cores, most of it the pure-Go runs.
set -euo pipefail
cd "$(dirname "$0")/.."
work=${1:-.ganpipe/spread}
settings=${SETTINGS:-"H:1 X:1 G:1 H:2 X:2 H:3 X:3"}
specs=${SPECS:-$(ls specs/ci/*.vars | xargs -n1 basename | sed 's/\.vars$//')}
go build -o "$work/ganpipe" ./cmd/ganpipe
go build -tags noopenblas -o "$work/ganpipe-noblas" ./cmd/ganpipe
for s in $settings; do
	cfg=${s%%:*} seed=${s#*:}
	bin=$work/ganpipe
	[ "$cfg" = G ] && bin=$work/ganpipe-noblas
	for n in $specs; do
		out=$work/figs/$cfg-$seed/$n.hcl
		[ -f "$out" ] && continue
		mkdir -p "$(dirname "$out")"
		start=$(date +%s)
		if [ "$cfg" = H ]; then export OPENBLAS_CORETYPE=Haswell; else unset OPENBLAS_CORETYPE; fi
		"$bin" check -update -j 2 -cache "$work/cache/$cfg-$seed/$n" -var-file "specs/ci/$n.vars" \
			-var seed="$seed" -baseline "$out" "specs/$n.hcl" > "$work/$cfg-$seed-$n.log" 2>&1
		rm -rf "$work/cache/$cfg-$seed/$n"
		echo "$cfg seed $seed $n: $(( $(date +%s) - start )) s"
	done
done
mkdir -p docs/ci-spread
for n in $specs; do
	"$work/ganpipe" spread -baseline "specs/ci/$n.baseline.hcl" -table "docs/ci-spread/$n.md" "$work"/figs/*/"$n.hcl" > /dev/null
	echo "specs/ci/$n.baseline.hcl: spread over $(ls "$work"/figs/*/"$n.hcl" | wc -l) runs; table docs/ci-spread/$n.md"
done
