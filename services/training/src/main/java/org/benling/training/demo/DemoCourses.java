package org.benling.training.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;
import org.benling.contracts.Capability;
import org.benling.training.domain.Course;
import org.benling.training.domain.CourseKind;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** A demo course catalogue, loaded when demo data is on and there are no courses yet. */
@ApplicationScoped
public class DemoCourses {

    private static final Logger LOG = Logger.getLogger(DemoCourses.class);

    @ConfigProperty(name = "benling.demo-data.enabled", defaultValue = "false")
    boolean enabled;

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            load();
        }
    }

    @Transactional
    void load() {
        if (Course.count() > 0) {
            return;
        }
        int loaded = 0;
        try (var reader = new BufferedReader(new InputStreamReader(
                DemoCourses.class.getResourceAsStream("/demo/courses.tsv"), StandardCharsets.UTF_8))) {
            for (String line : reader.lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                Course c = new Course();
                c.id = UUID.nameUUIDFromBytes(("benling-course:" + f[0]).getBytes(StandardCharsets.UTF_8));
                c.code = f[0];
                c.title = f[1];
                c.kind = CourseKind.valueOf(f[2]);
                c.capabilities(Arrays.stream(f[3].split(",")).map(Capability::valueOf).collect(Collectors.toSet()));
                c.creditHours = new BigDecimal(f[4]).setScale(2);
                c.offJobDays = Integer.parseInt(f[5]);
                c.provider = f[6];
                c.persist();
                loaded++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LOG.infof("demo data: %d courses", loaded);
    }
}
