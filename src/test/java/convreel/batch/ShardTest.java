package convreel.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShardTest {

    @Test
    void theShardsOfABatchCoverEveryItemExactlyOnce() {
        for (int size = 0; size <= 12; size++) {
            List<Integer> items = IntStream.range(0, size).boxed().toList();
            for (int count = 1; count <= 5; count++) {
                List<Integer> seen = new ArrayList<>();
                int smallest = Integer.MAX_VALUE;
                int largest = 0;
                for (int index = 1; index <= count; index++) {
                    List<Integer> part = new Shard(index, count).select(items);
                    seen.addAll(part);
                    smallest = Math.min(smallest, part.size());
                    largest = Math.max(largest, part.size());
                    for (int k : part) {
                        assertTrue(new Shard(index, count).owns(k), "owns agrees with select");
                    }
                }
                assertEquals(size, seen.size(), size + " items in " + count + " shards: nothing twice");
                assertEquals(Set.copyOf(items), new HashSet<>(seen), size + " items in " + count + " shards: nothing left out");
                assertTrue(largest - smallest <= 1, "shards differ in size by at most one");
            }
        }
    }

    @Test
    void itemKGoesToShardKModNPlusOne() {
        List<String> sorted = List.of("a", "b", "c", "d", "e", "f", "g");
        assertEquals(List.of("a", "d", "g"), new Shard(1, 3).select(sorted));
        assertEquals(List.of("b", "e"), new Shard(2, 3).select(sorted));
        assertEquals(List.of("c", "f"), new Shard(3, 3).select(sorted));
        assertEquals(sorted, Shard.all().select(sorted));
    }

    @Test
    void parsesIOverN() {
        assertEquals(new Shard(2, 3), Shard.parse("2/3"));
        assertEquals(new Shard(1, 1), Shard.parse(" 1/1 "));
        assertEquals(new Shard(10, 10), Shard.parse("10/10"));
        assertEquals("2/3", Shard.parse("2/3").toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0/3", "4/3", "x", "", "1/0", "0/0", "-1/3", "1/-3", "1/3/4", "1 / 3", "1/", "/3", "one/three",
            "99999999999/99999999999"})
    void rejectsAnythingButIOverNWithIFromOneToN(String spec) {
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> Shard.parse(spec));
        assertTrue(bad.getMessage().contains("I/"), "says what was expected: " + bad.getMessage());
    }

    @Test
    void theMessageSaysWhichShardsExist() {
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> Shard.parse("4/3"));
        assertEquals("shard 4/3 does not exist; expected I/3 with I from 1 to 3", bad.getMessage());
    }
}
