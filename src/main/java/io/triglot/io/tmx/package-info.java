/** TMX 1.4b writing: deterministic, multilingual, valid against the TMX 1.4 DTD. */
package io.triglot.io.tmx;
