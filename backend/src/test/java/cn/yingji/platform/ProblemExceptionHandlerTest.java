package cn.yingji.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;

class ProblemExceptionHandlerTest {

    @Test
    void noConnectionInTimeIsABusyServiceNotAnError() {
        var timeout = new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out");
        var problem = ProblemExceptionHandler.classify(
                new CannotCreateTransactionException("Could not open JDBC Connection for transaction", timeout));
        assertThat(problem.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(problem.code()).isEqualTo("service-busy");
        assertThat(problem.detail()).isEqualTo("服务繁忙，请稍后重试");
    }

    @Test
    void anythingElseUnknownStaysAnInternalError() {
        var problem = ProblemExceptionHandler.classify(new IllegalStateException("bug"));
        assertThat(problem.status()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(problem.code()).isEqualTo("internal-error");
    }
}
