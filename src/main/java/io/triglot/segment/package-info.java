/** Sentence segmentation with Okapi's SRX engine and triglot's own rules for English, Korean and Japanese. */
package io.triglot.segment;
