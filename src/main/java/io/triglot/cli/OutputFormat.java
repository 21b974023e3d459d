package io.triglot.cli;

/** Output for people or for programs. */
public enum OutputFormat {
    text, json
}
