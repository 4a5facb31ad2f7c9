package convreel.script;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SceneExceptionTest {

    @Test
    void messageReadsLikeACompilerDiagnosticWithTheLineAndACaret() {
        SceneException error = new SceneException("scenes/intro.yaml", 12, 5,
                "kernel 'big' is 5×5 but the padded image is 4×4", "use a smaller kernel or padding: same",
                "    values: [[1,2,3,4,5], ...]");

        assertEquals("""
                scenes/intro.yaml:12:5: kernel 'big' is 5×5 but the padded image is 4×4; use a smaller kernel or padding: same
                   12 |     values: [[1,2,3,4,5], ...]
                      |     ^""", error.getMessage());
        assertEquals("scenes/intro.yaml", error.file());
        assertEquals(12, error.line());
        assertEquals(5, error.column());
        assertEquals("kernel 'big' is 5×5 but the padded image is 4×4", error.problem());
        assertEquals("use a smaller kernel or padding: same", error.hint());
    }

    @Test
    void caretKeepsTheLinesTabsSoItStaysUnderTheColumn() {
        SceneException error = new SceneException("a.yaml", 3, 4, "p", "h", "\t\tx: 1");

        assertEquals("a.yaml:3:4: p; h\n    3 | \t\tx: 1\n      | \t\t ^", error.getMessage());
    }

    @Test
    void longLineNumbersWidenTheGutter() {
        SceneException error = new SceneException("a.yaml", 123456, 1, "p", "h", "x");

        assertEquals("a.yaml:123456:1: p; h\n123456 | x\n       | ^", error.getMessage());
    }

    @Test
    void controlCharactersInTheQuotedLineAreShownAsReplacementCharacters() {
        SceneException error = new SceneException("a.yaml", 1, 2, "p", "h", "a\u0000b");

        assertEquals("a.yaml:1:2: p; h\n    1 | a\uFFFDb\n      |  ^", error.getMessage());
    }

    @Test
    void problemWithTheWholeFileHasNoPositionAndNoQuotedLine() {
        SceneException error = SceneException.aboutFile("scenes/nope.yaml", "no such scene file", "check the path");

        assertEquals("scenes/nope.yaml: no such scene file; check the path", error.getMessage());
        assertEquals(0, error.line());
    }
}
