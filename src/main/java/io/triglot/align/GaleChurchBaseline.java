package io.triglot.align;

import io.triglot.lang.Language;
import java.util.ArrayList;
import java.util.List;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.steps.gcaligner.AlignmentFunction;
import net.sf.okapi.steps.gcaligner.DpMatrix;
import net.sf.okapi.steps.gcaligner.DpMatrixCell;
import net.sf.okapi.steps.gcaligner.GaleAndChurch;
import net.sf.okapi.steps.gcaligner.Penalties;

/** Okapi's Gale-Church sentence aligner (okapi-step-aligner) as shipped, for comparison. */
public final class GaleChurchBaseline {
    private GaleChurchBaseline() {
    }

    /** Aligns with Okapi's defaults and converts its cells to links (Okapi counts from 1, ranges half-open). */
    public static List<Link> align(List<String> source, List<String> target, Language sourceLang, Language targetLang) {
        List<Link> out = new ArrayList<>();
        if (source.isEmpty() || target.isEmpty()) {
            for (int i = 0; i < source.size(); i++) {
                out.add(new Link(List.of(i), List.of(), 0));
            }
            for (int j = 0; j < target.size(); j++) {
                out.add(new Link(List.of(), List.of(j), 0));
            }
            return out;
        }
        DpMatrix<String> matrix = new DpMatrix<>(source, target, new AlignmentFunction<>(
                LocaleId.fromString(sourceLang.regionTag()), LocaleId.fromString(targetLang.regionTag()),
                List.of(new GaleAndChurch<String>()), new Penalties()));
        for (DpMatrixCell c : matrix.align()) {
            List<Integer> src = new ArrayList<>();
            List<Integer> tgt = new ArrayList<>();
            switch (c.getState()) {
                case DpMatrixCell.DELETED -> src.add(c.getXindex() - 1);
                case DpMatrixCell.INSERTED -> tgt.add(c.getYindex() - 1);
                case DpMatrixCell.MATCH -> {
                    src.add(c.getXindex() - 1);
                    tgt.add(c.getYindex() - 1);
                }
                default -> {
                    for (int x = c.getMultiMatchXIndexBegin(); x < c.getMultiMatchXIndexEnd(); x++) {
                        src.add(x - 1);
                    }
                    for (int y = c.getMultiMatchYIndexBegin(); y < c.getMultiMatchYIndexEnd(); y++) {
                        tgt.add(y - 1);
                    }
                }
            }
            out.add(new Link(src, tgt, 0));
        }
        return out;
    }
}
