package io.mqttca.console.app.cli;

import java.io.Console;

/** Whether a person sits at the command line, and their answer to a question (destructive commands ask first). */
public interface Terminal {

    /** No terminal: a script, a pipe or cron. */
    Terminal NONE = new Terminal() {
        @Override
        public boolean interactive() {
            return false;
        }

        @Override
        public String ask(String question) {
            return null;
        }
    };

    boolean interactive();

    /** Asks {@code question} and returns the line typed, or null at end of input. */
    String ask(String question);

    /** The process's console, or {@link #NONE} when stdin or stdout is not a terminal. */
    static Terminal system() {
        Console console = System.console();
        if (console == null) {
            return NONE;
        }
        return new Terminal() {
            @Override
            public boolean interactive() {
                return true;
            }

            @Override
            public String ask(String question) {
                return console.readLine("%s", question);
            }
        };
    }
}
