/** Reproducible benchmarks: generated termbases, real news sentences (NTREX-128, CC BY-SA 4.0) and latency statistics. */
package io.triglot.bench;
