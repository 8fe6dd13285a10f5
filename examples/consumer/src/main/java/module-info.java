/** The consumer as a named module: statlearn's jars are automatic modules on its module path. */
module example.consumer {
    requires dev.statlearn.core;
    requires dev.statlearn.stats;
    requires dev.statlearn.nn;
    requires dev.statlearn.eval;
}
