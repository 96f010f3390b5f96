// Package reports renders results for people: Markdown and CSV tables that
// put our numbers beside the papers', PNG grids of generated images (and of
// samples beside their nearest training images), and loss curves and 2-D
// scatter plots drawn with gonum/plot.
//
// It is a leaf library over plain values; everything it writes is
// deterministic (fixed ordering and formatting), so reports can be diffed
// and cached.
package reports
