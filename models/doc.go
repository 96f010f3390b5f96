// Package models is the map of the models ganpipe trains; the code lives in its
// subpackages, each a plain library that knows nothing of specs, caches or
// stages:
//
//	models/nn          the graph network every model is built from: layers,
//	                   custom gorgonia ops, losses, optimizers (SGD schedules,
//	                   momentum ramps, Adam, RMSProp), the training loop and
//	                   checkpoint encoding
//	models/ae          the stacked denoising autoencoder (pretraining,
//	                   fine-tuning, codes) of Li, Swersky & Zemel (2015)
//	models/gmmn        the generative moment matching network and its MMD loss
//	models/gan         the GAN family: losses (the WGAN-GP penalty in loss.go),
//	                   tricks, conditional GAN and InfoGAN, DCGAN, checkpoints
//	models/classifier  the MNIST classifier the metrics use (FID, IS, modes)
//	models/memory      MemoryGAN's memory
//	models/nn/nntest   helpers for the models' tests
//	internal/f32       the float32 kernels and their AVX2 assembly
//
// The tests here are the ones that span models: determinism, the Params /
// From round trip, and the fingerprint
//
//	go test -tags fingerprint -run Fingerprint -v ./models/... | grep fingerprint
//
// which prints a hash of what each trainer produces from a fixed seed (run it
// before and after a change to know whether any output bits moved).
package models
