# Build the before/after table from this session's run logs (paper scale,
# 300 iterations): FID, IS, precision, recall per configuration and seed,
# mean +- standard error over the seeds present.
import re, glob, math, sys
rows = {}
def add(ver, logs):
    for p in logs:
        for line in open(p):
            m = re.search(r'module\.eval\["(.+?) (s\d)"\]\.stage\.(\w+) (.*)', line)
            if not m: continue
            cfg, seed, st, rest = m.groups()
            d = rows.setdefault((ver, cfg), {}).setdefault(seed, {})
            if st == 'fid' and rest.startswith('FID'): d['FID'] = float(rest.split()[1])
            if st == 'is' and rest.startswith('inception'): d['IS'] = float(rest.split()[2])
            if st == 'pr' and rest.startswith('precision'):
                d['precision'] = float(rest.split()[1].rstrip(',')); d['recall'] = float(rest.split()[3])
R = '/work/runs/memorygan3/'
add('version 1 (before)', [R + 'before.log'])
add('version 2 (now)', glob.glob(R + 'after-eval*.log'))
def walls(ver, p):
    for line in open(p):
        m = re.search(r'stage\.(?:mg|dcgan)\["(.+?) (s\d)"\] computed in (?:(\d+)h)?(?:(\d+)m)?([\d.]+)s', line)
        if m:
            cfg, seed, h, mi, sec = m.groups()
            rows.setdefault((ver, cfg), {}).setdefault(seed, {})['train s'] = int(h or 0) * 3600 + int(mi or 0) * 60 + float(sec)
walls('version 1 (before)', R + 'before.log')
walls('version 2 (now)', R + 'after-train.log')
for (ver, cfg) in list(rows):
    if cfg == 'DCGAN' and ver != 'version 2 (now)':
        rows.setdefault(('version 2 (now)', 'DCGAN'), {}).update(rows.pop((ver, cfg)))
print('| configuration | seeds | FID | IS | precision | recall | stage wall s (train + sample, load ~40) | per seed FID |')
print('|---|---:|---:|---:|---:|---:|---:|---|')
for (ver, cfg), seeds in sorted(rows.items(), key=lambda kv: (kv[0][1] != 'DCGAN', kv[0][0])):
    name = cfg if cfg == 'DCGAN' else cfg + ', ' + ver
    cells = []
    for k in ['FID', 'IS', 'precision', 'recall', 'train s']:
        v = [seeds[s][k] for s in sorted(seeds) if k in seeds[s]]
        if not v: cells.append('-'); continue
        mu = sum(v) / len(v)
        if len(v) > 1:
            se = math.sqrt(sum((x - mu) ** 2 for x in v) / (len(v) - 1) / len(v))
            cells.append(('%.0f ± %.0f' if k == 'train s' else '%.4g ± %.2g') % (mu, se))
        else:
            cells.append(('%.0f' if k == 'train s' else '%.4g') % mu)
    n = len([s for s in seeds if 'FID' in seeds[s]])
    per = ', '.join('%s %.1f' % (s, seeds[s]['FID']) for s in sorted(seeds) if 'FID' in seeds[s])
    print('| %s | %d | %s | %s |' % (name, n, ' | '.join(cells), per))
