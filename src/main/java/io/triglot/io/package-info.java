/** Readers and writers for termbase and memory files; atomic writes; strict decoding with file and line errors. */
package io.triglot.io;
