// Package specs is ganpipe's spec language: it decodes an HCL pipeline spec into
// typed stage instances and reports every problem as an hcl.Diagnostic with a
// source range. It knows nothing of gorgonia, caches or Arrow: stage kinds
// describe their own bodies through the Kind interface.
package specs
