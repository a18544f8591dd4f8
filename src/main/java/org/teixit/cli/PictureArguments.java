package org.teixit.cli;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.teixit.i18n.Messages;
import org.teixit.model.CserDimension;
import org.teixit.style.Theme;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The drawing options that {@code render}, {@code export} and {@code report} share, checked as usage errors. */
final class PictureArguments {
    private PictureArguments() {
    }

    /** The theme named {@code name} ({@code light}, {@code dark}, {@code projector}). */
    static Theme theme(CommandSpec spec, String name) {
        return Theme.parse(name).orElseThrow(() ->
                new ParameterException(spec.commandLine(), Messages.get("cli.render.theme", name)));
    }

    /** The dimensions named by {@code ids} (ids or names), or all five when there are none. */
    static Set<CserDimension> dimensions(CommandSpec spec, List<String> ids) {
        if (ids.isEmpty()) {
            return EnumSet.allOf(CserDimension.class);
        }
        Set<CserDimension> shown = EnumSet.noneOf(CserDimension.class);
        for (String id : ids) {
            shown.add(CserDimension.parse(id).orElseThrow(() ->
                    new ParameterException(spec.commandLine(), Messages.get("cli.render.dimension", id))));
        }
        return shown;
    }

    /** Refuses a picture smaller than 16 pixels a side or over 100 million pixels. */
    static void checkSize(CommandSpec spec, int width, int height) {
        if (width < 16 || height < 16 || (long) width * height > 100_000_000L) {
            throw new ParameterException(spec.commandLine(), Messages.get("cli.render.size"));
        }
    }
}
