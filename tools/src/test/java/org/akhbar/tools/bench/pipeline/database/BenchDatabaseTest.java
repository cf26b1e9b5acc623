package org.akhbar.tools.bench.pipeline.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BenchDatabaseTest {
    @Test
    void aCrawlsSchemaReplacesAnyInTheServersUrl() {
        assertThat(BenchDatabase.Postgres.withSchema("jdbc:postgresql://h:5432/test?user=postgres", "s1"))
                .isEqualTo("jdbc:postgresql://h:5432/test?user=postgres&currentSchema=s1");
        assertThat(BenchDatabase.Postgres.withSchema("jdbc:postgresql://h/test?currentSchema=old&ssl=false", "s2"))
                .isEqualTo("jdbc:postgresql://h/test?ssl=false&currentSchema=s2");
        assertThat(BenchDatabase.Postgres.withSchema("jdbc:postgresql://h/test", "s3"))
                .isEqualTo("jdbc:postgresql://h/test?currentSchema=s3");
    }

    @Test
    void anH2CrawlNeverSeesTheOperatorsPostgresSettings() {
        BenchDatabase.Store store = new BenchDatabase.H2().fresh("crawl h2 small", Path.of("/data/crawl"));
        assertThat(store.env()).containsKey(BenchDatabase.URL);
        assertThat(store.env().get(BenchDatabase.URL)).isNull();
        assertThat(store.jdbcUrl()).isEqualTo("jdbc:h2:file:/data/crawl/db/akhbar;AUTO_SERVER=TRUE;QUERY_CACHE_SIZE=64");
    }
}
