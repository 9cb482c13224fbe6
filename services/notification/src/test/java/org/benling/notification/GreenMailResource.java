package org.benling.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server for the tests (GreenMail, as {@code ./benling start} runs its standalone), on a free port given
 * to the mailer. A test may stop it, to see mail wait, and start it again on the same port.
 */
public class GreenMailResource implements QuarkusTestResourceLifecycleManager {

    private static int port;
    private static GreenMail server;

    @Override
    public Map<String, String> start() {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        up();
        return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", Integer.toString(port));
    }

    @Override
    public void stop() {
        down();
    }

    /** Starts the server (again), with an empty store. */
    public static synchronized void up() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    /** Stops the server: connections to its port are refused until {@link #up()}. */
    public static synchronized void down() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** The messages the server received for {@code address}, oldest first. */
    public static synchronized List<MimeMessage> to(String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> addressedTo(m, address)).toList();
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients != null && Arrays.stream(recipients).anyMatch(r -> r.toString().contains(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
