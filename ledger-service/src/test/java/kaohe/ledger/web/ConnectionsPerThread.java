package kaohe.ledger.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import javax.sql.DataSource;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts how many pooled connections one thread holds at the same time. A request that needs a second while
 * holding one (a query inside a row mapper) starves the pool under load; tests assert the most ever held is 1.
 */
public class ConnectionsPerThread implements BeanPostProcessor {

    private final ThreadLocal<int[]> held = ThreadLocal.withInitial(() -> new int[1]);
    private final AtomicInteger most = new AtomicInteger();

    public void reset() {
        most.set(0);
    }

    /** The most connections any thread has held at once since the last reset. */
    public int most() {
        return most.get();
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof DataSource dataSource) || bean instanceof ConnectionsPerThread) {
            return bean;
        }
        return new DelegatingDataSource(dataSource) {
            @Override
            public Connection getConnection() throws SQLException {
                return counted(super.getConnection());
            }

            @Override
            public Connection getConnection(String username, String password) throws SQLException {
                return counted(super.getConnection(username, password));
            }
        };
    }

    private Connection counted(Connection connection) {
        int[] count = held.get();
        count[0]++;
        most.accumulateAndGet(count[0], Math::max);
        var closed = new boolean[1];
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close") && !closed[0]) {
                        closed[0] = true;
                        count[0]--;
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
