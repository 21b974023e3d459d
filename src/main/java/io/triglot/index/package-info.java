/** The Lucene index under {@code .triglot/}: term and concept documents, and the term matcher that reads it. */
package io.triglot.index;
