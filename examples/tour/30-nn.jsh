// ---- nn: a multilayer perceptron on the digits, trained by backpropagation, then pruned and quantized ----
System.out.println("\n== nn: MLP on digits (1797 x 64, 10 classes) ==");
var digits = Datasets.digits();
var perm = Randomness.permutation(digits.size(), Randomness.seeded(42));
var trainRows = java.util.Arrays.copyOfRange(perm, 0, 1350);
var testRows = java.util.Arrays.copyOfRange(perm, 1350, perm.length);
// pixel values are 0..16: scale them to [0, 1]
var xTrain = java.util.Arrays.stream(digits.select(trainRows).features()).map(r -> java.util.Arrays.stream(r).map(v -> v / 16).toArray()).toArray(double[][]::new);
var yTrain = digits.select(trainRows).labels();
var xTest = java.util.Arrays.stream(digits.select(testRows).features()).map(r -> java.util.Arrays.stream(r).map(v -> v / 16).toArray()).toArray(double[][]::new);
var yTest = digits.select(testRows).labels();

var net = Mlp.builder(64).hidden(128, Activation.RELU).output(10, Output.SOFTMAX).seed(7).build();
System.out.println(net);
// console progress display (off by default): one line per epoch
var result = Trainer.withDefaults().
        withOptimizer(Optimizer.sgd(0.05).withMomentum(0.9)).withSchedule(Schedule.cosine(0.0)).
        withEpochs(15).withBatchSize(64).withSeed(1).
        withProgress(System.out).
        fit(net, xTrain, yTrain, xTest, yTest);
var mlp = result.model();
System.out.println("loss per epoch: " + java.util.Arrays.toString(
        java.util.Arrays.stream(result.history().trainLoss()).map(v -> Math.round(v * 1e4) / 1e4).toArray()));
int[] predicted = mlp.predict(xTest);
int correct = 0;
for (int i = 0; i < yTest.length; i++) if (predicted[i] == yTest[i]) correct++;
System.out.printf("test accuracy %.4f on %d held-out digits%n", (double) correct / yTest.length, yTest.length);

// Gradient check: backpropagation against central finite differences (two forward passes per parameter,
// so a small 64-16-10 network on 5 rows; the check is the same for any size)
var small = Mlp.builder(64).hidden(16, Activation.RELU).output(10, Output.SOFTMAX).seed(3).build();
System.out.println("gradient check (5 rows): " + GradientCheck.of(small, java.util.Arrays.copyOf(xTest, 5),
        java.util.Arrays.copyOf(yTest, 5)));

// Models that leave the training process: safe file, pruned and int8 models
var file = java.nio.file.Files.createTempFile("digits", ".slnn");
mlp.save(file);
System.out.println("saved " + java.nio.file.Files.size(file) + " bytes; reloaded equal: " + Mlp.load(file).equals(mlp));
java.nio.file.Files.delete(file);
System.out.println("pruned 70%: " + Comparison.of(mlp, PrunedMlp.of(mlp, 0.7), xTest, yTest));
System.out.println("int8:       " + Comparison.of(mlp, QuantizedMlp.int8(mlp), xTest, yTest));
