package org.teixit.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.teixit.i18n.Messages;
import org.teixit.io.picture.PictureOptions;
import org.teixit.model.CserDimension;
import org.teixit.model.Ecosystem;
import org.teixit.service.ExportService;
import org.teixit.style.Theme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code teixit export STORE --to FILE}: the format follows FILE's ending; {@code --width}, {@code --height},
 * {@code --scale}, {@code --theme} and {@code --dimension} shape pictures (.png, .svg, .pdf).
 */
@Command(name = "export", mixinStandardHelpOptions = true, resourceBundle = "org.teixit.i18n.cli_io")
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STORE", descriptionKey = "store")
    Path store;

    @Option(names = "--to", required = true, paramLabel = "FILE", descriptionKey = "to")
    Path to;

    @Option(names = "--width", defaultValue = "" + PictureOptions.DEFAULT_WIDTH, paramLabel = "W", descriptionKey = "width")
    int width;

    @Option(names = "--height", defaultValue = "" + PictureOptions.DEFAULT_HEIGHT, paramLabel = "H",
            descriptionKey = "height")
    int height;

    @Option(names = "--scale", defaultValue = "1", paramLabel = "S", descriptionKey = "scale")
    double scale;

    @Option(names = "--theme", defaultValue = "light", paramLabel = "THEME", descriptionKey = "theme")
    String theme;

    @Option(names = "--dimension", paramLabel = "ID", descriptionKey = "dimension")
    List<String> dimensions = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        PictureOptions picture = pictureOptions();
        Ecosystem e = ExportService.export(store, to, new CliProgress(spec.commandLine().getErr(), false), picture);
        String written = ExportService.filesWritten(to).stream().map(Path::toString)
                .collect(Collectors.joining(", "));
        spec.commandLine().getOut().println(Messages.get("cli.export.done", written, e.actorCount(), e.tieCount()));
        return 0;
    }

    private PictureOptions pictureOptions() {
        Theme t = PictureArguments.theme(spec, theme);
        Set<CserDimension> shown = PictureArguments.dimensions(spec, dimensions);
        try {
            return new PictureOptions(width, height, scale, t, shown);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), Messages.get("io.picture.size",
                    PictureOptions.MAX_PIXELS / 1_000_000));
        }
    }
}
