package dev.passbook.app;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * passbook-bom lists every library module of the reactor at the reactor's version and nothing else,
 * has no parent (an imported BOM brings its parent's pins along), every library names its JPMS module and
 * brings no logging backend, the application has exactly one, and no class is on its class path twice.
 */
class BomTest {

    private static final Path ROOT = Path.of("..");
    /** Modules that are not libraries a host depends on: the application, the benchmarks, examples. */
    private static final Set<String> NOT_LIBRARIES = Set.of("passbook-app", "passbook-bench");

    @Test
    void theBomListsExactlyTheLibraryModulesAtTheReactorVersion() throws Exception {
        Element parent = read(ROOT.resolve("pom.xml"));
        String version = child(parent, "version");
        TreeMap<String, Element> libraries = new TreeMap<>();
        for (String module : children(child(parent, "modules", true), "module")) {
            if (module.equals("bom") || module.startsWith("examples/")) {
                continue;
            }
            Element pom = read(ROOT.resolve(module).resolve("pom.xml"));
            String artifact = child(pom, "artifactId");
            if (!NOT_LIBRARIES.contains(artifact) && !"pom".equals(child(pom, "packaging"))) {
                libraries.put(artifact, pom);
            }
        }

        Element bom = read(ROOT.resolve("bom/pom.xml"));
        assertNull(first(bom, "parent"), "an imported BOM brings its parent's dependencyManagement along");
        assertEquals(version, child(bom, "version"), "passbook-bom's version follows passbook-parent's");
        Set<String> listed = new TreeSet<>();
        Element managed = first(first(bom, "dependencyManagement"), "dependencies");
        for (Element dependency : elements(managed, "dependency")) {
            assertEquals("dev.passbook", child(dependency, "groupId"), "the BOM pins Passbook's own artefacts only");
            assertEquals("${passbook.version}", child(dependency, "version"));
            listed.add(child(dependency, "artifactId"));
        }
        assertEquals(libraries.keySet(), listed);

        for (var library : libraries.entrySet()) {
            Element properties = first(library.getValue(), "properties");
            String name = properties == null ? null : child(properties, "automatic.module.name");
            assertTrue(name != null && name.startsWith("dev.passbook."), library.getKey() + " has no Automatic-Module-Name");
            // a library logs through an API; choosing the backend is the host's business (the app has one)
            for (Element dependency : elements(first(library.getValue(), "dependencies"), "dependency")) {
                String artifact = child(dependency, "artifactId");
                boolean backend = BACKENDS.contains(artifact);
                assertTrue(!backend || "test".equals(child(dependency, "scope")),
                        library.getKey() + " brings the logging backend " + artifact + " to its hosts");
            }
        }
    }

    private static final Set<String> BACKENDS = Set.of("slf4j-simple", "logback-classic", "log4j-core", "log4j-slf4j2-impl",
            "slf4j-reload4j", "slf4j-jdk14", "slf4j-nop");

    @Test
    void theApplicationHasExactlyOneSlf4jBackend() {
        long providers = java.util.ServiceLoader.load(org.slf4j.spi.SLF4JServiceProvider.class).stream().count();
        assertEquals(1, providers, "one SLF4J backend on passbook-app's class path, or SLF4J picks one at random and warns");
    }

    /**
     * Each class once on passbook-app's class path (its dependencies, the facade's among them, and the
     * test libraries): two jars with the same class mean whichever comes first wins. PDFBox's
     * commons-logging is excluded for jcl-over-slf4j, which carries the same package.
     */
    @Test
    void everyClassIsOnTheClassPathOnce() throws Exception {
        java.util.Map<String, List<String>> where = new java.util.HashMap<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path path = Path.of(entry);
            for (String name : classes(path)) {
                where.computeIfAbsent(name, n -> new ArrayList<>()).add(path.getFileName().toString());
            }
        }
        assertTrue(where.size() > 10_000, "the class path was read: " + where.size() + " classes");
        List<String> twice = where.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> e.getKey() + " in " + e.getValue()).sorted().toList();
        assertEquals(List.of(), twice.stream().limit(20).toList(), twice.size() + " classes more than once");
        List<String> commonsLogging = where.get("org/apache/commons/logging/LogFactory.class");
        assertTrue(commonsLogging != null && commonsLogging.get(0).startsWith("jcl-over-slf4j"), String.valueOf(commonsLogging));
    }

    /** The class files of a jar or a classes folder, without module-info and META-INF (multi-release copies). */
    private static List<String> classes(Path entry) throws java.io.IOException {
        if (Files.isDirectory(entry)) {
            try (var files = Files.walk(entry)) {
                return files.map(f -> entry.relativize(f).toString().replace(java.io.File.separatorChar, '/'))
                        .filter(BomTest::isClass).toList();
            }
        }
        if (!Files.isRegularFile(entry)) {
            return List.of();
        }
        try (var jar = new java.util.zip.ZipFile(entry.toFile())) {
            return jar.stream().map(java.util.zip.ZipEntry::getName).filter(BomTest::isClass).toList();
        }
    }

    private static boolean isClass(String name) {
        return name.endsWith(".class") && !name.startsWith("META-INF/") && !name.endsWith("module-info.class");
    }

    private static Element read(Path pom) throws Exception {
        assertTrue(Files.exists(pom), pom.toString());
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
        return doc.getDocumentElement();
    }

    private static List<Element> elements(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && e.getTagName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    private static Element first(Element parent, String name) {
        return parent == null ? null : elements(parent, name).stream().findFirst().orElse(null);
    }

    private static Element child(Element parent, String name, boolean required) {
        Element e = first(parent, name);
        assertTrue(!required || e != null, "missing <" + name + ">");
        return e;
    }

    private static String child(Element parent, String name) {
        Element e = first(parent, name);
        return e == null ? null : e.getTextContent().strip();
    }

    private static List<String> children(Element parent, String name) {
        return elements(parent, name).stream().map(Node::getTextContent).map(String::strip).toList();
    }
}
