// Package pipeline turns a decoded spec into work: the dependency graph of
// stage instances, their cache keys, the plan (what is cached, what must run
// and why) and the executors that run stages and commit their outputs to the
// cache. Stage kinds plug in through the Kind interface; the package knows
// nothing of models or data sets.
package pipeline
