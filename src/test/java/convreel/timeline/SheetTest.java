package convreel.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SheetTest {
    private static final CueKey SUM = new CueKey(Cue.SUM, 0);
    private static final CueKey LAND = new CueKey(Cue.LAND, 0);

    private static CueTimes.Timed at(CueTimes times, Cue cue, int index) {
        return times.timed(new CueKey(cue, index));
    }

    @Test
    void aSequenceRunsItsCuesOneAfterAnotherAndHoldsWait() {
        Sheet sheet = Sheet.sequence(Sheet.hold(1), Sheet.cue(Cue.SUM, 0).lasting(2), Sheet.hold(0.5),
                Sheet.cue(Cue.LAND, 0).lasting(1.5));
        CueTimes times = sheet.resolve(5, Map.of());
        assertEquals(1, times.timed(SUM).start(), 1e-12);
        assertEquals(3, times.timed(SUM).end(), 1e-12);
        assertEquals(3.5, times.timed(LAND).start(), 1e-12);
        assertEquals(5, times.timed(LAND).end(), 1e-12);
    }

    @Test
    void aSheetStretchesToItsBeatAsAWhole() {
        Sheet sheet = Sheet.sequence(Sheet.cue(Cue.SUM, 0).lasting(1), Sheet.hold(1));
        CueTimes times = sheet.resolve(6, Map.of());
        assertEquals(0, times.timed(SUM).start(), 1e-12);
        assertEquals(3, times.timed(SUM).end(), 1e-12, "twice as long a beat, twice as slow");
    }

    @Test
    void togetherStartsAllAtOnceAndLastsAsLongAsTheLongest() {
        Sheet sheet = Sheet.sequence(Sheet.together(Sheet.cue(Cue.SUM, 0).lasting(1), Sheet.cue(Cue.TITLE).lasting(3)),
                Sheet.cue(Cue.HOOK).lasting(1));
        CueTimes times = sheet.resolve(4, Map.of());
        assertEquals(0, times.timed(CueKey.of(Cue.TITLE)).start(), 1e-12);
        assertEquals(3, times.timed(CueKey.of(Cue.HOOK)).start(), 1e-12);
    }

    @Test
    void aLagRatioStartsEachMemberPartWayThroughTheOneBefore() {
        Sheet sheet = Sheet.lagged(0.25, List.of(Sheet.cue(Cue.ROW, 0).lasting(2), Sheet.cue(Cue.ROW, 1).lasting(2),
                Sheet.cue(Cue.ROW, 2).lasting(2)));
        assertEquals(3, sheet.length(), 1e-12);
        CueTimes times = sheet.resolve(3, Map.of());
        assertEquals(0.5, at(times, Cue.ROW, 1).start(), 1e-12);
        assertEquals(1.0, at(times, Cue.ROW, 2).start(), 1e-12);
        assertEquals(3.0, at(times, Cue.ROW, 2).end(), 1e-12);
    }

    @Test
    void aLagInSecondsSpacesTheStarts() {
        Sheet sheet = Sheet.laggedBy(1.5, List.of(Sheet.cue(Cue.LINE, 0).lasting(1), Sheet.cue(Cue.LINE, 1).lasting(1)));
        CueTimes times = sheet.resolve(2.5, Map.of());
        assertEquals(1.5, at(times, Cue.LINE, 1).start(), 1e-12);
    }

    @Test
    void theLastFrameOfACueHasItsEndValueExactly() {
        for (Easing easing : Easing.values()) {
            Sheet sheet = Sheet.sequence(Sheet.cue(Cue.PUSH).lasting(1.0 / 3).eased(easing).between(1, 1.07), Sheet.hold(1));
            CueTimes times = sheet.resolve(4.0 / 3, Map.of());
            double end = times.timed(CueKey.of(Cue.PUSH)).end();
            // The first frame at or after the end, at 30 fps, whatever rounding put it there.
            double frame = Math.ceil(end * 30 - 1e-9) / 30;
            assertEquals(1.07, times.value(CueKey.of(Cue.PUSH), frame), 0.0, easing + " ends exactly");
            assertEquals(1.0, times.value(CueKey.of(Cue.PUSH), 0), 0.0, easing + " starts exactly");
            assertEquals(1.0, easing.apply(1), 0.0);
            assertEquals(0.0, easing.apply(0), 0.0);
        }
    }

    @Test
    void anAnchorPinsACueAndTheRestOfItsSequenceFollows() {
        Sheet sheet = Sheet.sequence(Sheet.cue(Cue.PRODUCTS, 0).lasting(2), Sheet.cue(Cue.SUM, 0).lasting(1),
                Sheet.cue(Cue.LAND, 0).lasting(1), Sheet.hold(4));
        CueTimes plain = sheet.resolve(8, Map.of());
        assertEquals(2, plain.timed(new CueKey(Cue.SUM, 0)).start(), 1e-12);
        CueTimes pinned = sheet.resolve(8, Map.of(new CueKey(Cue.SUM, 0), 3.5));
        assertEquals(0, pinned.timed(new CueKey(Cue.PRODUCTS, 0)).start(), 1e-12, "what comes before stays");
        assertEquals(3.5, pinned.timed(new CueKey(Cue.SUM, 0)).start(), 1e-12);
        assertEquals(4.5, pinned.timed(new CueKey(Cue.LAND, 0)).start(), 1e-12, "what follows moves with it");
    }

    @Test
    void anAnchorEarlierThanItsPlaceSqueezesWhatLeadsUpToItToEndThere() {
        Sheet sheet = Sheet.sequence(Sheet.hold(1), Sheet.cue(Cue.PRODUCTS, 0).lasting(2), Sheet.hold(1),
                Sheet.cue(Cue.SUM, 0).lasting(1), Sheet.cue(Cue.LAND, 0).lasting(1), Sheet.hold(2));
        CueTimes pinned = sheet.resolve(8, Map.of(new CueKey(Cue.SUM, 0), 2.0));
        assertEquals(0.5, pinned.timed(new CueKey(Cue.PRODUCTS, 0)).start(), 1e-12, "the lead-up keeps its shape, halved");
        assertEquals(1.5, pinned.timed(new CueKey(Cue.PRODUCTS, 0)).end(), 1e-12);
        assertEquals(2.0, pinned.timed(new CueKey(Cue.SUM, 0)).start(), 1e-12);
        assertEquals(3.0, pinned.timed(new CueKey(Cue.LAND, 0)).start(), 1e-12, "what follows moves with it");
    }

    @Test
    void anAnchorPastTheBeatStillEndsOnItsLastFrame() {
        Sheet sheet = Sheet.sequence(Sheet.cue(Cue.SUM, 0).lasting(1), Sheet.cue(Cue.LAND, 0).lasting(1));
        CueTimes times = sheet.resolve(2, Map.of(SUM, 1.8));
        assertEquals(2, times.timed(LAND).end(), 1e-12);
        assertEquals(1.0, times.value(LAND, 2), 0.0);
    }

    @Test
    void anAnchorForACueTheSheetLacksIsRefusedWithTheCuesItHas() {
        Sheet sheet = Sheet.sequence(Sheet.cue(Cue.SUM, 0).lasting(1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> sheet.resolve(1, Map.of(CueKey.of(Cue.TRACE), 0.5)));
        assertTrue(e.getMessage().contains("trace") && e.getMessage().contains("sum 1"), e.getMessage());
    }

    @Test
    void aCueOnASheetTwiceIsRefused() {
        Sheet sheet = Sheet.sequence(Sheet.cue(Cue.SUM, 0), Sheet.cue(Cue.SUM, 0));
        assertThrows(IllegalArgumentException.class, () -> sheet.resolve(1, Map.of()));
    }

    @Test
    void cueNamesReadBackAsTheirKeys() {
        assertEquals("row 2", new CueKey(Cue.ROW, 1).name());
        assertEquals(new CueKey(Cue.ROW, 1), CueKey.parse("row 2").orElseThrow());
        assertEquals(CueKey.of(Cue.ZOOM_IN), CueKey.parse("zoom-in").orElseThrow());
        assertTrue(CueKey.parse("sum 2").isEmpty() == false, "sum is a group: one per window position");
        assertTrue(CueKey.parse("trace 2").isEmpty());
        assertTrue(CueKey.parse("nonsense").isEmpty());
    }
}
