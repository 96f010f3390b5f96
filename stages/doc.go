// Package stages holds ganpipe's stage kinds, one file each. A kind owns the
// schema of its spec body, declares its outputs and version, and joins the
// leaf libraries (datasets, models, metrics, reports) to the pipeline: it
// reads input artifacts, calls the library, writes output artifacts.
package stages
