package org.teixit.io.xlsx;

/**
 * Prepares Apache POI before its first use: POI logs through the Log4j API, which, finding no logging
 * implementation on the class path, would print "Log4j API could not find a logging provider" on stderr in
 * the middle of command output. Routes it to Log4j's simple logger, switched off, unless the user has set up
 * logging.
 */
final class PoiSetup {
    private PoiSetup() {
    }

    static void quietLogging() {
        if (System.getProperty("log4j2.loggerContextFactory") == null
                && System.getProperty("log4j.configurationFile") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
            if (System.getProperty("org.apache.logging.log4j.simplelog.level") == null) {
                System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
            }
        }
    }
}
