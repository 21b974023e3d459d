/** Sentence alignment: a length model calibrated per language pair, anchors, dynamic programming, and the three-way join through English. */
package io.triglot.align;
