package org.cohortplanner.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/** Tells whoever started the service where to find it and where its data is. */
@Component
public class StartupLog implements ApplicationListener<WebServerInitializedEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(StartupLog.class);

    private final DataSourceProperties database;

    public StartupLog(DataSourceProperties database) {
        this.database = database;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        LOG.info("Cohort Planner is at http://localhost:{}/ (API documentation at /swagger-ui.html); database {}",
                event.getWebServer().getPort(), database.getUrl());
    }
}
