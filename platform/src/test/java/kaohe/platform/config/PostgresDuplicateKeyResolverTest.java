package kaohe.platform.config;

import org.junit.jupiter.api.Test;

import java.sql.BatchUpdateException;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class PostgresDuplicateKeyResolverTest {

    private final PostgresDuplicateKeyResolver resolver = new PostgresDuplicateKeyResolver();

    @Test
    void recognisesAUniqueViolationAnywhereInTheChain() {
        var batch = new BatchUpdateException("batch aborted", "23505", 0, new int[0]);
        assertThat(resolver.isDuplicateKeyViolation(new RuntimeException(batch))).isTrue();
        var wrapped = new BatchUpdateException("batch aborted", "", 0, new int[0]);
        wrapped.setNextException(new SQLException("duplicate key", "23505"));
        assertThat(resolver.isDuplicateKeyViolation(wrapped)).isTrue();
    }

    @Test
    void otherErrorsAreNotDuplicates() {
        assertThat(resolver.isDuplicateKeyViolation(new SQLException("deadlock", "40P01"))).isFalse();
        assertThat(resolver.isDuplicateKeyViolation(new IllegalStateException("x"))).isFalse();
    }
}
