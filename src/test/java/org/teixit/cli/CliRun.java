package org.teixit.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One command line run through the jar's entry point, with what it printed; shared by the CLI tests. */
public record CliRun(int code, String out, String err) {
    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(code, out.toString(), err.toString());
    }
}
