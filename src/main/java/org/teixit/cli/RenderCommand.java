package org.teixit.cli;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import javax.imageio.ImageIO;

import org.teixit.i18n.Messages;
import org.teixit.io.AtomicFile;
import org.teixit.model.CserDimension;
import org.teixit.model.Ecosystem;
import org.teixit.render.MapRenderer;
import org.teixit.render.RenderOptions;
import org.teixit.service.MapLoader;
import org.teixit.style.Theme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code teixit render FILE --out map.png}: the map with its legend as a PNG, without a window. */
@Command(name = "render", mixinStandardHelpOptions = true)
final class RenderCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "map")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "PNG", descriptionKey = "out")
    Path out;

    @Option(names = "--width", defaultValue = "1600", paramLabel = "W", descriptionKey = "width")
    int width;

    @Option(names = "--height", defaultValue = "1000", paramLabel = "H", descriptionKey = "height")
    int height;

    @Option(names = "--dimension", paramLabel = "ID", descriptionKey = "dimension")
    List<String> dimensions = new ArrayList<>();

    @Option(names = "--theme", defaultValue = "light", paramLabel = "THEME", descriptionKey = "theme")
    String theme;

    @Override
    public Integer call() throws Exception {
        PictureArguments.checkSize(spec, width, height);
        Theme t = PictureArguments.theme(spec, theme);
        Set<CserDimension> shown = PictureArguments.dimensions(spec, dimensions);
        Ecosystem e = MapLoader.load(in, new CliProgress(spec.commandLine().getErr(), true));
        BufferedImage image = new MapRenderer().renderImage(e, width, height,
                RenderOptions.defaults(t).withDimensions(shown));
        AtomicFile.write(out, stream -> ImageIO.write(image, "png", stream));
        spec.commandLine().getOut().println(Messages.get("cli.render.done", out, width, height));
        return 0;
    }
}
