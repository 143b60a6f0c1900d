package dev.waitingroom.acceptance;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay in front of one gateway: what it receives on its own port it passes on, byte for byte,
 * both ways. Cutting it off closes its port and every connection through it, so that whoever talks to
 * the gateway through it finds nobody listening, as if the gateway had stopped; opening it again
 * listens on the same port. The gateway itself, and what it keeps in memory, is untouched.
 */
final class Relay implements AutoCloseable {

    private final InetSocketAddress gateway;
    private final int port;
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    private ServerSocket listening;

    private Relay(InetSocketAddress gateway, ServerSocket listening) {
        this.gateway = gateway;
        this.listening = listening;
        this.port = listening.getLocalPort();
        acceptOn(listening);
    }

    static Relay inFrontOf(URI gateway) {
        return new Relay(new InetSocketAddress(gateway.getHost(), gateway.getPort()), listen(0));
    }

    URI address() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** Nobody listens on the relay's port any more, and every connection through it is closed. */
    synchronized void cutOff() {
        if (listening == null) {
            return;
        }
        closeQuietly(listening);
        listening = null;
        connections.forEach(Relay::closeQuietly);
        connections.clear();
    }

    /** Listens again on the same port. */
    synchronized void open() {
        if (listening == null) {
            listening = listen(port);
            acceptOn(listening);
        }
    }

    @Override
    public void close() {
        cutOff();
    }

    private static ServerSocket listen(int port) {
        try {
            ServerSocket socket = new ServerSocket();
            // the port was ours a moment ago: connections it closed may still linger in TIME_WAIT
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return socket;
        } catch (IOException e) {
            throw new UncheckedIOException("the relay could not listen on port " + port, e);
        }
    }

    private void acceptOn(ServerSocket socket) {
        Thread.ofVirtual().name("relay-accept-" + port).start(() -> {
            while (!socket.isClosed()) {
                try {
                    Socket caller = socket.accept();
                    Thread.ofVirtual().start(() -> relay(caller));
                } catch (IOException closed) {
                    return;
                }
            }
        });
    }

    private void relay(Socket caller) {
        connections.add(caller);
        Socket callee = new Socket();
        connections.add(callee);
        try {
            callee.connect(gateway);
            Thread.ofVirtual().start(() -> pump(caller, callee));
            pump(callee, caller);
        } catch (IOException e) {
            closeQuietly(caller);
            closeQuietly(callee);
        }
    }

    /** Copies one direction until it ends, then closes both ends: HTTP has nothing to say half-closed. */
    private void pump(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            byte[] buffer = new byte[16 * 1024];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException ended) {
            // one side closed, or the relay was cut off
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            connections.remove(from);
            connections.remove(to);
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // closing is all that was wanted
        }
    }
}
