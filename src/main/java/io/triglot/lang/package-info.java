/** Language profiles for English, Korean and Japanese: BCP 47 tags, scripts, normalization, analyzers. */
package io.triglot.lang;
