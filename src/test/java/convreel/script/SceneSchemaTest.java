package convreel.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import convreel.model.Show;
import convreel.testing.SeedScene;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON Schema of scene files: made from the loader's rules, committed where the example scenes
 * point at it, and agreeing with the loader on every scene the tests have. Run with
 * {@code -Dconvreel.rewriteSchema=true} to rewrite the committed schema after changing the rules.
 */
class SceneSchemaTest {
    private static final Path SCHEMA = Path.of(SceneSchema.PATH);
    private static final Schema VALIDATOR = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SceneSchema.json());

    @Test
    void theCommittedSchemaIsTheOneTheLoadersRulesMake() throws IOException {
        if (Boolean.getBoolean("convreel.rewriteSchema")) {
            Files.writeString(SCHEMA, SceneSchema.json());
        }
        assertEquals(SceneSchema.json(), Files.readString(SCHEMA),
                SCHEMA + " differs from the loader's rules: run the tests with -Dconvreel.rewriteSchema=true and commit it");
    }

    @Test
    void everyKindOfShowIsAWordOfTheSceneFile() {
        List<String> kinds = Arrays.stream(Show.class.getPermittedSubclasses())
                .map(kind -> kind.getSimpleName().toLowerCase(java.util.Locale.ROOT)).toList();
        assertEquals(SceneKeys.SHOW_KINDS, kinds, "show: names each kind of Show by its own name");
    }

    static Stream<Path> exampleScenes() throws IOException {
        return yamlFilesUnder(Path.of("scenes"));
    }

    private static Stream<Path> yamlFilesUnder(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("exampleScenes")
    void everyExampleSceneNamesTheSchemaInItsFirstLineAndFollowsIt(Path scene) throws Exception {
        String first = Files.readAllLines(scene).get(0);
        Path named = scene.getParent().relativize(SCHEMA);
        assertEquals("# yaml-language-server: $schema=" + named.toString().replace('\\', '/'), first);
        assertTrue(Files.isRegularFile(scene.getParent().resolve(named)));
        assertEquals(List.of(), problems(Files.readString(scene)));
        SceneLoader.loadAll(scene);
    }

    static Stream<Path> testScenes() throws IOException {
        return yamlFilesUnder(Path.of("src/test/resources"));
    }

    /** The schema never refuses a scene the loader accepts: every test scene the loader reads follows it. */
    @ParameterizedTest
    @MethodSource("testScenes")
    void everyTestSceneTheLoaderAcceptsFollowsTheSchema(Path scene) throws IOException {
        try {
            SceneLoader.loadAll(scene);
        } catch (SceneException refused) {
            return;
        }
        assertEquals(List.of(), problems(Files.readString(scene)));
    }

    /** The seed image and kernel with one beat of {@code kind} and its {@code options} lines. */
    private static String seedWithBeat(String kind, String options) {
        return SeedScene.YAML + "beats:\n  - show: " + kind + "\n    caption: \"\"\n    seconds: 2\n" + options;
    }

    /** A beat without options: the schema and the loader agree, kind by kind, on whether it needs some. */
    @Test
    void theSchemaAndTheLoaderAgreeOnWhichOptionsEachKindNeeds() throws Exception {
        for (String kind : SceneKeys.SHOW_KINDS) {
            String text = seedWithBeat(kind, "");
            boolean schemaAccepts = problems(text).isEmpty();
            boolean loaderAccepts;
            try {
                SceneLoader.parse(text, Path.of("probe.yaml"));
                loaderAccepts = true;
            } catch (SceneException refused) {
                loaderAccepts = false;
            }
            assertEquals(loaderAccepts, schemaAccepts, "show: " + kind + " without options");
        }
    }

    @Test
    void theSchemaRefusesKeysTheLoaderDoesNotKnow() {
        assertEquals(List.of(), problems(seedWithBeat("title", "")));
        String misspelt = seedWithBeat("title", "").replaceFirst("kernels:", "kernals:");
        assertThrows(SceneException.class, () -> SceneLoader.parse(misspelt, Path.of("probe.yaml")));
        assertTrue(problems(misspelt).stream().anyMatch(problem -> problem.contains("kernals")), problems(misspelt).toString());
        String option = seedWithBeat("title", "    at: [0, 0]\n");
        assertThrows(SceneException.class, () -> SceneLoader.parse(option, Path.of("probe.yaml")));
        assertTrue(!problems(option).isEmpty(), "a title has no at");
    }

    /** What the schema finds wrong with a scene file's text, read as YAML the way the loader reads it. */
    private static List<String> problems(String yaml) {
        Object tree = new Load(LoadSettings.builder().setSchema(new CoreSchema()).build()).loadFromString(yaml);
        JsonNode json = JsonMapper.builder().build().valueToTree(tree);
        return VALIDATOR.validate(json).stream().map(Error::toString).toList();
    }
}
