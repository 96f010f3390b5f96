#!/bin/sh
# CPU seconds (user+sys) of N iterations of each step benchmark, pinned to
# one core (NumCPU 1: one BLAS thread, no spinning team), base (main) and
# new (this branch) alternately; per-iteration cost = (t(5x) - t(1x)) / 4.
cd /tmp/memc
for round in 1 2; do
for v in base new; do
for b in DCGANStep64 MemoryGANStep MemoryGANNoMemoryStep; do
for n in 1 5; do
  /usr/bin/time -f "$v $b $n %U %S %e" taskset -c 0 ./gan-$v.test -test.run '^$' -test.bench "^Benchmark$b\$" -test.benchtime ${n}x >/dev/null 2>>/work/runs/memorygan3/cpubench.txt
done; done; done; done
