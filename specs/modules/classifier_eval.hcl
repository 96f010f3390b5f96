# Classifier-based evaluation of a generator's samples: FID, inception-style
# score and precision/recall, all on the features of one trained MNIST
# classifier (a classifier_train model). Called by gan_mnist, gan_zoo,
# dcgan_mnist and cgan_mnist:
#
#   module "eval" {
#     source     = "./modules/classifier_eval.hcl"
#     classifier = stage.clf.model
#     samples    = stage.gan.samples
#     data       = dataset.data.test
#   }
#
# and read as module.eval.fid, module.eval.is, ... The stages key as they
# would written in the calling spec (stage.fid, stage.is, stage.pr), so
# moving them here changed no cache key.

variable "classifier" {
  description = "the classifier_train model whose features and softmax the metrics use"
}

variable "samples" {
  description = "the generator's samples"
}

variable "data" {
  description = "the real images FID and precision/recall compare the samples with (the test split)"
}

variable "k" {
  type        = number
  default     = 3
  description = "precision/recall's nearest-neighbour k"
}

variable "snapshot" {
  type        = number
  default     = null
  description = "score the block of prefix_samples drawn after this generator update (samples: a gan_train's prefix_samples); null: all the rows of samples"
}

stage "fid" "fid" {
  classifier = var.classifier
  samples    = var.samples
  data       = var.data
  snapshot   = var.snapshot
}

stage "inception_score" "is" {
  classifier = var.classifier
  samples    = var.samples
  snapshot   = var.snapshot
}

stage "precision_recall" "pr" {
  classifier = var.classifier
  samples    = var.samples
  data       = var.data
  k          = var.k
  snapshot   = var.snapshot
}

output "fid" {
  value       = stage.fid.fid
  description = "Fréchet distance between the samples' and the data's classifier features"
}

output "is" {
  value = stage.is.is
}

output "is_std" {
  value = stage.is.is_std
}

output "precision" {
  value = stage.pr.precision
}

output "recall" {
  value = stage.pr.recall
}
