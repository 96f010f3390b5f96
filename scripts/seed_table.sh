#!/bin/sh
# seed_table.sh CACHE SEEDS: mean +- standard error over seeds of every
# mode_coverage figure of specs/mode_collapse_2d.hcl at scale short, from
# the cached results (cells not computed are left out; n says how many
# seeds each mean has; a NaN figure, reverse KL without high-quality
# samples, is left out of its mean, shown as (n=k)). SEEDS as the spec's variable, e.g. '[1,2,3]'.
set -e
cache=$1
seeds=${2:-[1,2,3]}
spec=specs/mode_collapse_2d.hcl
bin=${GANPIPE:-bin/ganpipe}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for s in $(echo "$seeds" | tr -d '[]' | tr ',' ' '); do
	for d in ring grid; do
		for m in "GAN" "GAN+SN" "SR-GAN static" "SR-GAN dynamic" "PacGAN2" "PacGAN4" "VEEGAN" "Unrolled GAN"; do
			f="$tmp/$d|$m|$s.csv"
			$bin export -cache "$cache" -var scale=short -var "seeds=$seeds" $spec \
				"stage.cov[\"$d $m s$s\"].metrics" "$f" >/dev/null 2>&1 || rm -f "$f"
			g="$tmp/$d|$m|$s.train.csv"
			$bin export -cache "$cache" -var scale=short -var "seeds=$seeds" $spec \
				"stage.gan[\"$d $m s$s\"].metrics" "$g" >/dev/null 2>&1 || rm -f "$g"
		done
	done
done
python3 - "$tmp" <<'PY'
import csv, glob, math, os, sys
tmp = sys.argv[1]
vals = {}
for f in glob.glob(os.path.join(tmp, "*.csv")):
    key = os.path.basename(f)[:-4]
    train = key.endswith(".train")
    d, m, s = key.replace(".train", "").split("|")
    for r in csv.DictReader(open(f)):
        name = r["name"]
        if train and name != "train_seconds":
            continue
        x = float(r["value"])
        if math.isnan(x):  # reverse KL with no high-quality sample
            continue
        vals.setdefault((d, m, name), {})[s] = x
def ms(v):
    x = list(v.values())
    n = len(x)
    mu = sum(x) / n
    se = math.sqrt(sum((a - mu) ** 2 for a in x) / (n - 1) / n) if n > 1 else float("nan")
    return mu, se, n, x
methods = ["GAN", "GAN+SN", "SR-GAN static", "SR-GAN dynamic", "PacGAN2", "PacGAN4", "VEEGAN", "Unrolled GAN"]
print("| run | seeds | ring modes /8 | ring HQ | ring rKL | ring train s | seeds | grid modes /25 | grid HQ | grid rKL | grid train s |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
for m in methods:
    cells = [m]
    for d in ["ring", "grid"]:
        n = len(vals.get((d, m, "modes"), {}))
        cells.append(str(n))
        for name, fmt in [("modes", "%.1f"), ("high_quality", "%.3f"), ("reverse_kl", "%.2f"), ("train_seconds", "%.0f")]:
            v = vals.get((d, m, name))
            if not v:
                cells.append("-")
                continue
            mu, se, k, x = ms(v)
            cells.append((fmt % mu) + ("" if k < 2 else (" ± " + fmt % se)) + ("" if k == n else " (n=%d)" % k))
    print("| " + " | ".join(cells) + " |")
print()
print("per seed (modes, HQ):")
for (d, m, name), v in sorted(vals.items()):
    if name in ("modes", "high_quality"):
        print(d, m, name, {k: v[k] for k in sorted(v)})
PY
