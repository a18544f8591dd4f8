package org.teixit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.teixit.analysis.diagnose.Diagnosis;
import org.teixit.analysis.diagnose.Finding;
import org.teixit.analysis.diagnose.Recommendation;
import org.teixit.analysis.ecosystem.ActorRoles;
import org.teixit.analysis.ecosystem.BrokerageRoles;
import org.teixit.analysis.ecosystem.EcosystemAnalysis;
import org.teixit.analysis.ecosystem.Mesosystem;
import org.teixit.analysis.ecosystem.SettingMixing;
import org.teixit.analysis.ecosystem.Structure;
import org.teixit.i18n.Messages;
import org.teixit.model.CserDimension;
import org.teixit.model.Ecosystem;
import org.teixit.service.MapLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code teixit diagnose FILE… [--json]}: the findings and weaving recommendations of one or more maps. With
 * {@code --json} one file prints one object {@code {"findings": […], "recommendations": […], "ecosystem":
 * {…}}}; several print an array of such objects, each with its {@code "file"}.
 */
@Command(name = "diagnose", mixinStandardHelpOptions = true, resourceBundle = "org.teixit.i18n.cli_analysis")
final class DiagnoseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "files")
    List<Path> files;

    @Option(names = "--json", descriptionKey = "json")
    boolean json;

    @Option(names = "--limit", defaultValue = "" + Diagnosis.DEFAULT_LIMIT, paramLabel = "N", descriptionKey = "limit")
    int limit;

    @Override
    public Integer call() throws Exception {
        if (limit < 0) {
            throw new ParameterException(spec.commandLine(), Messages.get("cli.diagnose.limit", limit));
        }
        PrintWriter out = spec.commandLine().getOut();
        CliProgress progress = new CliProgress(spec.commandLine().getErr(), json);
        List<Map<String, Object>> docs = new ArrayList<>();
        for (Path file : files) {
            Ecosystem e = MapLoader.load(file, progress);
            EcosystemAnalysis analysis = EcosystemAnalysis.compute(e, progress);
            Diagnosis d = Diagnosis.of(e, analysis, progress, limit);
            if (json) {
                Map<String, Object> doc = Json.documentFor(file, files.size() > 1);
                doc.putAll(json(e, analysis, d));
                docs.add(doc);
            } else {
                printText(out, file, e, d);
            }
        }
        if (json) {
            Json.printDocuments(out, docs);
        }
        out.flush();
        return 0;
    }

    /** The JSON document of one map's diagnosis: findings, recommendations and the ecosystem measures. */
    static Map<String, Object> json(Ecosystem e, EcosystemAnalysis analysis, Diagnosis d) {
        Map<String, Object> doc = new LinkedHashMap<>();
        List<Map<String, Object>> findings = new ArrayList<>();
        for (Finding f : d.findings()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", f.kind().id());
            m.put("severity", f.severity().id());
            m.put("actors", f.actors());
            m.put("ties", f.ties().stream().map(Finding.TiePair::asList).toList());
            m.put("tieIds", f.tieIds());
            m.put("message", f.message());
            findings.add(m);
        }
        doc.put("findings", findings);
        List<Map<String, Object>> recommendations = new ArrayList<>();
        for (Recommendation r : d.recommendations()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("from", r.from());
            m.put("to", r.to());
            m.put("reason", r.reason());
            m.put("effect", r.effect());
            m.put("addresses", r.addresses().id());
            m.put("score", r.score());
            Map<String, Object> tie = new LinkedHashMap<>();
            tie.put("id", r.tie().id());
            tie.put("kind", r.tie().kind());
            tie.put("directed", r.tie().directed());
            tie.put("strength", r.tie().strength());
            tie.put("dimensions", r.tie().dimensions().stream().map(CserDimension::id).toList());
            m.put("tie", tie);
            m.put("effectDetail", r.detail().asMap());
            recommendations.add(m);
        }
        doc.put("recommendations", recommendations);
        doc.put("ecosystem", ecosystem(analysis));
        return doc;
    }

    private static Map<String, Object> ecosystem(EcosystemAnalysis a) {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Object> byDimension = new LinkedHashMap<>();
        a.densityByDimension().forEach((d, v) -> byDimension.put(d.id(), v));
        m.put("densityByDimension", byDimension);
        m.put("densityByKind", a.densityByKind());
        Structure s = a.structure();
        m.put("components", s.components());
        m.put("isolates", s.isolates());
        m.put("cutActors", s.cutActors().stream().map(Structure.CutActor::id).toList());
        m.put("bridges", s.bridges().stream().map(b -> List.of(b.source(), b.target())).toList());
        Map<String, Object> communities = new LinkedHashMap<>();
        communities.put("method", "louvain");
        communities.put("seed", a.communities().seed());
        communities.put("modularity", a.communities().modularity());
        communities.put("groups", a.communities().groups());
        m.put("communities", communities);
        Map<String, Object> ei = new LinkedHashMap<>();
        for (SettingMixing x : a.settings()) {
            ei.put(x.setting(), x.eiIndex());
        }
        m.put("eiIndex", ei);
        m.put("mesosystem", mesosystem(a.mesosystem()));
        List<Map<String, Object>> actors = new ArrayList<>();
        for (ActorRoles r : a.actors()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", r.id());
            row.put("setting", r.setting());
            row.put("coreNumber", r.coreNumber());
            row.put("community", r.community());
            row.put("cutActor", r.cutActor());
            BrokerageRoles b = r.brokerage();
            Map<String, Object> roles = new LinkedHashMap<>();
            roles.put("coordinator", b.coordinator());
            roles.put("gatekeeper", b.gatekeeper());
            roles.put("representative", b.representative());
            roles.put("consultant", b.consultant());
            roles.put("liaison", b.liaison());
            roles.put("total", b.total());
            row.put("brokerage", roles);
            actors.add(row);
        }
        m.put("actors", actors);
        return m;
    }

    private static Map<String, Object> mesosystem(Mesosystem meso) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("settings", meso.settings());
        m.put("supportiveKinds", Mesosystem.SUPPORTIVE_KINDS.stream().sorted().toList());
        m.put("everyTieSupportive", meso.everyTieSupportive());
        m.put("supportive", meso.supportiveMatrix());
        m.put("all", meso.allMatrix());
        Map<String, Object> supportiveBy = new LinkedHashMap<>();
        Map<String, Object> allBy = new LinkedHashMap<>();
        for (CserDimension d : CserDimension.values()) {
            supportiveBy.put(d.id(), meso.supportiveMatrix(d));
            allBy.put(d.id(), meso.allMatrix(d));
        }
        m.put("supportiveByDimension", supportiveBy);
        m.put("allByDimension", allBy);
        return m;
    }

    private static void printText(PrintWriter out, Path file, Ecosystem e, Diagnosis d) {
        out.println(Messages.get("cli.diagnose.summary", file, e.name(), d.findings().size(),
                d.recommendations().size()));
        for (Finding f : d.findings()) {
            out.println("  [" + Messages.get(f.severity().nameKey()) + "] " + Messages.get(f.kind().nameKey()) + ": "
                    + f.message());
        }
        if (!d.recommendations().isEmpty()) {
            out.println(Messages.get("report.recommendations") + ":");
        }
        int i = 1;
        for (Recommendation r : d.recommendations()) {
            String from = e.actor(r.from()).map(a -> a.label()).orElse(r.from());
            String to = e.actor(r.to()).map(a -> a.label()).orElse(r.to());
            out.println("  " + i++ + ". " + from + " — " + to + ": " + r.reason());
            out.println("     " + Messages.get("report.recommendation.effect", r.effect()));
        }
        out.println();
    }
}
