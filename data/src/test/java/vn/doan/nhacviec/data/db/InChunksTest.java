package vn.doan.nhacviec.data.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class InChunksTest {

    @Test
    void cutsIntoChunksOf500InOrder() {
        List<Long> ids = LongStream.rangeClosed(1, 1001).boxed().toList();
        List<List<Long>> chunks = InChunks.of(ids);
        assertThat(chunks).extracting(List::size).containsExactly(500, 500, 1);
        assertThat(chunks.stream().flatMap(List::stream).toList()).isEqualTo(ids);
        assertThat(InChunks.of(List.of())).isEmpty();
        assertThat(InChunks.marks(List.of(1L, 2L, 3L))).isEqualTo("?,?,?");
        assertThat(InChunks.query(ids, chunk -> List.of(chunk.size()))).containsExactly(500, 500, 1);
    }
}
