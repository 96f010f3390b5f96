#!/usr/bin/env python3
"""Per-seed figures of specs/memorygan.hcl from a cache, one markdown row per run:
FID, IS, precision, recall, slot purity, sample purity, slot classes, used real
slots, train seconds, real_slots (the training's last tail mean).
From the repository root:
  python3 docs/results/memorygan/pertable.py CACHE 3 DCGAN MemoryGAN "MemoryGAN, no MI" "MemoryGAN, no memory" [-- ganpipe args]"""
import json, subprocess, sys
args = sys.argv[1:]
i = args.index("--") if "--" in args else len(args)
cache, seeds, rows, extra = args[0], int(args[1]), args[2:i], args[i+1:]
B = "bin/ganpipe"  # run from the repository root
def get(addr):
    import csv, os, tempfile
    out = tempfile.mktemp(suffix=".csv")
    r = subprocess.run([B, "export", "-cache", cache] + extra + ["specs/memorygan.hcl", addr, out], capture_output=True, text=True)
    if r.returncode != 0:
        return {}
    with open(out) as f:
        d = {row["name"]: float(row["value"]) for row in csv.DictReader(f)}
    os.remove(out)
    return d
for row in rows:
    for s in range(1, seeds + 1):
        k = f"{row} s{s}"
        m = {}
        for st in ["fid", "is", "pr"]:
            m.update(get(f'module.eval["{k}"].stage.{st}.metrics'))
        tr = get(f'stage.{"dcgan" if row == "DCGAN" else "mg"}["{k}"].metrics')
        fig = get(f'stage.fig["{k}"].metrics') if row in ("MemoryGAN", "MemoryGAN, no MI") else {}
        print(f"| {k} | {m.get('fid', float('nan')):.1f} | {m.get('is', float('nan')):.3f} | {m.get('precision', float('nan')):.3f} | {m.get('recall', float('nan')):.3f} | "
              f"{fig.get('slot_purity', float('nan')):.3f} | {fig.get('sample_purity', float('nan')):.3f} | {fig.get('slot_classes', float('nan')):.0f} | {fig.get('used_real_slots', float('nan')):.0f} | {tr.get('train_seconds', float('nan')):.0f} | {tr.get('real_slots', float('nan')):.3f} |")
