/** The {@code triglot} command line: picocli commands that parse, call the library and print. */
package io.triglot.cli;
