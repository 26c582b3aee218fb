package se.samverka.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package picture stays free of cycles (STYLE.md): read from the imports of the main sources, every package
 * (a feature and its {@code web} part count apart) may depend on others only one way.
 */
class PackageCyclesTest {

    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?(se\\.samverka\\.[a-z0-9_.]+)\\.[A-Z]",
            Pattern.MULTILINE);
    private static final Pattern MENTION = Pattern.compile("\\b(se\\.samverka\\.[a-z0-9_]+)\\b");

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        Map<String, Set<String>> graph = dependencies();
        assertTrue(graph.size() > 10, "the sources were read: " + graph.keySet());
        assertEquals(List.of(), cycles(graph), "package cycles");
    }

    /**
     * {@code documents} is a leaf (STYLE.md): it prints its own row records and knows no feature, so that any
     * feature may print. Read from every mention of a package, not only imports, so that a fully qualified name
     * does not slip through.
     */
    @Test
    void documentsKnowsNothingButPlatform() {
        Path documents = SOURCES.resolve(Path.of("se", "samverka", "documents"));
        Map<String, Set<String>> strangers = new TreeMap<>();
        try (Stream<Path> files = Files.list(documents)) {
            files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
                Set<String> used = mentionedPackages(read(file));
                used.removeAll(Set.of("se.samverka.documents", "se.samverka.platform"));
                if (!used.isEmpty()) {
                    strangers.put(file.getFileName().toString(), used);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(dependencies().containsKey("se.samverka.documents"), "the documents were read");
        assertEquals(Map.of(), strangers, "documents may use only se.samverka.platform");
    }

    @Test
    void theLeafCheckSeesImportsAndQualifiedNames() {
        String source = """
                package se.samverka.documents;

                import se.samverka.platform.Messages;
                import static se.samverka.registration.RegistrationStatus.CONFIRMED;

                class X { se.samverka.event.Event event; }
                """;
        assertEquals(Set.of("se.samverka.platform", "se.samverka.registration", "se.samverka.event"),
                mentionedPackages(source));
    }

    /** The packages named in a source besides its own package line: first segment under se.samverka. */
    private static Set<String> mentionedPackages(String source) {
        String body = source.replaceFirst("(?m)^package [^;]+;", "");
        Matcher mention = MENTION.matcher(body);
        Set<String> found = new TreeSet<>();
        while (mention.find()) {
            found.add(mention.group(1));
        }
        return found;
    }

    @Test
    void theCheckFindsACycleWhenThereIsOne() {
        Map<String, Set<String>> graph = new TreeMap<>();
        graph.put("a", Set.of("b"));
        graph.put("b", Set.of("c"));
        graph.put("c", Set.of("a"));
        graph.put("d", Set.of("a"));
        assertEquals(List.of(new TreeSet<>(Set.of("a", "b", "c"))), cycles(graph));
    }

    private static Map<String, Set<String>> dependencies() {
        Map<String, Set<String>> graph = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
                String pkg = SOURCES.relativize(file.getParent()).toString().replace(file.getFileSystem().getSeparator(), ".");
                Set<String> uses = graph.computeIfAbsent(pkg, p -> new TreeSet<>());
                Matcher imports = IMPORT.matcher(read(file));
                while (imports.find()) {
                    if (!imports.group(1).equals(pkg)) {
                        uses.add(imports.group(1));
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The strongly connected components with more than one package (Tarjan). */
    private static List<Set<String>> cycles(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new HashSet<>();
        List<Set<String>> found = new ArrayList<>();
        for (String node : graph.keySet()) {
            if (!index.containsKey(node)) {
                connect(node, graph, index, low, stack, onStack, found);
            }
        }
        return found;
    }

    private static void connect(String node, Map<String, Set<String>> graph, Map<String, Integer> index,
            Map<String, Integer> low, Deque<String> stack, Set<String> onStack, List<Set<String>> found) {
        index.put(node, index.size());
        low.put(node, index.get(node));
        stack.push(node);
        onStack.add(node);
        for (String next : graph.getOrDefault(node, Set.of())) {
            if (!index.containsKey(next)) {
                connect(next, graph, index, low, stack, onStack, found);
                low.put(node, Math.min(low.get(node), low.get(next)));
            } else if (onStack.contains(next)) {
                low.put(node, Math.min(low.get(node), index.get(next)));
            }
        }
        if (low.get(node).equals(index.get(node))) {
            Set<String> component = new TreeSet<>();
            String member;
            do {
                member = stack.pop();
                onStack.remove(member);
                component.add(member);
            } while (!member.equals(node));
            if (component.size() > 1) {
                found.add(component);
            }
        }
    }
}
