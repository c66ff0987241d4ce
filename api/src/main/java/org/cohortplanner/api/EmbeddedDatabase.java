package org.cohortplanner.api;

import java.nio.file.Path;

import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The database: an H2 file in the data folder unless {@code spring.datasource.*} names another (the
 * {@code postgres} profile does). The folder is made absolute here because H2 refuses paths such as
 * {@code data/x} that are implicitly relative to the working directory.
 */
@Configuration(proxyBeanMethods = false)
public class EmbeddedDatabase {

    public static final String FILE_NAME = "cohort-planner";

    /** The defaults; binding {@code spring.datasource.*} afterwards overrides any of them. */
    @Bean
    @Primary
    @ConfigurationProperties("spring.datasource")
    public DataSourceProperties dataSourceProperties(PlannerProperties planner) {
        Path file = planner.dataDir().toAbsolutePath().normalize().resolve(FILE_NAME);
        DataSourceProperties properties = new DataSourceProperties();
        // WRITE_DELAY=0: a commit is in the file when the request returns, so a killed process loses nothing
        // acknowledged. DB_CLOSE_ON_EXIT=FALSE: H2's own shutdown hook would close the database while Spring's
        // shutdown still stops solves and writes their final plans ("Database is already closed"); the pool closes
        // it instead, after every bean that uses it.
        properties.setUrl("jdbc:h2:file:" + file + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
        properties.setUsername("sa");
        properties.setPassword("");
        return properties;
    }
}
