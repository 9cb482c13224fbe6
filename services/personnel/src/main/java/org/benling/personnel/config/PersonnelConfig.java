package org.benling.personnel.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.quarkus.runtime.configuration.MemorySize;
import org.benling.platform.files.XlsxSheetReader;

@ConfigMapping(prefix = "benling.personnel")
public interface PersonnelConfig {

    /** Largest roster one upload may carry. */
    @WithDefault("20000")
    int importMaxRows();

    /** Longest text one roster cell may hold. */
    @WithDefault("200")
    int importMaxCellLength();

    /** Largest file one upload may be (the HTTP body limit, quarkus.http.limits.max-body-size, sits just above). */
    @WithDefault("10M")
    MemorySize importMaxFileSize();

    /** Smallest compressed-to-inflated ratio of a part of the workbook; below it the file is a zip bomb. */
    @WithDefault("0.01")
    double importMinInflateRatio();

    /** Largest inflated part (a sheet's XML, the shared strings) of an uploaded workbook. */
    @WithDefault("200M")
    MemorySize importMaxPartSize();

    default XlsxSheetReader.Limits importLimits() {
        return new XlsxSheetReader.Limits(importMaxFileSize().asLongValue(), importMaxRows(), importMaxCellLength(),
                importMinInflateRatio(), importMaxPartSize().asLongValue());
    }

    /** Largest search one export may write. */
    @WithDefault("50000")
    int exportMaxRows();

    DemoData demoData();

    interface DemoData {
        /** Load the demo roster at start-up when the database has no units ({@code ./benling start} turns it on). */
        @WithDefault("false")
        boolean enabled();

        @WithDefault("2000")
        int cadres();

        @WithDefault("20260101")
        long seed();
    }
}
