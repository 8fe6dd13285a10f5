package dev.statlearn.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.statlearn.core.data.EjmlMatrices;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class MlpEjmlTest {

    @Test
    void predictionOnAMatrixEqualsPredictionOnItsRows() {
        Mlp net = Mlp.builder(4).hidden(8, Activation.TANH).output(3, Output.SOFTMAX).seed(3).build();
        double[][] x = new double[17][4];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < 4; j++) {
                x[i][j] = Math.sin(i * 4 + j);
            }
        }
        DMatrixRMaj m = EjmlMatrices.toMatrix(x);
        DMatrixRMaj before = m.copy();
        DMatrixRMaj values = net.predictValues(m);
        DMatrixRMaj proba = net.predictProba(m);
        assertEquals(17, values.getNumRows());
        assertEquals(3, values.getNumCols());
        double[][] v = net.predictValues(x);
        double[][] p = net.predictProba(x);
        for (int i = 0; i < x.length; i++) {
            assertArrayEquals(v[i], EjmlMatrices.toArray(values)[i], 0.0);
            assertArrayEquals(p[i], EjmlMatrices.toArray(proba)[i], 0.0);
        }
        assertArrayEquals(before.data, m.data, 0.0);
    }

    @Test
    void badInput() {
        Mlp net = Mlp.builder(4).hidden(8, Activation.TANH).output(3, Output.SOFTMAX).seed(3).build();
        assertThrows(IllegalArgumentException.class, () -> net.predictValues(new DMatrixRMaj(2, 3)));
        assertThrows(IllegalArgumentException.class, () -> net.predictValues(new DMatrixRMaj(0, 4)));
        assertThrows(NullPointerException.class, () -> net.predictValues((DMatrixRMaj) null));
        Mlp reg = Mlp.builder(2).output(1, Output.LINEAR).seed(1).build();
        assertThrows(IllegalStateException.class, () -> reg.predictProba(new DMatrixRMaj(1, 2)));
    }
}
