/**
 * Term extraction: growing the termbase from the aligned memory. {@link io.triglot.terms.TermCandidates}
 * finds candidate terms in each language (English noun phrases from Apache OpenNLP's tagger, Korean and
 * Japanese noun sequences from Nori's and Kuromoji's tags); {@link io.triglot.terms.TermExtraction} links
 * English candidates to Korean and Japanese ones over the units and ranks the triples;
 * {@link io.triglot.terms.CandidateTermbase} writes them as a termbase of proposed terms with their evidence,
 * {@link io.triglot.terms.CandidateMerge} adds the accepted ones to a glossary, and
 * {@link io.triglot.terms.TermExtractionEvaluation} measures how many held-back glossary concepts come back.
 */
package io.triglot.terms;
