/** CSV and TSV termbases: one row per term, concept fields repeated, parsed with Commons CSV. */
package io.triglot.io.csv;
