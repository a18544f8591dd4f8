package org.teixit.collect;

import java.util.function.Function;

import org.teixit.model.Ecosystem;
import org.teixit.service.ChangeSet;
import org.teixit.service.MapSession;

/**
 * Where the workshop server writes participants' answers. The server calls {@link #apply} from its worker
 * threads (one call at a time) and sends {@code 201} only after it returns, so an implementation must
 * have <em>committed</em> the change (SQLite, WAL) when it returns, and must throw when it could not.
 *
 * <p>The command line uses {@link #of(MapSession)}; the window can pass its own session the same way, so
 * answers land in its undo history and its listeners see them (MapSession calls listeners on the thread
 * that applied the change — a server worker — so a UI listener hands over to its UI thread).
 */
public interface ResponseSink {
    /** The map as it is now: for the actor list, the page's vocabulary and name matching. */
    Ecosystem current();

    /**
     * Atomically: computes a change from the current map, commits it, and returns the map after it. No
     * other edit may run between {@code plan} reading the map and the change being committed.
     *
     * @throws RuntimeException when the change could not be committed (the server then answers 500)
     */
    Ecosystem apply(Function<Ecosystem, ChangeSet> plan);

    /** A sink writing through {@code session}: each answer is one undoable, saved edit. */
    static ResponseSink of(MapSession session) {
        return new ResponseSink() {
            @Override
            public Ecosystem current() {
                return session.current();
            }

            @Override
            public Ecosystem apply(Function<Ecosystem, ChangeSet> plan) {
                // MapSession.apply is synchronized on the session: holding its monitor makes plan + apply
                // atomic with respect to every other edit made through the same session.
                synchronized (session) {
                    session.apply(plan.apply(session.current()));
                    return session.current();
                }
            }
        };
    }
}
