package dev.waitingroom.adapter.redis;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A certificate authority of a test's own and a server certificate it signed for 127.0.0.1, made with the
 * {@code openssl} command; and a PKCS12 trust store holding the authority, for the JVM of the test.
 */
record TestCertificates(Path authority, Path serverCertificate, Path serverKey, Path trustStore, String trustStorePassword) {

    static TestCertificates makeIn(Path folder) {
        Path authority = folder.resolve("ca.crt");
        Path authorityKey = folder.resolve("ca.key");
        Path certificate = folder.resolve("server.crt");
        Path key = folder.resolve("server.key");
        Path request = folder.resolve("server.csr");
        Path extensions = folder.resolve("server.ext");
        try {
            Files.writeString(extensions, "subjectAltName=IP:127.0.0.1\n");
            openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-days", "2",
                    "-subj", "/CN=waiting-room test authority", "-keyout", authorityKey.toString(), "-out", authority.toString());
            openssl("req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-subj", "/CN=127.0.0.1",
                    "-keyout", key.toString(), "-out", request.toString());
            openssl("x509", "-req", "-in", request.toString(), "-CA", authority.toString(), "-CAkey", authorityKey.toString(),
                    "-CAcreateserial", "-days", "2", "-extfile", extensions.toString(), "-out", certificate.toString());
            Path trustStore = folder.resolve("trust.p12");
            String password = "test-trust";
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            try (InputStream in = Files.newInputStream(authority)) {
                store.setCertificateEntry("test-authority", CertificateFactory.getInstance("X.509").generateCertificate(in));
            }
            try (OutputStream out = Files.newOutputStream(trustStore)) {
                store.store(out, password.toCharArray());
            }
            return new TestCertificates(authority, certificate, key, trustStore, password);
        } catch (IOException e) {
            throw new UncheckedIOException("could not make the test certificates in " + folder, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not make the test trust store", e);
        }
    }

    private static void openssl(String... arguments) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of("openssl"));
        command.addAll(List.of(arguments));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IOException("the TLS tests need the openssl command (apt-get install openssl): " + e.getMessage(), e);
        }
        try {
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("openssl " + String.join(" ", arguments) + " failed: " + output.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running openssl", e);
        }
    }
}
