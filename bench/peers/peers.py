#!/usr/bin/python3
"""PyTorch peers of the `ganpipe bench` workloads (issue 8).

Each workload is what a researcher would write in plain PyTorch for the same
model, shape and optimiser as ganpipe's Go workload of the same name; one step
is timed from input preparation (minibatch gather, noise, dropout) through the
optimiser update. Timing: warm-up steps, then the median of K steps, K chosen so
that a workload takes about --seconds.

Run with Debian's /usr/bin/python3 (python3-torch). The BLAS torch really
loaded is read from /proc/self/maps and printed to stderr (Debian's torch says
BLAS_INFO=generic and takes libblas.so.3 from the alternatives system: the
reference BLAS unless an OpenBLAS package such as libopenblas0-openmp or
libopenblas0-pthread is installed). stdout carries only the JSON result:
[{"name", "ms_per_step", "gflops_per_s", "flops"}, ...].

The FLOP counts are the nominal GEMM FLOPs of the step (elementwise work is not
counted) and use the same formulas as bench/workloads.go, so GFLOP/s of the two
sides are comparable.
"""

import argparse
import ctypes
import json
import math
import os
import re
import statistics
import sys
import time
import warnings


def parse_args():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    p.add_argument("--run", default="", help="regexp selecting workloads by name")
    p.add_argument("--seconds", type=float, default=2.5, help="target timed seconds per workload")
    p.add_argument("--min-steps", type=int, default=3)
    p.add_argument("--max-steps", type=int, default=200)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--blas", choices=["openmp", "system"], default="openmp",
                   help="openmp: load Debian's OpenMP build of OpenBLAS (libopenblas0-openmp), "
                        "which shares torch's OpenMP thread pool, when installed; system: whatever "
                        "libblas.so.3 the alternatives system selects (often the pthread build, "
                        "whose own thread pool competes with torch's)")
    p.add_argument("--malloc", choices=["tcmalloc", "system"], default="tcmalloc",
                   help="tcmalloc: LD_PRELOAD Debian's libtcmalloc-minimal4 when installed (the usual "
                        "CPU PyTorch advice; glibc malloc hands big tensors back to the kernel and every "
                        "step page-faults them in again, which on this project's VM costs more than the "
                        "arithmetic); system: glibc malloc")
    p.add_argument("--list", action="store_true", help="print the workload names and exit")
    p.add_argument("--flops", action="store_true",
                   help="print {name: nominal FLOPs per step} as JSON and exit (no torch needed)")
    p.add_argument("--agree", metavar="DIR",
                   help="loss-agreement check: read the weights, inputs and dropout masks `ganpipe "
                        "bench -agree` wrote to DIR (manifest.json), compute each loss with torch in "
                        "float32 and float64, print {case: {float32, float64}} as JSON and exit")
    return p.parse_args()


ARGS = parse_args()
# MGMemory.update's scatter_reduce is "in beta" in torch 1.13; it works.
warnings.filterwarnings("ignore", message="scatter_reduce")
OPENMP_BLAS_DIR = "/usr/lib/x86_64-linux-gnu/openblas-openmp"
TCMALLOC = "/usr/lib/x86_64-linux-gnu/libtcmalloc_minimal.so.4"


def reexec():
    """Re-execute with the requested BLAS build and allocator: the dynamic loader
    reads LD_LIBRARY_PATH and LD_PRELOAD only at start-up."""
    if ARGS.flops or ARGS.list or os.environ.get("GANPIPE_PEERS_REEXEC") == "1":
        return
    env = dict(os.environ, GANPIPE_PEERS_REEXEC="1")
    changed = False
    if ARGS.blas == "openmp" and os.path.exists(os.path.join(OPENMP_BLAS_DIR, "libblas.so.3")):
        env["LD_LIBRARY_PATH"] = ":".join(filter(None, [OPENMP_BLAS_DIR, env.get("LD_LIBRARY_PATH")]))
        changed = True
    if ARGS.malloc == "tcmalloc" and os.path.exists(TCMALLOC):
        env["LD_PRELOAD"] = ":".join(filter(None, [TCMALLOC, env.get("LD_PRELOAD")]))
        changed = True
    if changed:
        os.execve(sys.executable, [sys.executable] + sys.argv, env)


reexec()
# OpenBLAS's pthread build reads its thread count at load time and torch's
# set_num_threads does not reach it, so set it before torch is imported.
os.environ["OPENBLAS_NUM_THREADS"] = str(ARGS.threads)
os.environ["OMP_NUM_THREADS"] = str(ARGS.threads)

if not (ARGS.flops or ARGS.list):
    import torch  # noqa: E402
    import torch.nn.functional as F  # noqa: E402


def log(*a):
    print(*a, file=sys.stderr, flush=True)


def blas_report():
    """Return (libraries, openblas threads) of the BLAS mapped into this process."""
    libs = set()
    with open("/proc/self/maps") as f:
        for line in f:
            path = line.split()[-1] if len(line.split()) >= 6 else ""
            if re.search(r"blas|lapack|mkl|gomp|iomp|malloc", os.path.basename(path)):
                libs.add(os.path.realpath(path))
    threads, core = None, None
    for lib in sorted(libs):
        if "openblas" in lib:
            try:
                h = ctypes.CDLL(lib)
                h.openblas_set_num_threads(ctypes.c_int(ARGS.threads))
                threads = h.openblas_get_num_threads()
                h.openblas_get_corename.restype = ctypes.c_char_p
                core = h.openblas_get_corename().decode()
            except (OSError, AttributeError):
                pass
    return sorted(libs), threads, core


# ---- nominal FLOP counts (same formulas as bench/workloads.go) ----

def mlp_flops(batch, sizes, input_grad=False):
    """GEMM FLOPs of forward + backward of a dense stack: forward 2*b*in*out per
    layer, weight gradient the same, input gradient the same except for the first
    layer (whose input needs none unless input_grad)."""
    f = 0.0
    for i, (a, b) in enumerate(zip(sizes[:-1], sizes[1:])):
        mm = 2.0 * batch * a * b
        f += 2 * mm
        if i > 0 or input_grad:
            f += mm
    return f


def mlp_forward_flops(batch, sizes):
    return sum(2.0 * batch * a * b for a, b in zip(sizes[:-1], sizes[1:]))


AE_SIZES = [784, 1024, 32, 1024, 784]
GMMN_PIXEL = [10, 64, 256, 256, 1024, 784]
GMMN_CODE = [10, 64, 256, 256, 1024, 32]
GAN_G = [100, 1200, 1200, 784]
GAN_D = [784, 240 * 5, 240 * 5, 1]  # maxout pieces are GEMM columns
GAN_D_GEMM = [(784, 1200), (240, 1200), (240, 1)]
PIXEL_SIGMAS = [2.0, 5.0, 10.0, 20.0, 40.0, 80.0]
# specs/mode_collapse_2d.hcl's 2-D networks at paper scale (bench/workloads.go)
PAC_G = [2, 400, 400, 400, 400, 2]
PAC_D_HIDDEN = [200, 200, 200]
PAC_PIECES, PAC_PACK, PAC_BATCH = 5, 2, 100
VEEGAN_G, VEEGAN_D = [128, 128], [128]
VEEGAN_NOISE, VEEGAN_EPS, VEEGAN_BATCH, GRID_DIM = 254, 1, 500, 2
UNROLLED_G, UNROLLED_D = [256, 128, 128, 2], [2, 128, 128, 1]
UNROLLED_STEPS, UNROLLED_BATCH = 5, 512
# specs/memorygan.hcl's MemoryGAN at paper scale (bench/workloads.go mg*)
MG_G, MG_D = [128, 128], [64, 128, 256]
MG_NOISE, MG_SLOTS, MG_DIM, MG_TOPK, MG_BATCH = 2, 4096, 256, 128, 64
MG_LAMBDA, MG_CLIP = 1e-2, 1e-3


def gmmn_flops(m, b, sizes):
    n = m + b
    d = sizes[-1]
    return mlp_flops(m, sizes) + 2.0 * n * n * d + 2.0 * m * n * d


def gan_d_flops(batch, input_grad, weight_grad=True):
    return dense_flops(batch, GAN_D_GEMM, input_grad, weight_grad)


def dense_flops(batch, gemms, input_grad, weight_grad=True):
    """GEMMs (in, out) on batch rows: forward, weight gradients if weight_grad,
    input gradients past the first layer (and of the first if input_grad)."""
    f = 0.0
    for i, (a, o) in enumerate(gemms):
        mm = 2.0 * batch * a * o
        f += mm
        if weight_grad:
            f += mm
        if i > 0 or input_grad:
            f += mm
    return f


def gan_flops(batch):
    # D step: G forward on the fakes, D forward+backward on real and fake.
    # G step: G forward+backward, D forward+backward with input gradient (D's
    # weight gradients are not needed and not counted).
    g_fwd = mlp_forward_flops(batch, GAN_G)
    d_step = g_fwd + gan_d_flops(2 * batch, input_grad=False)
    g_step = mlp_flops(batch, GAN_G) + gan_d_flops(batch, input_grad=True, weight_grad=False)
    return d_step + g_step


def gemms_of(sizes):
    return list(zip(sizes[:-1], sizes[1:]))


def pac_d_gemms(pack):
    """PacGAN D's GEMMs (bench/workloads.go pacDGEMMs): maxout layers on packs."""
    g, a = [], PAC_G[-1] * pack
    for h in PAC_D_HIDDEN:
        g.append((a, h * PAC_PIECES))
        a = h
    return g + [(a, 1)]


def pac_flops(batch, pack):
    """bench/workloads.go pacFlops: the D pass (G forward, D forward and weight
    gradients on real and fake packs) and the G pass (G forward and backward,
    D forward and input gradients on the fake packs)."""
    rows, dg = batch * pack, pac_d_gemms(pack)
    d = mlp_forward_flops(rows, PAC_G) + dense_flops(2 * batch, dg, False, True)
    g = mlp_flops(rows, PAC_G) + dense_flops(batch, dg, True, False)
    return d + g


def veegan_sizes():
    g = [VEEGAN_NOISE + VEEGAN_EPS] + VEEGAN_G + [GRID_DIM]
    f = [GRID_DIM] + VEEGAN_G + [VEEGAN_NOISE]
    d = [VEEGAN_NOISE + GRID_DIM] + VEEGAN_D + [1]
    return g, f, d


def veegan_flops(batch):
    """bench/workloads.go veeganFlops."""
    g, f, d = veegan_sizes()
    return (mlp_forward_flops(batch, g) + mlp_forward_flops(batch, f)
            + dense_flops(2 * batch, gemms_of(d), False, True)
            + mlp_flops(batch, g) + dense_flops(batch, gemms_of(d), True, False)
            + mlp_flops(batch, f, input_grad=True))


def unrolled_flops(batch, steps):
    """bench/workloads.go unrolledFlops (nominal: the second-order terms
    counted as twice each unrolled step's forward and backward)."""
    d = gemms_of(UNROLLED_D)
    return (mlp_forward_flops(batch, UNROLLED_G) + dense_flops(2 * batch, d, False, True)
            + mlp_flops(batch, UNROLLED_G) + float(3 * steps) * dense_flops(2 * batch, d, True, True)
            + dense_flops(2 * batch, d, True, False))


def parzen_flops(n_samples, n_points, d):
    return 2.0 * n_samples * n_points * d


# ---- models ----

def mlp(sizes, hidden, out):
    layers = []
    for i, (a, b) in enumerate(zip(sizes[:-1], sizes[1:])):
        layers.append(torch.nn.Linear(a, b))
        last = i == len(sizes) - 2
        if out is not None or not last:
            layers.append(out() if last else hidden())
    return torch.nn.Sequential(*layers)


class Sampler:
    """Minibatches as successive slices of seeded permutations (like models.sampler)."""

    def __init__(self, n, gen):
        self.n, self.gen, self.pos = n, gen, n
        self.perm = None

    def take(self, b):
        if self.pos + b > self.n:
            self.perm = torch.randperm(self.n, generator=self.gen)
            self.pos = 0
        idx = self.perm[self.pos:self.pos + b]
        self.pos += b
        return idx


def ae_workload(batch):
    def setup(gen):
        enc = mlp(AE_SIZES[:3], torch.nn.Sigmoid, torch.nn.Sigmoid)
        dec = mlp(AE_SIZES[2:], torch.nn.Sigmoid, None)  # logits; sigmoid folded into BCE
        params = list(enc.parameters()) + list(dec.parameters())
        opt = torch.optim.SGD(params, lr=0.1, momentum=0.9)
        data = torch.rand(5000, 784, generator=gen)
        s = Sampler(5000, gen)

        def step():
            x = data[s.take(batch)]
            # the paper's encoder dropout: 0.2 on pixels, 0.5 on the hidden layer
            h = F.dropout(x, 0.2, True)
            h = torch.sigmoid(enc[0](h))
            h = F.dropout(h, 0.5, True)
            z = torch.sigmoid(enc[2](h))
            logits = dec(z)
            loss = F.binary_cross_entropy_with_logits(logits, x, reduction="sum") / batch
            opt.zero_grad(set_to_none=True)
            loss.backward()
            opt.step()
            return loss

        return step

    return setup, mlp_flops(batch, AE_SIZES)


def mmd_loss(gen_x, data_x, sigmas):
    m, b = gen_x.shape[0], data_x.shape[0]
    x = torch.cat([gen_x, data_x], 0)
    sq = (x * x).sum(1)
    d2 = (sq[:, None] + sq[None, :] - 2.0 * (x @ x.t())).clamp_min(0)
    w = torch.cat([torch.full((m,), 1.0 / m, dtype=x.dtype), torch.full((b,), -1.0 / b, dtype=x.dtype)])
    total = 0.0
    for s in sigmas:
        k = torch.exp(d2 * (-1.0 / (2.0 * s)))
        total = total + w @ (k @ w)
    return torch.sqrt(total.clamp_min(0))


def gmmn_workload(sizes, sigmas):
    m = b = 1000

    def setup(gen):
        g = mlp(sizes, torch.nn.ReLU, torch.nn.Sigmoid)
        opt = torch.optim.SGD(g.parameters(), lr=2.0, momentum=0.9)
        data = torch.rand(5000, sizes[-1], generator=gen)
        s = Sampler(5000, gen)

        def step():
            z = torch.rand(m, sizes[0], generator=gen) * 2 - 1
            x = data[s.take(b)]
            loss = mmd_loss(g(z), x, sigmas)
            opt.zero_grad(set_to_none=True)
            loss.backward()
            opt.step()
            return loss

        return step

    return setup, gmmn_flops(m, b, sizes)


def maxout(a, units, pieces):
    """A maxout layer: a Linear with units*pieces outputs, max over each unit's pieces."""
    class Maxout(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.lin = torch.nn.Linear(a, units * pieces)

        def forward(self, x):
            return self.lin(x).view(-1, units, pieces).max(2).values

    return Maxout()


def gan_workload(batch):
    def setup(gen):
        G = mlp(GAN_G, torch.nn.ReLU, torch.nn.Sigmoid)
        D = torch.nn.Sequential(
            torch.nn.Dropout(0.2), maxout(784, 240, 5),
            torch.nn.Dropout(0.5), maxout(240, 240, 5),
            torch.nn.Dropout(0.5), torch.nn.Linear(240, 1))  # logit; sigmoid folded into BCE
        # lr 0.05 as on the Go side (bench/workloads.go: 0.1 diverges on
        # random data before the 1000-step heap check ends)
        optD = torch.optim.SGD(D.parameters(), lr=0.05, momentum=0.5)
        optG = torch.optim.SGD(G.parameters(), lr=0.05, momentum=0.5)
        data = torch.rand(5000, 784, generator=gen)
        s = Sampler(5000, gen)
        ones = torch.ones(batch, 1)
        zeros = torch.zeros(batch, 1)

        def step():
            # discriminator update
            x = data[s.take(batch)]
            with torch.no_grad():
                fake = G(torch.rand(batch, 100, generator=gen) * 2 - 1)
            out = D(torch.cat([x, fake], 0))
            lossD = F.binary_cross_entropy_with_logits(out, torch.cat([ones, zeros], 0))
            optD.zero_grad(set_to_none=True)
            lossD.backward()
            optD.step()
            # generator update, non-saturating loss -log D(G(z))
            for p in D.parameters():
                p.requires_grad_(False)
            out = D(G(torch.rand(batch, 100, generator=gen) * 2 - 1))
            lossG = F.binary_cross_entropy_with_logits(out, ones)
            optG.zero_grad(set_to_none=True)
            lossG.backward()
            optG.step()
            for p in D.parameters():
                p.requires_grad_(True)
            return lossD + lossG

        return step

    return setup, gan_flops(batch)


def dcgan_gemms(channels):
    """Per-image multiply-adds of the 28x28 DCGAN's GEMMs (bench/workloads.go dcganGEMMs)."""
    c = float(channels)
    g = [100.0 * 6272, 49.0 * 128 * 16 * 64, 196.0 * 64 * 16 * c]
    d = [196.0 * 16 * c * 64, 49.0 * 16 * 64 * 128, 6272.0]
    return g, d


def dcgan_flops(batch, channels):
    """Same formula and summation order as bench/workloads.go dcganFlops."""
    g, d = dcgan_gemms(channels)
    return conv_gan_flops(batch, g, d)


def conv_gan_flops(batch, g, d):
    """bench/workloads.go convGANFlops."""
    b = float(batch)
    f = 0.0
    for i, mm in enumerate(g):
        f += 2 * b * mm
        f += 2 * 2 * b * mm
        if i > 0:
            f += 2 * b * mm
    for i, mm in enumerate(d):
        f += 3 * 2 * 2 * b * mm
        if i == 0:
            f -= 2 * 2 * b * mm
        f += 2 * 2 * b * mm
    return f


def dcgan_workload(batch, channels):
    """specs/dcgan_mnist.hcl's DCGAN (models/dcgan.go): one D and one G update, Adam."""
    def setup(gen):
        bn = torch.nn.BatchNorm2d
        G = torch.nn.Sequential(
            torch.nn.Linear(100, 6272, bias=False), torch.nn.Unflatten(1, (128, 7, 7)), bn(128), torch.nn.ReLU(),
            torch.nn.ConvTranspose2d(128, 64, 4, 2, 1, bias=False), bn(64), torch.nn.ReLU(),
            torch.nn.ConvTranspose2d(64, channels, 4, 2, 1), torch.nn.Sigmoid())
        D = torch.nn.Sequential(
            torch.nn.Conv2d(channels, 64, 4, 2, 1), torch.nn.LeakyReLU(0.2),
            torch.nn.Conv2d(64, 128, 4, 2, 1, bias=False), bn(128), torch.nn.LeakyReLU(0.2),
            torch.nn.Flatten(), torch.nn.Linear(6272, 1))  # logit; sigmoid folded into BCE
        optD = torch.optim.Adam(D.parameters(), lr=2e-4, betas=(0.5, 0.999))
        optG = torch.optim.Adam(G.parameters(), lr=2e-4, betas=(0.5, 0.999))
        data = torch.rand(5000, channels, 28, 28, generator=gen)
        s = Sampler(5000, gen)
        ones = torch.ones(batch, 1)
        zeros = torch.zeros(batch, 1)

        def step():
            # discriminator update; real and fake halves are batch-normalised
            # separately, as on the Go side
            x = data[s.take(batch)]
            with torch.no_grad():
                fake = G(torch.randn(batch, 100, generator=gen))
            lossD = F.binary_cross_entropy_with_logits(D(x), ones) + \
                F.binary_cross_entropy_with_logits(D(fake), zeros)
            optD.zero_grad(set_to_none=True)
            lossD.backward()
            optD.step()
            # generator update, non-saturating loss
            for p in D.parameters():
                p.requires_grad_(False)
            lossG = F.binary_cross_entropy_with_logits(D(G(torch.randn(batch, 100, generator=gen))), ones)
            optG.zero_grad(set_to_none=True)
            lossG.backward()
            optG.step()
            for p in D.parameters():
                p.requires_grad_(True)
            return lossD + lossG

        return step

    return setup, dcgan_flops(batch, channels)


def memorygan_flops(batch):
    """bench/workloads.go memoryganFlops: memoryganGEMMs through conv_gan_flops,
    plus the memory's similarity GEMMs (6 batches of queries against every key)."""
    g = [(MG_NOISE + MG_DIM) * 49.0 * 128, 49.0 * 128 * 16 * 128, 196.0 * 128 * 16]
    d = [196.0 * 16 * 64, 49.0 * 16 * 64 * 128, 9.0 * 16 * 128 * 256, 2304.0 * MG_DIM]
    return conv_gan_flops(batch, g, d) + 2 * 6 * float(batch) * MG_SLOTS * MG_DIM


class MGMemory:
    """MemoryGAN's discriminative memory (models/memory): unit keys [N, M],
    values (1 real, 0 fake), ages and histogram weights h; kappa 1, beta 1e-8,
    alpha 0.5. read() is differentiable in the queries (the keys are state, as
    the authors' stop_gradient makes them); update() is one incremental EM step
    per query, or a write into the oldest slot when the query's nearest slot
    has the other label; where queries write one slot, the last one wins."""

    def __init__(self, keys, values, ages, hist, top_k, kappa=1.0, beta=1e-8, alpha=0.5):
        self.keys, self.values, self.ages, self.hist = keys, values, ages, hist
        self.k, self.kappa, self.beta, self.alpha = top_k, kappa, beta, alpha

    def read(self, v):
        """D's output for unnormalised queries v [n, M], and the unit queries."""
        qn = F.normalize(v, dim=1, eps=1e-6)
        sims = qn @ self.keys.T
        idx = (torch.log(self.hist + self.beta) + self.kappa * sims).topk(self.k, dim=1).indices
        return (self.posterior(sims, idx) * self.values[idx]).sum(1), qn

    def posterior(self, sims, idx):
        """The chosen slots' weights (alpha h + beta) exp(kappa q.K), normalised."""
        return torch.softmax(torch.log(self.alpha * self.hist + self.beta)[idx] +
                             self.kappa * sims.gather(1, idx), dim=1)

    def update(self, qn, label):
        n, N = qn.shape[0], self.keys.shape[0]
        sims = qn @ self.keys.T
        logsel = torch.log(self.hist + self.beta)
        reset = self.values[(logsel + self.kappa * sims).argmax(1)] != label
        other = (self.values != label).to(sims.dtype) * 2  # label-conditional choice
        idx = (logsel + self.kappa * (sims - other)).topk(self.k, dim=1).indices
        post = self.posterior(sims, idx)
        rq = torch.nonzero(reset).squeeze(1)
        oldest = torch.sort(self.ages, descending=True, stable=True).indices[:len(rq)]
        keep = ~reset
        qid = torch.arange(n)[:, None].expand(n, self.k)
        slots = torch.cat([idx[keep].reshape(-1), oldest])
        qs = torch.cat([qid[keep].reshape(-1), rq])
        ps = torch.cat([post[keep].reshape(-1), torch.ones(len(rq), dtype=post.dtype)])
        owner = torch.full((N,), -1, dtype=torch.long).scatter_reduce(0, slots, qs, "amax")
        win = owner[slots] == qs  # the pair that writes its slot
        slots, qs, ps = slots[win], qs[win], ps[win]
        rs = reset[qs]
        mean_h = self.hist.mean()
        h = torch.where(rs, mean_h, self.alpha * self.hist[slots] + 1)
        r = torch.where(rs, torch.ones_like(ps), ps / h)[:, None]
        self.keys[slots] = F.normalize(self.keys[slots] * (1 - r) + qn[qs] * r, dim=1)
        self.hist[slots] = h
        self.values[slots] = torch.where(rs, torch.full_like(h, label), self.values[slots])
        self.ages += 1
        self.ages[slots] = 0


def mg_d_loss(out_real, out_fake):
    """MemoryGAN's D loss: -log clip(D(x)) - log clip(1 - D(G(z))), batch means."""
    return -(torch.log(out_real.clamp(MG_CLIP, 1 - MG_CLIP)).mean() +
             torch.log((1 - out_fake).clamp(MG_CLIP, 1 - MG_CLIP)).mean())


def mg_g_loss(out_fake):
    """The authors' saturating G loss: log clip(1 - D(G(z))), batch mean."""
    return torch.log((1 - out_fake).clamp(MG_CLIP, 1 - MG_CLIP)).mean()


def memorygan_workload(batch):
    """specs/memorygan.hcl's MemoryGAN (models/gan/memorygan*.go): a D step and
    a G step, each followed by its memory update; Adam 2e-4 / 0.5."""
    def setup(gen):
        bn, lrelu = torch.nn.BatchNorm2d, lambda: torch.nn.LeakyReLU(0.2)
        G = torch.nn.Sequential(
            torch.nn.Linear(MG_NOISE + MG_DIM, 6272, bias=False), torch.nn.Unflatten(1, (128, 7, 7)), bn(128), torch.nn.ReLU(),
            torch.nn.ConvTranspose2d(128, 128, 4, 2, 1, bias=False), bn(128), torch.nn.ReLU(),
            torch.nn.ConvTranspose2d(128, 1, 4, 2, 1), torch.nn.Sigmoid())
        D = torch.nn.Sequential(
            torch.nn.Conv2d(1, 64, 4, 2, 1), lrelu(),
            torch.nn.Conv2d(64, 128, 4, 2, 1, bias=False), bn(128), lrelu(),
            torch.nn.Conv2d(128, 256, 4, 2, 1, bias=False), bn(256), lrelu(),
            torch.nn.Flatten(), torch.nn.Linear(2304, MG_DIM, bias=False), torch.nn.BatchNorm1d(MG_DIM))
        values = torch.zeros(MG_SLOTS)
        values[:MG_SLOTS // 2] = 1
        mem = MGMemory(torch.zeros(MG_SLOTS, MG_DIM), values, torch.zeros(MG_SLOTS),
                       torch.full((MG_SLOTS,), 1e-5), MG_TOPK)
        optD = torch.optim.Adam(D.parameters(), lr=2e-4, betas=(0.5, 0.999))
        optG = torch.optim.Adam(G.parameters(), lr=2e-4, betas=(0.5, 0.999))
        data = torch.rand(5000, 1, 28, 28, generator=gen)
        s = Sampler(5000, gen)

        def gen_input():
            z = torch.rand(batch, MG_NOISE, generator=gen) * 2 - 1
            kc = mem.keys[torch.multinomial(mem.hist * mem.values, batch, replacement=True, generator=gen)]
            return torch.cat([z, kc], 1), kc

        def step():
            x = data[s.take(batch)]
            with torch.no_grad():
                inp, kc = gen_input()
                fake = G(inp)
            vr, vf = D(x), D(fake)  # real and fake batch-normalised apart
            (outr, qr), (outf, qf) = mem.read(vr), mem.read(vf)
            lossD = mg_d_loss(outr, outf) + MG_LAMBDA * ((vf - kc) ** 2).mean()
            optD.zero_grad(set_to_none=True)
            lossD.backward()
            optD.step()
            with torch.no_grad():
                mem.update(qr.detach(), 1.0)
                mem.update(qf.detach(), 0.0)
                inp, kc = gen_input()
            for p in D.parameters():
                p.requires_grad_(False)
            v = D(G(inp))
            out, q = mem.read(v)
            lossG = mg_g_loss(out) + MG_LAMBDA * ((v - kc) ** 2).mean()
            optG.zero_grad(set_to_none=True)
            lossG.backward()
            optG.step()
            for p in D.parameters():
                p.requires_grad_(True)
            with torch.no_grad():
                mem.update(q.detach(), 0.0)
            return lossD + lossG

        return step

    return setup, memorygan_flops(batch)


CLASSIFIER_GEMMS = [784.0 * 25 * 16, 196.0 * 400 * 32, 1568.0 * 128, 128.0 * 10]


def classifier_flops(batch):
    """Same formula and summation order as bench/workloads.go classifierFlops."""
    f = 0.0
    for i, mm in enumerate(CLASSIFIER_GEMMS):
        passes = 2.0 if i == 0 else 3.0
        f += passes * 2 * float(batch) * mm
    return f


def classifier_workload(batch):
    """The specs' MNIST classifier (models/classifier): 5x5 convs 16 and 32 with
    ReLU and 2x2 max pooling, dense 128 ReLU, dropout 0.5, 10 logits, softmax
    cross-entropy, Adam 1e-3: one training step."""
    def setup(gen):
        net = torch.nn.Sequential(
            torch.nn.Conv2d(1, 16, 5, padding=2), torch.nn.ReLU(), torch.nn.MaxPool2d(2),
            torch.nn.Conv2d(16, 32, 5, padding=2), torch.nn.ReLU(), torch.nn.MaxPool2d(2),
            torch.nn.Flatten(), torch.nn.Linear(1568, 128), torch.nn.ReLU(),
            torch.nn.Dropout(0.5), torch.nn.Linear(128, 10))
        opt = torch.optim.Adam(net.parameters(), lr=1e-3)
        data = torch.rand(5000, 1, 28, 28, generator=gen)
        labels = torch.randint(0, 10, (5000,), generator=gen)
        s = Sampler(5000, gen)

        def step():
            idx = s.take(batch)
            loss = F.cross_entropy(net(data[idx]), labels[idx])
            opt.zero_grad(set_to_none=True)
            loss.backward()
            opt.step()
            return loss

        return step

    return setup, classifier_flops(batch)


def simultaneous_step(optD, dp, lossD, optG, gp, lossG):
    """Both players' gradients from one forward pass (the graph kept for the
    second), then both optimizer steps: the simultaneous update."""
    for params, grads in ((dp, torch.autograd.grad(lossD, dp, retain_graph=True)),
                          (gp, torch.autograd.grad(lossG, gp))):
        for p, g in zip(params, grads):
            p.grad = g
    optD.step()
    optG.step()


def pacgan_workload(batch, pack):
    """specs/mode_collapse_2d.hcl's PacGAN2 row (PacGAN's 2-D networks): G
    2 -> 400 x 4 (linear, batch norm, ReLU) -> 2, D maxout 200 x 5 three times
    on packs of `pack` samples, then a logit; weights N(0, 0.02); Adam 1e-4,
    beta1 0.8; non-saturating loss. Both players' gradients come from one
    forward pass at the same parameters, then both step (PacGAN's released
    code, ALI's update), which is how the spec's rows train."""
    def setup(gen):
        layers = []
        for a, b in zip(PAC_G[:-2], PAC_G[1:-1]):
            layers += [torch.nn.Linear(a, b), torch.nn.BatchNorm1d(b), torch.nn.ReLU()]
        G = torch.nn.Sequential(*layers, torch.nn.Linear(PAC_G[-2], PAC_G[-1]))
        d, a = [], PAC_G[-1] * pack
        for h in PAC_D_HIDDEN:
            d.append(maxout(a, h, PAC_PIECES))
            a = h
        D = torch.nn.Sequential(*d, torch.nn.Linear(a, 1))
        for net in (G, D):
            for mod in net.modules():
                if isinstance(mod, torch.nn.Linear):
                    torch.nn.init.normal_(mod.weight, 0.0, 0.02)
                    torch.nn.init.zeros_(mod.bias)
        optD = torch.optim.Adam(D.parameters(), lr=1e-4, betas=(0.8, 0.999))
        optG = torch.optim.Adam(G.parameters(), lr=1e-4, betas=(0.8, 0.999))
        dp, gp = list(D.parameters()), list(G.parameters())
        data = torch.rand(5000, PAC_G[-1], generator=gen)
        s = Sampler(5000, gen)
        ones = torch.ones(batch, 1)
        zeros = torch.zeros(batch, 1)

        def step():
            x = data[s.take(batch * pack)].view(batch, -1)
            fake = G(torch.randn(batch * pack, PAC_G[0], generator=gen)).view(batch, -1)
            vf = D(fake)
            lossD = F.binary_cross_entropy_with_logits(D(x), ones) + \
                F.binary_cross_entropy_with_logits(vf, zeros)
            lossG = F.binary_cross_entropy_with_logits(vf, ones)
            simultaneous_step(optD, dp, lossD, optG, gp, lossG)
            return lossD + lossG

        return step

    return setup, pac_flops(batch, pack)


def veegan_workload(batch):
    """specs/mode_collapse_2d.hcl's VEEGAN row (the authors' notebook): G
    [z | eps] -> 128 -> 128 -> x, reconstructor F x -> 128 -> 128 -> z, D
    [z | x] -> 128 -> logit, ReLU; Adam 1e-3, beta1 0.5. D tells (z, G(z, eps))
    from (F(x) + N(0, I), x); G and F minimise D's mean logit on their pairs
    plus mean ||z - F(G(z, eps))||^2 / 2; both players' gradients from one
    minibatch, then both step."""
    def setup(gen):
        gs, fs, ds = veegan_sizes()
        G = mlp(gs, torch.nn.ReLU, None)
        Fn = mlp(fs, torch.nn.ReLU, None)
        D = mlp(ds, torch.nn.ReLU, None)
        optD = torch.optim.Adam(D.parameters(), lr=1e-3, betas=(0.5, 0.999))
        gf = list(G.parameters()) + list(Fn.parameters())
        optG = torch.optim.Adam(gf, lr=1e-3, betas=(0.5, 0.999))
        dp = list(D.parameters())
        data = torch.rand(5000, GRID_DIM, generator=gen)
        s = Sampler(5000, gen)
        ones = torch.ones(batch, 1)
        zeros = torch.zeros(batch, 1)

        def step():
            x = data[s.take(batch)]
            z = torch.randn(batch, VEEGAN_NOISE, generator=gen)
            xg = G(torch.cat([z, torch.randn(batch, VEEGAN_EPS, generator=gen)], 1))
            with torch.no_grad():
                zq = Fn(x) + torch.randn(batch, VEEGAN_NOISE, generator=gen)
            vp = D(torch.cat([z, xg], 1))
            lossD = F.binary_cross_entropy_with_logits(vp, ones) + \
                F.binary_cross_entropy_with_logits(D(torch.cat([zq, x], 1)), zeros)
            lossG = vp.mean() + ((z - Fn(xg)) ** 2).sum(1).mean() / 2
            simultaneous_step(optD, dp, lossD, optG, gf, lossG)
            return lossD + lossG

        return step

    return setup, veegan_flops(batch)


def tanh_mlp(ws, x):
    """A functional MLP: ws = [W0, b0, W1, b1, ...] with W [in, out], tanh
    between layers, linear output."""
    h = x
    n = len(ws) // 2
    for i in range(n):
        h = h @ ws[2 * i] + ws[2 * i + 1]
        if i < n - 1:
            h = torch.tanh(h)
    return h


def unrolled_d_loss(ws, real, fake):
    """The minimax/non-saturating D loss: mean softplus(-D(real)) + mean softplus(D(fake))."""
    return F.softplus(-tanh_mlp(ws, real)).mean() + F.softplus(tanh_mlp(ws, fake)).mean()


def unroll_adam(ws, ms, vs, t0, real, fake, steps, lr, b1, b2, eps):
    """D's weights after `steps` Adam updates on (real, fake) from moments ms,
    vs and step count t0, kept in the autograd graph (create_graph) so that a
    loss on them differentiates through the updates."""
    for j in range(steps):
        t = t0 + j + 1
        gs = torch.autograd.grad(unrolled_d_loss(ws, real, fake), ws, create_graph=True)
        c1, c2 = 1 - b1 ** t, 1 - b2 ** t
        step, e = lr * math.sqrt(c2) / c1, eps * math.sqrt(c2)
        ms = [b1 * m + (1 - b1) * g for m, g in zip(ms, gs)]
        vs = [b2 * v + (1 - b2) * g * g for v, g in zip(vs, gs)]
        ws = [w - step * m / (torch.sqrt(v) + e) for w, m, v in zip(ws, ms, vs)]
    return ws


def unrolled_workload(batch, steps):
    """specs/mode_collapse_2d.hcl's unrolled GAN row (poolio/unrolled_gan's 2-D
    demo): G 256 -> 128 -> 128 (tanh) -> 2, D 2 -> 128 -> 128 (tanh) -> logit,
    orthogonal weights of gain 1.4, minimax loss, Adam D 1e-4 and G 1e-3 with
    beta1 0.5. One update: D's Adam step, then G's step on -L_D through
    `steps` unrolled Adam updates of D from its new weights and moments
    (create_graph, so G's gradient has the second-order terms)."""
    def setup(gen):
        def params(sizes):
            ps = []
            for a, b in zip(sizes[:-1], sizes[1:]):
                w = torch.empty(a, b)
                torch.nn.init.orthogonal_(w, gain=1.4)
                ps += [w.requires_grad_(), torch.zeros(b, requires_grad=True)]
            return ps

        gw, dw = params(UNROLLED_G), params(UNROLLED_D)
        optD = torch.optim.Adam(dw, lr=1e-4, betas=(0.5, 0.999))
        optG = torch.optim.Adam(gw, lr=1e-3, betas=(0.5, 0.999))
        data = torch.rand(5000, GRID_DIM, generator=gen)
        s = Sampler(5000, gen)

        def step():
            x = data[s.take(batch)]
            with torch.no_grad():
                fake = tanh_mlp(gw, torch.randn(batch, UNROLLED_G[0], generator=gen))
            lossD = unrolled_d_loss(dw, x, fake)
            optD.zero_grad(set_to_none=True)
            lossD.backward()
            optD.step()
            x = data[s.take(batch)]
            fake = tanh_mlp(gw, torch.randn(batch, UNROLLED_G[0], generator=gen))
            st = [optD.state[p] for p in dw]
            ws = unroll_adam([p.detach().requires_grad_() for p in dw],
                             [q["exp_avg"] for q in st], [q["exp_avg_sq"] for q in st],
                             int(st[0]["step"]), x, fake, steps, 1e-4, 0.5, 0.999, 1e-8)
            lossG = -unrolled_d_loss(ws, x, fake)
            optG.zero_grad(set_to_none=True)
            lossG.backward(inputs=gw)
            optG.step()
            return lossD + lossG

        return step

    return setup, unrolled_flops(batch, steps)


def parzen_workload(n_samples, n_points, d, sigma, block=500):
    def setup(gen):
        samples = torch.rand(n_samples, d, generator=gen)
        points = torch.rand(n_points, d, generator=gen)
        ssq = (samples * samples).sum(1)
        const = -torch.log(torch.tensor(float(n_samples), dtype=torch.float64)) \
            - d / 2 * torch.log(torch.tensor(2 * torch.pi * sigma * sigma, dtype=torch.float64))

        def step():
            with torch.no_grad():
                out = torch.empty(n_points, dtype=torch.float64)
                for lo in range(0, n_points, block):
                    x = points[lo:lo + block]
                    d2 = (x * x).sum(1)[:, None] + ssq[None, :] - 2.0 * (x @ samples.t())
                    e = d2.double() * (-1.0 / (2 * sigma * sigma))
                    out[lo:lo + block] = torch.logsumexp(e, 1) + const
                return out.mean()

        return step

    return setup, parzen_flops(n_samples, n_points, d)


def gemm_workload(m, k, n):
    def setup(gen):
        a = torch.rand(m, k, generator=gen)
        b = torch.rand(k, n, generator=gen)
        c = torch.empty(m, n)

        def step():
            torch.mm(a, b, out=c)
            return c[0, 0]

        return step

    return setup, 2.0 * m * k * n


WORKLOADS = [
    ("gemm", gemm_workload(1000, 1024, 1024)),
    ("ae_step_b1000", ae_workload(1000)),
    ("ae_step_b100", ae_workload(100)),
    ("gmmn_step", gmmn_workload(GMMN_PIXEL, PIXEL_SIGMAS)),
    ("gmmn_code_step", gmmn_workload(GMMN_CODE, [1.0])),
    ("gan_step", gan_workload(100)),
    ("dcgan_step", dcgan_workload(64, 1)),
    ("dcgan3_step", dcgan_workload(64, 3)),
    ("classifier_step", classifier_workload(64)),
    ("pacgan_step", pacgan_workload(PAC_BATCH, PAC_PACK)),
    ("veegan_step", veegan_workload(VEEGAN_BATCH)),
    ("unrolled_step", unrolled_workload(UNROLLED_BATCH, UNROLLED_STEPS)),
    ("memorygan_step", memorygan_workload(MG_BATCH)),
    ("parzen", parzen_workload(10000, 10000, 784, 0.17)),
]


def time_workload(step):
    """Warm up, then time K steps; K adapts so the timed part takes ~ARGS.seconds."""
    t0 = time.perf_counter()
    warm = 0
    while warm < 2 or (warm < 10 and time.perf_counter() - t0 < 0.3):
        float(step())
        warm += 1
    est = (time.perf_counter() - t0) / warm
    k = int(min(ARGS.max_steps, max(ARGS.min_steps, ARGS.seconds / max(est, 1e-9))))
    times = []
    for _ in range(k):
        t = time.perf_counter()
        float(step())  # float() forces the result, like the Go side's error return
        times.append(time.perf_counter() - t)
    return statistics.median(times), k


# ---- loss agreement (bench -agree) ----

ACTS = {"relu": lambda t: torch.relu(t), "sigmoid": lambda t: torch.sigmoid(t),
        "tanh": lambda t: torch.tanh(t), "linear": lambda t: t}


def load_arrays(d, spec, dtype):
    """The manifest's arrays as torch tensors (little-endian float32 files)."""
    out = {}
    for name, a in spec.items():
        with open(os.path.join(d, a["file"]), "rb") as f:
            buf = bytearray(f.read())
        t = torch.frombuffer(buf, dtype=torch.float32).reshape(a["shape"])
        out[name] = t.to(dtype)
    return out


def linear(x, a, name):
    """x W + b with ganpipe's W [in, out], through F.linear (nn.Linear's
    weight is [out, in])."""
    return F.linear(x, a[name + ".W"].t(), a[name + ".b"])


def agree_ae(m, a):
    """Fine-tuning BCE of the autoencoder: dropout masks on the encoder
    inputs, sigmoid units, mirrored decoder, sigmoid output folded into the BCE,
    summed over pixels and averaged over rows."""
    act = ACTS[m["activation"]]
    x = a["x"]
    h = x
    L = len(m["sizes"]) - 1
    for l in range(L):
        if "mask%d" % l in a:
            h = h * a["mask%d" % l]
        h = act(linear(h, a, "enc%d" % l))
    for j in range(L):
        h = linear(h, a, "dec%d" % j)
        if j < L - 1:
            h = act(h)
    loss = F.binary_cross_entropy_with_logits(h, x, reduction="sum") / x.shape[0]
    return {"ae_bce": loss}


def agree_gmmn(m, a):
    """sqrt-MMD loss of the generator's samples (ReLU hidden layers, sigmoid
    output) against the data: the benchmark peer's mmd_loss."""
    h = a["z"]
    L = len(m["sizes"]) - 1
    for l in range(L):
        h = linear(h, a, "l%d" % l)
        h = torch.relu(h) if l < L - 1 else ACTS[m["activation"]](h)
    return {m["cases"][0]: mmd_loss(h, a["data"], m["sigmas"])}


def agree_gan(m, a):
    """Non-saturating GAN: L_D = BCE(D(real), 1) + BCE(D(G(zD)), 0), each a
    mean over the batch, and L_G = BCE(D(G(zG)), 1); maxout discriminator with
    fixed dropout masks (input, then each hidden layer)."""
    def G(z):
        h = z
        L = len(m["sizes"]) - 1
        for l in range(L):
            h = linear(h, a, "g%d" % l)
            h = torch.relu(h) if l < L - 1 else torch.sigmoid(h)
        return h

    def D(x, prefix):
        h = x
        if prefix + "0" in a:
            h = h * a[prefix + "0"]
        for i, units in enumerate(m["d_hidden"]):
            h = linear(h, a, "d%d" % i).view(-1, units, m["pieces"]).max(2).values
            if "%s%d" % (prefix, i + 1) in a:
                h = h * a["%s%d" % (prefix, i + 1)]
        return linear(h, a, "dout")

    B = m["batch"]
    v = D(torch.cat([a["real"], G(a["zD"])], 0), "dmask")
    ones, zeros = torch.ones_like(v[:B]), torch.zeros_like(v[:B])
    d = F.binary_cross_entropy_with_logits(v[:B], ones) + F.binary_cross_entropy_with_logits(v[B:], zeros)
    v = D(G(a["zG"]), "gmask")
    g = F.binary_cross_entropy_with_logits(v, ones)
    return {"gan_d": d, "gan_g": g}


def nhwc_to_nchw(x, side, channels):
    """ganpipe's image rows (H, W, C flattened) as an NCHW batch."""
    return x.reshape(x.shape[0], side, side, channels).permute(0, 3, 1, 2)


def conv_weight(w, k, cin):
    """ganpipe's conv filter [k*k*cin, cout] (patch order ky, kx, c) as
    Conv2d's [cout, cin, k, k]."""
    return w.reshape(k, k, cin, -1).permute(3, 2, 0, 1)


def deconv_weight(w, k, cout):
    """ganpipe's transposed-conv matrix [cin, k*k*cout] (column order ky, kx,
    c) as ConvTranspose2d's [cin, cout, k, k]."""
    return w.reshape(w.shape[0], k, k, cout).permute(0, 3, 1, 2)


def agree_dcgan(m, a):
    """28x28 DCGAN (models/gan/dcgan.go): G = FC 100 -> 7x7x128, BN+ReLU,
    deconv 4x4/2 -> 64, BN+ReLU, deconv 4x4/2 -> C (+ bias), sigmoid; D = conv
    4x4/2 -> 64 (+ bias) LReLU 0.2, conv 4x4/2 -> 128, BN + LReLU 0.2, FC 1.
    Batch norm in training mode (biased batch variance, eps 1e-5); D sees the
    real and the fake halves apart (their own statistics), as ganpipe's
    grouped batch norm does."""
    C, B = m["channels"], m["batch"]
    eps = 1e-5

    def bn(h, pre):
        return F.batch_norm(h, None, None, a[pre + ".gamma"].reshape(-1), a[pre + ".beta"].reshape(-1),
                            training=True, eps=eps)

    def G(z):
        h = (z @ a["fc.W"]).reshape(z.shape[0], 7, 7, 128).permute(0, 3, 1, 2)
        h = torch.relu(bn(h, "bn0"))
        h = F.conv_transpose2d(h, deconv_weight(a["deconv0.W"], 4, 64), stride=2, padding=1)
        h = torch.relu(bn(h, "bn1"))
        h = F.conv_transpose2d(h, deconv_weight(a["deconv1.W"], 4, C), a["deconv1.b"].reshape(-1),
                               stride=2, padding=1)
        return torch.sigmoid(h)

    def D(x):
        h = F.leaky_relu(F.conv2d(x, conv_weight(a["d0.W"], 4, C), a["d0.b"].reshape(-1), stride=2, padding=1), 0.2)
        h = F.conv2d(h, conv_weight(a["d1.W"], 4, 64), stride=2, padding=1)
        h = F.leaky_relu(F.batch_norm(h, None, None, a["d2.W"].reshape(-1), a["d2.b"].reshape(-1),
                                      training=True, eps=eps), 0.2)
        h = h.permute(0, 2, 3, 1).reshape(h.shape[0], -1)
        return h @ a["dout.W"] + a["dout.b"].reshape(-1)

    real = nhwc_to_nchw(a["real"], 28, C)
    vr, vf = D(real), D(G(a["zD"]))
    d = F.binary_cross_entropy_with_logits(vr, torch.ones_like(vr)) + \
        F.binary_cross_entropy_with_logits(vf, torch.zeros_like(vf))
    v = D(G(a["zG"]))
    g = F.binary_cross_entropy_with_logits(v, torch.ones_like(v))
    name = "dcgan%d" % C
    return {name + "_d": d, name + "_g": g}


def agree_classifier(m, a):
    """The MNIST classifier (models/classifier): 5x5 convs (padding 2) with
    bias and ReLU, 2x2 max pooling, dense ReLU, the fixed dropout mask, logits,
    mean softmax cross-entropy against one-hot targets."""
    h = nhwc_to_nchw(a["x"], 28, 1)
    cin = 1
    for i, cout in enumerate(m["conv"]):
        h = F.conv2d(h, conv_weight(a["conv%d.W" % i], 5, cin), a["conv%d.b" % i].reshape(-1), padding=2)
        h = F.max_pool2d(torch.relu(h), 2)
        cin = cout
    h = h.permute(0, 2, 3, 1).reshape(h.shape[0], -1)
    h = torch.relu(linear(h, a, "fc")) * a["mask"]
    logits = linear(h, a, "out")
    return {"classifier_ce": F.cross_entropy(logits, a["y"].argmax(1))}


def agree_pacgan(m, a):
    """2-D PacGAN: G = (linear, batch norm in training mode over all the
    batch*pack samples, ReLU) per hidden layer, linear output; D = maxout
    layers on packs (pack consecutive samples' coordinates side by side),
    then a logit. L_D = BCE(D(real packs), 1) + BCE(D(G(zD) packs), 0),
    L_G = BCE(D(G(zG) packs), 1)."""
    sizes, pack = m["sizes"], m["pack"]

    def G(z):
        h = z
        L = len(sizes) - 1
        for l in range(L):
            h = linear(h, a, "g%d" % l)
            if l < L - 1:
                h = torch.relu(F.batch_norm(h, None, None, a["g%d.gamma" % l], a["g%d.beta" % l],
                                            training=True, eps=1e-5))
        return h

    def D(x):
        h = x.reshape(-1, pack * sizes[-1])
        for i, units in enumerate(m["d_hidden"]):
            h = linear(h, a, "d%d" % i).view(-1, units, m["pieces"]).max(2).values
        return linear(h, a, "dout")

    vr, vf = D(a["real"]), D(G(a["zD"]))
    d = F.binary_cross_entropy_with_logits(vr, torch.ones_like(vr)) + \
        F.binary_cross_entropy_with_logits(vf, torch.zeros_like(vf))
    v = D(G(a["zG"]))
    return {"pacgan_d": d, "pacgan_g": F.binary_cross_entropy_with_logits(v, torch.ones_like(v))}


def agree_veegan(m, a):
    """2-D VEEGAN (ReLU MLPs, linear outputs): D's sigmoid cross-entropy with
    label 1 on (z, G(z, eps)) and 0 on (F(x) + noise, x); G/F's loss: D's
    mean logit on (z, G(z, eps)) plus mean ||z - F(G(z, eps))||^2 / 2."""
    def net(h, prefix):
        n = sum(1 for k in a if k.startswith(prefix) and k.endswith(".W"))
        for l in range(n):
            h = linear(h, a, "%s%d" % (prefix, l))
            if l < n - 1:
                h = torch.relu(h)
        return h

    z, x = a["z"], a["real"]
    xg = net(torch.cat([z, a["eps"]], 1), "g")
    vp = net(torch.cat([z, xg], 1), "d")
    vq = net(torch.cat([net(x, "f") + a["qnoise"], x], 1), "d")
    d = F.binary_cross_entropy_with_logits(vp, torch.ones_like(vp)) + \
        F.binary_cross_entropy_with_logits(vq, torch.zeros_like(vq))
    g = vp.mean() + ((z - net(xg, "f")) ** 2).sum(1).mean() / 2
    return {"veegan_d": d, "veegan_g": g}


def agree_unrolled(m, a):
    """Unrolled GAN: L_D = mean softplus(-D(real)) + mean softplus(D(G(zD)));
    L_G = -L_D at D's weights after m["steps"] Adam updates (lr 1e-4, betas
    0.5/0.999, eps 1e-8, from zero moments and step 0) on (real, G(zG)).
    G: tanh hidden layers, linear output."""
    ng = len(m["sizes"]) - 1
    gw = sum(([a["g%d.W" % l], a["g%d.b" % l]] for l in range(ng)), [])
    nd = len(m["d_hidden"]) - 2
    dw = sum(([a["d%d.W" % l], a["d%d.b" % l]] for l in range(nd)), []) + [a["dout.W"], a["dout.b"]]
    real = a["real"]
    d = unrolled_d_loss(dw, real, tanh_mlp(gw, a["zD"]))
    with torch.enable_grad():
        fake = tanh_mlp(gw, a["zG"])
        ws = [w.clone().requires_grad_() for w in dw]
        zeros = [torch.zeros_like(w) for w in dw]
        ws = unroll_adam(ws, zeros, zeros, 0, real, fake, m["steps"], 1e-4, 0.5, 0.999, 1e-8)
        g = -unrolled_d_loss(ws, real, fake)
    return {"unrolled_d": d, "unrolled_g": g.detach()}


def agree_memorygan(m, a):
    """MemoryGAN (models/gan/memorygan*.go) on 28x28x1: G = FC [z, key] ->
    7x7xG0, BN+ReLU, deconv 4x4/2 -> G1, BN+ReLU, deconv 4x4/2 -> 1 (+ bias),
    sigmoid; D = conv 4x4/2 (+ bias) LReLU 0.2, then conv 4x4/2, BN + LReLU
    per further channel count, the NHWC-flattened maps -> query (no bias) ->
    BN. L_D on (real, G(genD)) (halves batch-normalised apart) + lambda MI,
    then the memory update with the real (1) and fake (0) queries, then L_G
    on G(genG) + lambda MI. MI: mean squared (query - the input's key)."""
    eps, gch, dch, z = 1e-5, m["g_channels"], m["conv"], m["noise"]
    keys = a["memory.keys"].clone()
    mem = MGMemory(keys, a["memory.values"].reshape(-1).clone(), a["memory.ages"].reshape(-1).clone(),
                   a["memory.hist"].reshape(-1).clone(), m["top_k"])

    def bn(h, g, b):
        return F.batch_norm(h, None, None, g.reshape(-1), b.reshape(-1), training=True, eps=eps)

    def G(inp):
        h = (inp @ a["fc.W"]).reshape(inp.shape[0], 7, 7, gch[0]).permute(0, 3, 1, 2)
        for i in range(len(gch)):
            cout = gch[i + 1] if i + 1 < len(gch) else 1
            h = torch.relu(bn(h, a["bn%d.gamma" % i], a["bn%d.beta" % i]))
            b = a["deconv%d.b" % i].reshape(-1) if i + 1 == len(gch) else None
            h = F.conv_transpose2d(h, deconv_weight(a["deconv%d.W" % i], 4, cout), b, stride=2, padding=1)
        return torch.sigmoid(h)

    def D(x):
        h = F.leaky_relu(F.conv2d(x, conv_weight(a["d0.W"], 4, 1), a["d0.b"].reshape(-1), stride=2, padding=1), 0.2)
        for i in range(1, len(dch)):
            h = F.conv2d(h, conv_weight(a["d%d.W" % i], 4, dch[i - 1]), stride=2, padding=1)
            bi = len(dch) + i - 1  # the batch norms follow the convolutions in D's tensors
            h = F.leaky_relu(bn(h, a["d%d.W" % bi], a["d%d.b" % bi]), 0.2)
        h = h.permute(0, 2, 3, 1).reshape(h.shape[0], -1)
        return bn(h @ a["query.W"], a["query_bn.W"], a["query_bn.b"])

    real = nhwc_to_nchw(a["real"], 28, 1)
    kD, kG = a["genD"][:, z:], a["genG"][:, z:]
    vr, vf = D(real), D(G(a["genD"]))
    (outr, qr), (outf, qf) = mem.read(vr), mem.read(vf)
    d = mg_d_loss(outr, outf) + MG_LAMBDA * ((vf - kD) ** 2).mean()
    mem.update(qr, 1.0)
    mem.update(qf, 0.0)
    v = D(G(a["genG"]))
    g = mg_g_loss(mem.read(v)[0]) + MG_LAMBDA * ((v - kG) ** 2).mean()
    return {"memorygan_d": d, "memorygan_g": g}


def agree(d):
    with open(os.path.join(d, "manifest.json")) as f:
        man = json.load(f)
    fns = {"ae": agree_ae, "gmmn": agree_gmmn, "gan": agree_gan,
           "dcgan": agree_dcgan, "classifier": agree_classifier,
           "pacgan": agree_pacgan, "veegan": agree_veegan, "unrolled": agree_unrolled,
           "memorygan": agree_memorygan}
    out = {}
    for m in man["models"]:
        res = {}
        for dtype, key in ((torch.float32, "float32"), (torch.float64, "float64")):
            with torch.no_grad():
                for case, v in fns[m["kind"]](m, load_arrays(d, m["arrays"], dtype)).items():
                    res.setdefault(case, {})[key] = float(v)
        out.update(res)
    json.dump(out, sys.stdout, indent=1)
    print()


def main():
    if ARGS.list:
        print("\n".join(n for n, _ in WORKLOADS))
        return
    if ARGS.flops:
        json.dump({n: f for n, (_, f) in WORKLOADS}, sys.stdout)
        print()
        return
    torch.set_num_threads(ARGS.threads)
    torch.set_num_interop_threads(1)
    if ARGS.agree:
        log(f"torch {torch.__version__}: losses on {ARGS.agree}")
        agree(ARGS.agree)
        return
    libs, ob_threads, core = blas_report()
    log(f"torch {torch.__version__}, threads {torch.get_num_threads()}, "
        f"openblas threads {ob_threads}, {core} kernels")
    log("BLAS/allocator libraries mapped: " + (", ".join(libs) or "none found"))
    if not any("openblas" in l or "mkl" in l for l in libs):
        log("warning: no OpenBLAS/MKL mapped; torch is probably on the reference BLAS "
            "(install libopenblas0-openmp or libopenblas0-pthread)")
    pat = re.compile(ARGS.run)
    results = []
    for name, (setup, flops) in WORKLOADS:
        if not pat.search(name):
            continue
        gen = torch.Generator().manual_seed(ARGS.seed)
        torch.manual_seed(ARGS.seed)
        step = setup(gen)
        med, k = time_workload(step)
        log(f"{name}: {med * 1e3:.2f} ms/step (median of {k})")
        results.append({"name": name, "ms_per_step": med * 1e3,
                        "gflops_per_s": flops / med / 1e9, "flops": flops, "steps": k})
        del step
    json.dump(results, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
