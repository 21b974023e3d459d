/**
 * Newsroom style checks: monolingual term rules (deprecated, forbidden, variants, acronyms, casing, spelling
 * variety) and bilingual ones (missing terms, forbidden terms, numbers) between a source and its translation,
 * each rule with a stable id, its own examples and a severity a house-style profile can change.
 */
package io.triglot.check;
