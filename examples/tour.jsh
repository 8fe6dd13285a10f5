// The statlearn tour: ./jshell.sh examples/tour.jsh
// Each section is a fragment under examples/tour/, runnable on its own after the startup imports.
/open examples/tour/10-core.jsh
/exit
