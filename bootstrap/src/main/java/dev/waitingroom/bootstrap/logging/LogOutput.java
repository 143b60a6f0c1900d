package dev.waitingroom.bootstrap.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.util.StatusPrinter2;
import dev.waitingroom.adapter.http.AccessLog;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.util.Locale;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Where every log line goes: SLF4J, to logback, in the format the settings ask for. System.Logger
 * (ours, Helidon's, the JDK's) reaches SLF4J through slf4j-jdk-platform-logging, java.util.logging
 * through the bridge installed here, Netty and Lettuce on their own.
 *
 * <p>Logback configures itself from {@code logback.xml} when the first logger is made, before the
 * settings are read; {@link #use} reads the same file again with the chosen format in the property
 * {@value #FORMAT_PROPERTY}. A file named by {@code -Dlogback.configurationFile} is read again the same way.
 */
public final class LogOutput {

    /** The logback property that names the appender of the chosen format: {@code text} or {@code json}. */
    public static final String FORMAT_PROPERTY = "waitingroom.log.format";

    /** What the last configuration was made of: the same again needs no new configuration. */
    private record Applied(LogSettings settings, String file) {
    }

    private static Applied applied;

    private LogOutput() {
    }

    /** Configures logging as the settings say; again only when they differ from the last ones used. */
    public static synchronized void use(LogSettings settings) {
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
        URL file = configurationFile();
        Applied wanted = new Applied(settings, file.toExternalForm());
        if (wanted.equals(applied)) {
            return;
        }
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            configure(context, settings, file);
        }
        applied = wanted;
    }

    private static void configure(LoggerContext context, LogSettings settings, URL file) {
        long since = System.currentTimeMillis();
        context.reset();
        context.putProperty(FORMAT_PROPERTY, settings.format().name().toLowerCase(Locale.ROOT));
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        try {
            configurator.doConfigure(file);
        } catch (JoranException e) {
            throw new IllegalStateException("the logging configuration " + file + " cannot be used", e);
        }
        if (!settings.accessLog()) {
            context.getLogger(AccessLog.LOGGER_NAME).setLevel(Level.OFF);
        }
        new StatusPrinter2().printInCaseOfErrorsOrWarnings(context, since);
    }

    /** The file logback chose by itself when it started: the one named by the property, else the first on the class path. */
    private static URL configurationFile() {
        ClassLoader loader = LogOutput.class.getClassLoader();
        String named = System.getProperty("logback.configurationFile");
        if (named == null || named.isBlank()) {
            URL test = loader.getResource("logback-test.xml");
            return test != null ? test : loader.getResource("logback.xml");
        }
        // as logback reads the property: a URL, else a class path resource, else a file
        try {
            return URI.create(named).toURL();
        } catch (IllegalArgumentException | MalformedURLException notAUrl) {
            URL resource = loader.getResource(named);
            if (resource != null) {
                return resource;
            }
            try {
                return new File(named).toURI().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalStateException("logback.configurationFile names no file: " + named, e);
            }
        }
    }
}
