package kg.gephi;

import java.awt.Color;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.gephi.graph.api.Column;
import org.gephi.graph.api.Edge;
import org.gephi.graph.api.Graph;
import org.gephi.graph.api.GraphController;
import org.gephi.graph.api.GraphModel;
import org.gephi.graph.api.Interval;
import org.gephi.graph.api.Node;
import org.gephi.graph.api.Table;
import org.gephi.io.exporter.api.ExportController;
import org.gephi.io.exporter.preview.PNGExporter;
import org.gephi.io.importer.api.Container;
import org.gephi.io.importer.api.EdgeMergeStrategy;
import org.gephi.io.importer.api.ImportController;
import org.gephi.io.importer.api.Issue;
import org.gephi.io.processor.plugin.DefaultProcessor;
import org.gephi.layout.plugin.forceAtlas2.ForceAtlas2;
import org.gephi.layout.plugin.forceAtlas2.ForceAtlas2Builder;
import org.gephi.preview.api.PreviewController;
import org.gephi.preview.api.PreviewModel;
import org.gephi.preview.api.PreviewProperty;
import org.gephi.preview.types.EdgeColor;
import org.gephi.project.api.ProjectController;
import org.gephi.project.api.Workspace;
import org.openide.util.Lookup;

/**
 * Imports a GraphML or GEXF file with Gephi's own import API, headless, exactly as Gephi's
 * "Open" does (the file's importer, the default processor into a new workspace), and prints what
 * Gephi holds as JSON on stdout: counts, columns, and every node and edge with the properties a
 * user sees (label, colour, size, type/kind, weight, direction, time intervals) and their columns.
 *
 * Usage: ImportCheck FILE [--no-merge] [--png OUT.png]
 *   --no-merge  the import option "Edges merge strategy: Don't merge" (what a GraphML user picks
 *               to keep parallel edges apart; GraphML has no edge kind)
 *   --png       lays the graph out with ForceAtlas2 and writes the preview as a PNG
 */
public final class ImportCheck {

    public static void main(String[] args) throws Exception {
        File file = new File(args[0]);
        boolean noMerge = false;
        String png = null;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--no-merge")) {
                noMerge = true;
            } else if (args[i].equals("--png")) {
                png = args[++i];
            }
        }
        ProjectController pc = Lookup.getDefault().lookup(ProjectController.class);
        pc.newProject();
        Workspace workspace = pc.getCurrentWorkspace();
        ImportController importController = Lookup.getDefault().lookup(ImportController.class);
        Container container = importController.importFile(file);
        if (container == null) {
            System.err.println("Gephi could not import " + file);
            System.exit(2);
        }
        if (noMerge) {
            container.getLoader().setEdgesMergeStrategy(EdgeMergeStrategy.NO_MERGE);
        }
        importController.process(container, new DefaultProcessor(), workspace);
        GraphModel model = Lookup.getDefault().lookup(GraphController.class).getGraphModel(workspace);
        Graph graph = model.getGraph();

        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        StringBuilder json = new StringBuilder();
        json.append("{\"nodes\":").append(graph.getNodeCount());
        json.append(",\"edges\":").append(graph.getEdgeCount());
        json.append(",\"issues\":[");
        List<String> issues = new ArrayList<>();
        for (java.util.Iterator<Issue> it = container.getReport().getIssues(1000); it.hasNext(); ) {
            Issue issue = it.next();
            if (issue.getLevel().toInteger() >= Issue.Level.WARNING.toInteger()) {
                issues.add(str(issue.getLevel() + ": " + issue.getMessage()));
            }
        }
        json.append(String.join(",", issues)).append("]");
        json.append(",\"node_columns\":").append(columns(model.getNodeTable()));
        json.append(",\"edge_columns\":").append(columns(model.getEdgeTable()));
        json.append(",\"node_list\":[");
        boolean first = true;
        for (Node node : graph.getNodes().toArray()) {
            json.append(first ? "" : ",");
            first = false;
            Color c = node.getColor();
            json.append("{\"id\":").append(str(String.valueOf(node.getId())));
            json.append(",\"label\":").append(str(node.getLabel()));
            json.append(",\"r\":").append(c.getRed()).append(",\"g\":").append(c.getGreen())
                .append(",\"b\":").append(c.getBlue());
            json.append(",\"size\":").append(num(node.size()));
            json.append(",\"intervals\":").append(intervals(node.getIntervals()));
            json.append(",\"attributes\":").append(attributes(node, model.getNodeTable()));
            json.append("}");
        }
        json.append("],\"edge_list\":[");
        first = true;
        for (Edge edge : graph.getEdges().toArray()) {
            json.append(first ? "" : ",");
            first = false;
            json.append("{\"id\":").append(str(String.valueOf(edge.getId())));
            json.append(",\"source\":").append(str(String.valueOf(edge.getSource().getId())));
            json.append(",\"target\":").append(str(String.valueOf(edge.getTarget().getId())));
            json.append(",\"label\":").append(str(edge.getLabel()));
            json.append(",\"kind\":").append(str(edge.getTypeLabel() == null ? null : String.valueOf(edge.getTypeLabel())));
            json.append(",\"weight\":").append(num(edge.getWeight()));
            json.append(",\"directed\":").append(edge.isDirected());
            json.append(",\"intervals\":").append(intervals(edge.getIntervals()));
            json.append(",\"attributes\":").append(attributes(edge, model.getEdgeTable()));
            json.append("}");
        }
        json.append("]}");
        out.println(json);

        if (png != null) {
            picture(model, workspace, new File(png));
        }
        System.exit(0);
    }

    private static void picture(GraphModel model, Workspace workspace, File png) throws Exception {
        ForceAtlas2 layout = new ForceAtlas2Builder().buildLayout();
        layout.setGraphModel(model);
        layout.resetPropertiesValues();
        layout.setScalingRatio(400.0);
        layout.setGravity(1.0);
        layout.setStrongGravityMode(true);
        layout.setLinLogMode(false);
        layout.setAdjustSizes(true);
        layout.setThreadsCount(1);
        layout.initAlgo();
        for (int i = 0; i < 1500 && layout.canAlgo(); i++) {
            layout.goAlgo();
        }
        layout.endAlgo();

        PreviewModel preview = Lookup.getDefault().lookup(PreviewController.class).getModel(workspace);
        preview.getProperties().putValue(PreviewProperty.SHOW_NODE_LABELS, Boolean.TRUE);
        preview.getProperties().putValue(PreviewProperty.NODE_LABEL_PROPORTIONAL_SIZE, Boolean.FALSE);
        preview.getProperties().putValue(PreviewProperty.NODE_LABEL_FONT, new java.awt.Font("SansSerif", java.awt.Font.PLAIN, 7));
        preview.getProperties().putValue(PreviewProperty.SHOW_EDGE_LABELS, Boolean.TRUE);
        preview.getProperties().putValue(PreviewProperty.EDGE_LABEL_FONT, new java.awt.Font("SansSerif", java.awt.Font.PLAIN, 4));
        preview.getProperties().putValue(PreviewProperty.EDGE_LABEL_COLOR, new org.gephi.preview.types.DependantOriginalColor(Color.GRAY));
        preview.getProperties().putValue(PreviewProperty.EDGE_CURVED, Boolean.TRUE);
        preview.getProperties().putValue(PreviewProperty.EDGE_COLOR, new EdgeColor(EdgeColor.Mode.SOURCE));
        preview.getProperties().putValue(PreviewProperty.EDGE_THICKNESS, 0.6f);
        preview.getProperties().putValue(PreviewProperty.BACKGROUND_COLOR, Color.WHITE);
        preview.getProperties().putValue(PreviewProperty.NODE_BORDER_WIDTH, 0.5f);
        ExportController export = Lookup.getDefault().lookup(ExportController.class);
        PNGExporter exporter = (PNGExporter) export.getExporter("png");
        exporter.setWorkspace(workspace);
        exporter.setWidth(1600);
        exporter.setHeight(1200);
        export.exportFile(png, exporter);
    }

    private static String columns(Table table) {
        List<String> out = new ArrayList<>();
        for (Column column : table) {
            out.add("{\"id\":" + str(column.getId()) + ",\"title\":" + str(column.getTitle())
                + ",\"type\":" + str(column.getTypeClass().getSimpleName()) + "}");
        }
        return "[" + String.join(",", out) + "]";
    }

    private static String attributes(org.gephi.graph.api.Element element, Table table) {
        List<String> out = new ArrayList<>();
        for (Column column : table) {
            if (column.isProperty()) {
                continue;
            }
            Object value = element.getAttribute(column);
            if (value == null) {
                continue;
            }
            String literal;
            if (value instanceof Number) {
                literal = num(((Number) value).doubleValue());
            } else if (value instanceof Boolean) {
                literal = value.toString();
            } else {
                literal = str(value.toString());
            }
            out.add(str(column.getTitle()) + ":" + literal);
        }
        return "{" + String.join(",", out) + "}";
    }

    private static String intervals(Interval[] intervals) {
        List<String> out = new ArrayList<>();
        if (intervals != null) {
            for (Interval interval : intervals) {
                out.add("[" + str(day(interval.getLow())) + "," + str(day(interval.getHigh())) + "]");
            }
        }
        return "[" + String.join(",", out) + "]";
    }

    private static String day(double millis) {
        if (Double.isInfinite(millis)) {
            return millis > 0 ? "+inf" : "-inf";
        }
        return Instant.ofEpochMilli((long) millis).atZone(ZoneOffset.UTC).toLocalDate().toString();
    }

    private static String num(double value) {
        if (value == Math.rint(value) && !Double.isInfinite(value)) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        return String.format(Locale.ROOT, "%s", value);
    }

    private static String str(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder("\"");
        for (char ch : value.toCharArray()) {
            switch (ch) {
                case '"': b.append("\\\""); break;
                case '\\': b.append("\\\\"); break;
                case '\n': b.append("\\n"); break;
                case '\r': b.append("\\r"); break;
                case '\t': b.append("\\t"); break;
                default:
                    if (ch < 0x20) {
                        b.append(String.format("\\u%04x", (int) ch));
                    } else {
                        b.append(ch);
                    }
            }
        }
        return b.append('"').toString();
    }
}
