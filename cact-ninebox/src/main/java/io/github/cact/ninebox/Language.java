package io.github.cact.ninebox;

/** The languages of the labels this module gives: Indonesian (the language of the regulations) and English. */
public enum Language {
    /** Bahasa Indonesia. */
    INDONESIAN,
    /** English. */
    ENGLISH
}
