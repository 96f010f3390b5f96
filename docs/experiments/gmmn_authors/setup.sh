#!/bin/bash
# setup.sh DEST GMMN_GIT PYNN_GIT PYOPT_GIT
#
# Unpacks the GMMN authors' code (github.com/yujiali/gmmn, yujiali/pynn,
# yujiali/pyopt; each argument a git directory, e.g. a clone's .git) into DEST
# and converts it to Python 3 with lib2to3, changing nothing else. What this
# experiment changes is in run_authors.py (monkeypatches, each with its
# reason) and gnumpy.py (numpy on the CPU in place of the GPU library).
set -euo pipefail
dest=$1
mkdir -p "$dest"
for pair in "gmmn:$2" "pynn:$3" "pyopt:$4"; do
	name=${pair%%:*} g=${pair#*:}
	mkdir -p "$dest/$name.repo"
	git --git-dir="$g" archive HEAD | tar -x -C "$dest/$name.repo"
	echo "$name $(git --git-dir="$g" rev-parse HEAD)"
done
mv "$dest/gmmn.repo" "$dest/gmmn"
# pynn and pyopt keep their modules one level down (pynn/pynn/*.py).
mv "$dest/pynn.repo/pynn" "$dest/pynn"
mv "$dest/pyopt.repo/pyopt" "$dest/pyopt"
/usr/bin/python3 -m lib2to3 -w -n -j1 "$dest/pynn" "$dest/pyopt" "$dest/gmmn/core" \
	"$dest/gmmn/eval_mmd_generative_model.py" >/dev/null 2>&1
cp "$(dirname "$0")/gnumpy.py" "$dest/gnumpy.py"
