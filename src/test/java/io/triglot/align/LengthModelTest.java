package io.triglot.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.triglot.bench.NtrexCorpus;
import io.triglot.lang.Language;
import org.junit.jupiter.api.Test;

class LengthModelTest {
    @Test
    void shippedConstantsAreTheCalibrationOnNtrex() {
        for (Language t : new Language[] {Language.KO, Language.JA}) {
            LengthModel fitted = LengthModel.calibrate(NtrexCorpus.sentences(Language.EN), NtrexCorpus.sentences(t));
            LengthModel shipped = LengthModel.forPair(Language.EN, t);
            assertEquals(fitted.ratio(), shipped.ratio(), 5e-4, t + " ratio");
            assertEquals(fitted.variance(), shipped.variance(), 5e-4, t + " variance");
        }
    }

    @Test
    void costGrowsWithTheMismatch() {
        LengthModel m = LengthModel.forPair(Language.EN, Language.KO);
        double good = m.cost(100, 51);
        assertTrue(good < m.cost(100, 80));
        assertTrue(m.cost(100, 80) < m.cost(100, 120));
        assertTrue(good < 0.5, "an expected length costs little: " + good);
        assertEquals(0.5, LengthModel.normalCdf(0), 1e-6);
        assertEquals(0.975, LengthModel.normalCdf(1.959964), 1e-6);
    }

    @Test
    void lengthCountsNonSpaceCharacters() {
        assertEquals(5, LengthModel.length("지소 미아 를"));
        assertEquals(6, LengthModel.length("GSOMIA"));
        assertEquals(1, LengthModel.length("\uD842\uDFB7"));
    }
}
