/** Immutable records of the termbase: concepts, their terms, statuses, types and sources. */
package io.triglot.model;
