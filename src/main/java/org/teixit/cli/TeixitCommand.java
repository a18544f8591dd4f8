package org.teixit.cli;

import picocli.CommandLine.Command;

/** The root command: lists the jobs Teixit can do without a window. */
@Command(name = "teixit", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        resourceBundle = "org.teixit.i18n.cli",
        subcommands = {SampleCommand.class, InfoCommand.class, ImportCommand.class, ExportCommand.class,
            MetricsCommand.class, LayoutCommand.class, RenderCommand.class, DiagnoseCommand.class, ReportCommand.class,
            CollectCommand.class})
public final class TeixitCommand {
}
