package org.teixit.task;

/**
 * Where long work reports how far it is, and learns whether it should stop. JavaFX-free: the UI adapts
 * it to a progress bar with a Cancel button; the CLI prints it to stderr; tests use {@link #NONE}.
 */
public interface Progress {
    /** Ignores reports and never cancels. */
    Progress NONE = new Progress() {
        @Override
        public void update(String message, double done, double total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** Reports progress; {@code total <= 0} means the amount of work is unknown. */
    void update(String message, double done, double total);

    boolean isCancelled();

    /** Throws {@link CancelledException} when the user cancelled; call between units of work. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }
}
