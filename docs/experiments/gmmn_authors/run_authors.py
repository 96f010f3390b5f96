#!/usr/bin/python3
"""Runs the GMMN authors' own pixel-space training on this CPU.

Why: ganpipe's pixel GMMN scores about 172 nats against the paper's 147 +- 2
(README, "GMMN on MNIST pixels"). This runs the authors' released code,
train.py's `mnist_mmd_input_space`, with their classes (core/generative.py,
pynn, pyopt) and their Parzen evaluation (eval_mmd_generative_model.py
kde_eval_mnist), to see what their code gives under the same protocol.

Set up with setup.sh (lib2to3 only). Then:

    run_authors.py AUTHORS_DIR MNIST_DIR OUT_DIR MAX_ITERS EVAL_ITERS [NP_SEED [GNP_SEED]]

NP_SEED (default 1) orders the minibatches; GNP_SEED (default 8, their
script's) draws the initial weights and the noise.

EVAL_ITERS: comma-separated iterations at which the current iterate is
scored (their kde_eval_mnist: 10k samples, bandwidth from arange(0.1, 0.3,
0.01) on the 5k validation images, then the 10k test images). Their script
scores only the last iterate; scoring on the way saves and restores the
sample RNG, so the training run is the one the script alone would make.

The body below is train.py's mnist_mmd_input_space line for line, with
max_iters and the checkpoint function as arguments. Changed, and why:
- gnumpy (CUDA) is replaced by gnumpy.py: numpy float32 arrays on the CPU,
  the same precision as the GPU arrays;
- the data: their dataio/mnist.py reads a pickle of pixels in [0, 1]; here
  the IDX files / 255, split as their load_data does (np.random.seed(0)
  permutation, first 5000 validation);
- three monkeypatches, below: two for Python 3's `/` on ints, one for speed.
"""
import gzip
import json
import math
import os
import sys
import time

authors_dir, mnist_dir, out_dir = sys.argv[1], sys.argv[2], sys.argv[3]
max_iters = int(sys.argv[4])
eval_iters = {int(x) for x in sys.argv[5].split(",") if x}
np_seed = int(sys.argv[6]) if len(sys.argv) > 6 else 1
gnp_seed = int(sys.argv[7]) if len(sys.argv) > 7 else 8
sys.path[:0] = [authors_dir, os.path.join(authors_dir, "gmmn")]

import numpy as np  # noqa: E402
import gnumpy as gnp  # noqa: E402  (the shim, copied there by setup.sh)
import pynn.layer as ly  # noqa: E402
import pynn.loss as ls  # noqa: E402
import core.generative as gen  # noqa: E402
import eval_mmd_generative_model as ev  # noqa: E402


# --- monkeypatches -----------------------------------------------------------

def _gaussian_loss_and_grad(self, pred, compute_grad=False):
    """GaussianKernelMmdLoss.compute_not_weighted_loss_and_grad, same value and
    gradient. Theirs computes, for each of the six scales, the gradient of all
    n_pred + n_target rows, 2/sigma (A X - X a), and returns the first n_pred
    rows. Here the scales are summed first and only the returned rows are
    computed: one (n_pred x N)(N x d) product instead of six (N x N)(N x d).
    Checked against their formula in check_patch() (float32 rounding apart)."""
    pred = gen.util.to_garray(pred)
    n_pred = pred.shape[0]
    W = self._make_s_mat(n_pred, self.n_target)
    X = gnp.concatenate((pred, self.target), axis=0)
    XX = X.dot(X.T)
    x = XX.diag()
    prod_mat = XX - 0.5 * x - 0.5 * x[:, gnp.newaxis]
    ww = W.dot(W.T)
    loss = 0
    B = None
    for i in range(self.n_scales):
        A = self.scale_weight[i] * ww * gnp.exp(1.0 / self.sigma[i] * prod_mat)
        loss += A.sum()
        Ap = 2.0 / self.sigma[i] * A[:n_pred]
        B = Ap if B is None else B + Ap
    grad = B.dot(X) - X[:n_pred] * B.sum(axis=1)[:, gnp.newaxis]
    return loss, grad


def _generate_samples(self, z=None, n_samples=100, sample_batch_size=1000):
    """StochasticGenerativeNet.generate_samples with // for the batch count
    (Python 2's int / int)."""
    if z is not None:
        return self.forward_prop(z, add_noise=False, compute_loss=False)
    samples = gnp.zeros((n_samples, self.out_dim))
    n_batches = (n_samples + sample_batch_size - 1) // sample_batch_size
    for i_batch in range(n_batches):
        i_start = i_batch * sample_batch_size
        i_end = (i_start + sample_batch_size) if i_batch + 1 < n_batches else n_samples
        z = self.sample_hiddens(i_end - i_start)
        samples[i_start:i_end] = self.forward_prop(z, add_noise=False, compute_loss=False)
    return samples


def _kde_log_likelihood(self, data, batch_size=1000):
    """eval_mmd_generative_model.KDE.log_likelihood with // for the batch count."""
    n_cases = data.shape[0]
    if n_cases <= batch_size:
        return self._log_likelihood(data)
    n_batches = (n_cases + batch_size - 1) // batch_size
    log_like = np.zeros(n_cases, dtype=float)
    for i_batch in range(n_batches):
        i_start = i_batch * batch_size
        i_end = n_cases if (i_batch + 1 == n_batches) else (i_start + batch_size)
        log_like[i_start:i_end] = self._log_likelihood(data[i_start:i_end])
    return log_like


def check_patch():
    """The loss patch against their formula, on small random inputs."""
    rng = np.random.RandomState(0)
    loss = gen.SqrtGaussianKernelMmdLoss(sigma=[2, 5, 10], scale_weight=[1, 1, 1])
    t, p = rng.rand(30, 8), rng.rand(20, 8)
    loss.load_target(t)
    orig = gen.GaussianKernelMmdLoss.compute_not_weighted_loss_and_grad
    gen.GaussianKernelMmdLoss.compute_not_weighted_loss_and_grad = _gaussian_loss_and_grad
    l1, g1 = loss.compute_not_weighted_loss_and_grad(p)
    gen.GaussianKernelMmdLoss.compute_not_weighted_loss_and_grad = orig
    l0, g0 = loss.compute_not_weighted_loss_and_grad(p)
    # float32 arrays: 1e-5 relative on the value, 1e-5 absolute on gradients of size ~0.03
    assert abs(l1 - l0) <= 1e-5 * abs(l0) and float(np.abs(g1 - g0).max()) <= 1e-5, (l0, l1)


check_patch()
gen.GaussianKernelMmdLoss.compute_not_weighted_loss_and_grad = _gaussian_loss_and_grad
gen.StochasticGenerativeNet.generate_samples = _generate_samples
ev.KDE.log_likelihood = _kde_log_likelihood


# --- data: their dataio/mnist.py load_data ------------------------------------

def read_idx(path):
    with gzip.open(path, "rb") as f:
        raw = f.read()
    n = int.from_bytes(raw[4:8], "big")
    return np.frombuffer(raw, np.uint8, offset=16).reshape(n, 784).astype(np.float32) / 255


x_train = read_idx(os.path.join(mnist_dir, "train-images-idx3-ubyte.gz"))
x_test = read_idx(os.path.join(mnist_dir, "t10k-images-idx3-ubyte.gz"))
np.random.seed(0)
idx = np.random.permutation(x_train.shape[0])
x_val, x_train = x_train[idx[:5000]], x_train[idx[5000:]]
# Their minibatch order comes from numpy's global RNG, which their script
# leaves unseeded; seeded here so a run can be repeated.
np.random.seed(np_seed)

# --- train.py mnist_mmd_input_space --------------------------------------------

n_hids = [10, 64, 256, 256, 1024]
sigma = [2, 5, 10, 20, 40, 80]
learn_rate, momentum = 2, 0.9
gnp.seed_rand(gnp_seed)
net = gen.StochasticGenerativeNet(n_hids[0], x_train.shape[1])
for i in range(1, len(n_hids)):
    net.add_layer(n_hids[i], nonlin_type=ly.NONLIN_NAME_RELU, dropout=0)
net.add_layer(0, nonlin_type=ly.NONLIN_NAME_SIGMOID, dropout=0)
net.set_loss(ls.LOSS_NAME_MMDGEN, loss_after_nonlin=True, sigma=80, loss_weight=1000)
mmd_learner = gen.StochasticGenerativeNetLearner(net)
mmd_learner.load_data(x_train)
mmd_learner.set_output_dir(out_dir)
net.set_loss(ls.LOSS_NAME_MMDGEN_SQRT_GAUSSIAN, loss_after_nonlin=True, sigma=sigma,
             scale_weight=[1, 1, 1, 1, 1, 1], loss_weight=1000)
print(net.loss, flush=True)

log = open(os.path.join(out_dir, "parzen.jsonl"), "a")
t0 = time.time()


def f_checkpoint(i_iter, w):
    if i_iter not in eval_iters:
        return
    state = gnp._rng.get_state()
    net.set_param_from_vec(w)
    te = time.time()
    lp, se, s = ev.kde_eval_mnist(net, x_val, verbose=False)
    tlp, tse, _ = ev.kde_eval_mnist(net, x_test, sigma_range=[s], verbose=False)
    r = dict(iter=i_iter, valid=float(lp), sigma=round(float(s), 2), test=float(tlp), se=float(tse),
             parzen_s=round(time.time() - te, 1), elapsed_s=round(time.time() - t0, 1))
    print("PARZEN " + json.dumps(r), flush=True)
    log.write(json.dumps(r) + "\n")
    log.flush()
    gnp._rng.set_state(state)


with np.errstate(over="ignore"):  # sigmoid of very negative inputs: exp overflows to inf, 1/(1+inf) = 0
    mmd_learner.train_sgd(minibatch_size=1000, n_samples_per_update=1000, n_sample_update_iters=1,
                          learn_rate=learn_rate, momentum=momentum, weight_decay=0,
                          learn_rate_schedule={10000: learn_rate / 10.0},
                          momentum_schedule={10000: 1 - (1 - momentum) / 10.0},
                          learn_rate_drop_iters=0, decrease_type="linear", adagrad_start_iter=0,
                          max_iters=max_iters, iprint=100, i_exe=1000, f_exe=f_checkpoint)
