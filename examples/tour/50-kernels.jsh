// ---- kernels: the internal hot-loop layer under nn / stats / eval (scalar or Vector API) ----
// extra import (internal package, not public API):
import dev.statlearn.core.internal.kernel.Kernels;
System.out.println("\n== kernels: which path runs the hot loops ==");
// Vector API path: start the JVM with --add-modules jdk.incubator.vector
// (jshell: -R--add-modules -Rjdk.incubator.vector); -Dstatlearn.kernels=scalar forces scalar.
System.out.println(Kernels.description());
double[] kernA = {1, 2, 3, 4, 5, 6};       // 2 x 3, row-major
double[] kernB = {7, 8, 9, 10, 11, 12};    // 3 x 2
double[] kernC = Kernels.mult(2, 2, 3, kernA, 0, kernB, 0, null, 0);
System.out.println("[[1 2 3] [4 5 6]] x [[7 8] [9 10] [11 12]] = " + java.util.Arrays.toString(kernC)
        + "  (row-major 2 x 2; exact: [58, 64, 139, 154])");
double[] kernP = {0.1, 0.2, 0.3, 0.4};
double[] kernQ = {0.25, 0.25, 0.25, 0.25};
System.out.printf("softmax of [1 2 3] = %s; KL(p || uniform) = %.6f nats%n",
        java.util.Arrays.stream(Kernels.softmaxRows(1, 3, new double[] {1, 2, 3}, 0, null, 0)).mapToObj(v -> String.format("%.4f", v)).toList(),
        Kernels.sumRelEntr(4, kernP, 0, kernQ, 0));
