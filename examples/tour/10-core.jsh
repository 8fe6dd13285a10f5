// ---- core: bundled real datasets, fit-on-train preprocessing ------------------------------
System.out.println("== core: datasets and preprocessing ==");
Dataset iris = Datasets.iris();
Dataset wine = Datasets.wine();
Dataset cancer = Datasets.breastCancer();
Dataset digits = Datasets.digits();
Dataset diabetes = Datasets.diabetes();
for (Dataset d : List.of(iris, wine, cancer, digits, diabetes)) System.out.println(d);
System.out.println("digits, 0 vs rest: " + digits.oneVsRest(0));

// Fit a scaler on a training part only, then apply it unchanged to the rest (no leakage).
int[] perm = Randomness.permutation(wine.size(), Randomness.seeded(42));
Dataset wineTrain = wine.select(Arrays.copyOfRange(perm, 0, 120));
Dataset wineTest = wine.select(Arrays.copyOfRange(perm, 120, wine.size()));
StandardScaler scaler = StandardScaler.fit(wineTrain.features());
System.out.printf("wine proline: train mean %.1f, sd %.1f%n", scaler.mean()[12], scaler.scale()[12]);
Dataset wineTestScaled = scaler.transform(wineTest);
System.out.printf("first test row, proline %.0f -> %.3f standardized%n", wineTest.value(0, 12), wineTestScaled.value(0, 12));

// Missing values: impute by the training median, then standardize, as one recipe.
double[][] withGaps = iris.features();
withGaps[3][2] = Double.NaN; withGaps[10][0] = Double.NaN;
Preprocessor recipe = ((Preprocessor) x -> Imputer.fit(x, Imputer.Strategy.MEDIAN)).andThen(StandardScaler::fit);
Transformer prep = recipe.fit(withGaps);
System.out.println("iris row 3 with a gap -> " + Arrays.toString(Arrays.stream(prep.transform(withGaps[3])).map(v -> Math.round(v * 1000) / 1000.0).toArray()));
System.out.printf("stable log-sum-exp of {1000, 1000}: %.6f (= 1000 + log 2; the naive sum overflows)%n", Numerics.logSumExp(new double[] {1000, 1000}));
