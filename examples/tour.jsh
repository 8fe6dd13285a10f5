// The statlearn tour: ./jshell.sh examples/tour.jsh
// Each section is a fragment under examples/tour/, run in order after the startup imports.
// CI runs this same file through the JShell API (plot's TourTest), so the tour stays true.
/open examples/tour/10-core.jsh
/open examples/tour/20-stats.jsh
/open examples/tour/22-bayes.jsh
/open examples/tour/24-montecarlo.jsh
/open examples/tour/30-nn.jsh
/open examples/tour/40-eval-metrics.jsh
/open examples/tour/42-eval-protocols.jsh
/open examples/tour/50-kernels.jsh
/exit
