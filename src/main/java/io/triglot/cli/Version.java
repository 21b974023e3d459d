package io.triglot.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The version, from the build. */
public final class Version implements CommandLine.IVersionProvider {
    private static final String VERSION = load();

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("/io/triglot/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }

    /** The version string, e.g. {@code 0.1.0}. */
    public static String get() {
        return VERSION;
    }

    /** What files we write say about who wrote them. */
    public static String generator() {
        return "triglot " + VERSION;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"triglot " + VERSION,
                "Java " + System.getProperty("java.version") + ", Lucene " + org.apache.lucene.util.Version.LATEST};
    }
}
