package org.teixit.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Set;

import org.teixit.i18n.Messages;
import org.teixit.io.ImportException;
import org.teixit.store.StoreException;
import org.teixit.task.CancelledException;
import picocli.CommandLine;

/**
 * Runs a command line and turns failures into one line on stderr and an exit code: 0 done, 1 input
 * refused (bad file, bad store), 2 wrong usage, 130 cancelled. No stack traces for users' mistakes.
 */
public final class Cli {
    public static final int REFUSED = 1;
    public static final int CANCELLED = 130;

    private Cli() {
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new TeixitCommand());
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println(oneLine(e));
            return e instanceof CancelledException ? CANCELLED : REFUSED;
        });
        return cl;
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args);
    }

    /**
     * Whether {@code arg} asks for the command line rather than the window. Reads the command names from the
     * annotations rather than building the picocli model, which would cost the window's start ~0.2 s.
     */
    public static boolean isCommand(String arg) {
        if (arg.startsWith("-") || arg.equals("help")) {
            return true;
        }
        for (Class<?> sub : TeixitCommand.class.getAnnotation(CommandLine.Command.class).subcommands()) {
            CommandLine.Command command = sub.getAnnotation(CommandLine.Command.class);
            if (command != null && (command.name().equals(arg) || Set.of(command.aliases()).contains(arg))) {
                return true;
            }
        }
        return false;
    }

    static String oneLine(Exception e) {
        String message;
        if (e instanceof ImportException || e instanceof StoreException || e instanceof UncheckedIOException) {
            message = e.getMessage();
        } else if (e instanceof CancelledException) {
            message = Messages.get("cli.cancelled");
        } else {
            message = Messages.get("cli.unexpected", e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
        }
        return "teixit: " + message.replace('\n', ' ').replace('\r', ' ');
    }
}
