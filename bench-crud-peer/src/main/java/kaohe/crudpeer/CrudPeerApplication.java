package kaohe.crudpeer;

import kaohe.platform.actor.JwtSettings;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * The CRUD peer of {@code ./kaohe bench}: what a bureau would otherwise buy (Spring MVC on Tomcat, JDBC with
 * HikariCP, PostgreSQL, Flyway), doing the indicator target revision the way such an app does — one checked
 * {@code UPDATE}, no events — so the bench can set the event-sourced command beside it. Never part of the product:
 * not deployed, not started by {@code ./kaohe start}; the bench starts it on a database of its own.
 */
@SpringBootApplication
@EnableConfigurationProperties(JwtSettings.class)
public class CrudPeerApplication {

    public static void main(String[] args) {
        SpringApplication.run(CrudPeerApplication.class, args);
    }
}
