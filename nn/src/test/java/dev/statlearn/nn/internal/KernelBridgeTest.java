package dev.statlearn.nn.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.statlearn.core.internal.kernel.KernelActivation;
import dev.statlearn.nn.Activation;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link KernelBridge}: nn's activations name core's kernel activations one to one. */
class KernelBridgeTest {

    @Test
    void activationMappingIsABijectionBetweenConstantsOfTheSameName() {
        Set<KernelActivation> images = EnumSet.noneOf(KernelActivation.class);
        for (Activation a : Activation.values()) {
            KernelActivation k = KernelBridge.kernel(a);
            assertEquals(a.name(), k.name(), "kernel constant of " + a);
            images.add(k);
        }
        assertEquals(Activation.values().length, images.size(), "injective");
        assertEquals(EnumSet.allOf(KernelActivation.class), images, "every kernel activation is named by nn");
    }

    @Test
    void perLayerAppendsTheIdentityForTheOutputLayer() {
        assertArrayEquals(new KernelActivation[] {KernelActivation.TANH, KernelActivation.RELU,
                KernelActivation.IDENTITY},
                KernelBridge.perLayer(new Activation[] {Activation.TANH, Activation.RELU}));
    }
}
