package org.teixit.cli;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import javax.imageio.ImageIO;

import org.teixit.analysis.diagnose.Diagnosis;
import org.teixit.analysis.ecosystem.EcosystemAnalysis;
import org.teixit.analysis.report.HtmlReport;
import org.teixit.i18n.Messages;
import org.teixit.io.AtomicFile;
import org.teixit.layout.LayoutRunner;
import org.teixit.layout.LayoutSettings;
import org.teixit.model.Actor;
import org.teixit.model.Ecosystem;
import org.teixit.render.MapRenderer;
import org.teixit.render.RenderOptions;
import org.teixit.service.MapLoader;
import org.teixit.style.Theme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code teixit report FILE --out report.html}: one self-contained HTML file with the map drawing, key
 * measures, the mesosystem matrix, findings and weaving recommendations, in the user's language. A map whose
 * actors have no positions yet is laid out (ForceAtlas2, fixed seed) for the drawing only; the file itself
 * is not changed.
 */
@Command(name = "report", mixinStandardHelpOptions = true, resourceBundle = "org.teixit.i18n.cli_analysis")
final class ReportCommand implements Callable<Integer> {
    static final int LAYOUT_ITERATIONS = 1500;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "map")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "HTML", descriptionKey = "out")
    Path out;

    @Option(names = "--width", defaultValue = "1400", paramLabel = "W", descriptionKey = "width")
    int width;

    @Option(names = "--height", defaultValue = "900", paramLabel = "H", descriptionKey = "height")
    int height;

    @Option(names = "--theme", defaultValue = "light", paramLabel = "THEME", descriptionKey = "theme")
    String theme;

    @Option(names = "--limit", defaultValue = "" + Diagnosis.DEFAULT_LIMIT, paramLabel = "N", descriptionKey = "limit")
    int limit;

    @Override
    public Integer call() throws Exception {
        PictureArguments.checkSize(spec, width, height);
        if (limit < 0) {
            throw new ParameterException(spec.commandLine(), Messages.get("cli.diagnose.limit", limit));
        }
        Theme t = PictureArguments.theme(spec, theme);
        CliProgress progress = new CliProgress(spec.commandLine().getErr(), true);
        Ecosystem e = MapLoader.load(in, progress);
        EcosystemAnalysis analysis = EcosystemAnalysis.compute(e, progress);
        Diagnosis diagnosis = Diagnosis.of(e, analysis, progress, limit);
        byte[] png = e.actorCount() == 0 ? null : png(drawable(e, progress), t);
        String html = HtmlReport.render(e, analysis, diagnosis, png, LocalDate.now());
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        AtomicFile.write(out, stream -> stream.write(bytes));
        spec.commandLine().getOut().println(Messages.get("cli.report.done", out, diagnosis.findings().size(),
                diagnosis.recommendations().size()));
        return 0;
    }

    /** The map with positions for every actor: as it is, or laid out for the drawing when some lack one. */
    private static Ecosystem drawable(Ecosystem e, CliProgress progress) {
        if (e.actors().stream().allMatch(Actor::hasPosition)) {
            return e;
        }
        LayoutRunner.Result r = new LayoutRunner(LayoutSettings.defaults(), true, 0)
                .run(e, LAYOUT_ITERATIONS, progress, p -> { });
        return LayoutRunner.apply(e, r.positions());
    }

    private byte[] png(Ecosystem e, Theme t) throws java.io.IOException {
        BufferedImage image = new MapRenderer().renderImage(e, width, height, RenderOptions.defaults(t));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }
}
