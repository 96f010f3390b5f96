// Package models is the map of the models ganpipe trains; the code lives in its
// subpackages, each a plain library that knows nothing of specs, caches or
// stages. Each package's doc maps its own files; this is where to look first:
//
//	models/nn          what every model is built from
//	  nn.go            Activation, Init, Layer, Params, Observer
//	  net.go           GraphNet (the graph, its tape Machine, ParamData and
//	                   GradData), the minibatch Sampler, dropout masks
//	  ops.go           OpBase, the base every custom op embeds once (name,
//	                   signature, hash), with GradOnly, SameShape and
//	                   ScalarShape; bias+activation, mask, sigmoid BCE, ApplyLoss
//	  matmul.go        the matrix product (OpenBLAS, gradient pairs)
//	  convops.go       im2col/col2im, reshape, max pooling, maxout, softmax CE
//	  concat.go        Concat, [a; b] and [a b] (G.Concat's gradient is wrong
//	                   when both parts have a multiple of 256 rows/columns)
//	  optim.go         Optimizer, the one optimizer (SGD schedules, decay,
//	                   momentum ramps, Adam, RMSProp, clipping); OptState.Step
//	  sgd.go           the SGD momentum update
//	  adam.go          the Adam update (adamStep) and the RMSProp update
//	  loop.go          Loop, the one training loop (NaN guard, observer, best
//	                   iterate, checkpoint/resume)
//	  best.go          BestIterate; checkpoint.go the loop-state encoding
//	models/ae          the stacked denoising autoencoder (pretraining,
//	                   fine-tuning, codes) of Li, Swersky & Zemel (2015)
//	models/gmmn        the generative moment matching network (gmmn.go) and
//	                   its MMD loss, gradient and ops (mmd.go)
//	models/gan         the GAN family
//	  gan.go           GANConfig, the model, its D and G graphs
//	  train.go         the trainer: critic and generator updates on nn.Loop
//	  loss.go          the losses (minimax, non-saturating, f-GAN, WGAN)
//	                   and the WGAN-GP gradient penalty (buildGP,
//	                   penalty)
//	  ops.go           spectral norm, minibatch discrimination, feature
//	                   matching, leaky ReLU, row stacking
//	  cond.go          conditional GAN and InfoGAN heads
//	  dcgan.go         DCGAN G and D; dcgan_ops.go its batch norm
//	  memorygan.go     MemoryGAN on models/memory; memorygan_train.go its
//	                   graphs, losses and training
//	  veegan.go        VEEGAN; pack.go PacGAN's packing
//	  init.go          the MLP weight initializers besides uniform (normal,
//	                   orthogonal)
//	  unrolled.go      unrolled GAN: G's loss through k written-out D
//	                   updates (second order)
//	models/classifier  the MNIST classifier the metrics use (FID, IS, modes)
//	models/memory      MemoryGAN's memory (plain Go, no graph)
//	models/nn/nntest   helpers for the models' tests
//	internal/f32       the float32 kernels (kernels.go, bn.go) and their AVX2
//	                   assembly (*_amd64.s)
//
// So "where is the WGAN-GP penalty": models/gan/loss.go; "where is the Adam
// update": models/nn/adam.go (adamStep), called from OptState.Step in
// models/nn/optim.go.
//
// The tests here are the ones that span models: determinism, the Params /
// From round trip, and the fingerprint
//
//	go test -tags fingerprint -run Fingerprint -v ./models/... | grep fingerprint
//
// which prints a hash of what each trainer produces from a fixed seed (run it
// before and after a change to know whether any output bits moved).
package models
