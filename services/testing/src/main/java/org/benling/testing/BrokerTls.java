package org.benling.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The test broker's TLS material in its log folder: a key pair for localhost in the broker's key store (made with the
 * JDK's keytool), its certificate in the clients' trust store.
 */
final class BrokerTls {

    /** The password of the test broker's key store and trust store: local test material only. */
    static final String STORE_PASSWORD = "benling-test-tls-local-demo";

    private final Path logDir;

    BrokerTls(Path logDir) {
        this.logDir = logDir;
    }

    Path keystore() {
        return logDir.resolve("broker-keystore.p12");
    }

    Path truststore() {
        return logDir.resolve("client-truststore.p12");
    }

    /** A key pair for localhost in the broker's key store, its certificate in the clients' trust store. */
    void make() {
        Path certificate = logDir.resolve("broker.crt");
        keytool("-genkeypair", "-alias", "broker", "-keyalg", "RSA", "-keysize", "2048", "-validity", "30",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", keystore().toString(), "-storepass", STORE_PASSWORD, "-keypass", STORE_PASSWORD);
        keytool("-exportcert", "-alias", "broker", "-rfc", "-file", certificate.toString(), "-storetype", "PKCS12",
                "-keystore", keystore().toString(), "-storepass", STORE_PASSWORD);
        keytool("-importcert", "-noprompt", "-alias", "broker", "-file", certificate.toString(), "-storetype", "PKCS12",
                "-keystore", truststore().toString(), "-storepass", STORE_PASSWORD);
    }

    private static void keytool(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("keytool " + args[0] + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
