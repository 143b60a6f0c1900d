package dev.waitingroom.adapter.redis;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One address in front of Redis servers, as the endpoint of a managed Redis is: a failover points it at
 * another server, and the connections made after that reach the new one, while those made before stay
 * with the old one. A TCP relay on a loopback port, byte for byte both ways.
 */
final class MovableAddress implements AutoCloseable {

    private final ServerSocket listening;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private volatile int target;

    MovableAddress(int targetPort) {
        try {
            this.listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.target = targetPort;
        Thread.ofVirtual().name("movable-address").start(this::accept);
    }

    String url() {
        return "redis://127.0.0.1:" + listening.getLocalPort();
    }

    /** New connections go to this server from now on; the open ones are left as they are. */
    void pointAt(int targetPort) {
        this.target = targetPort;
    }

    private void accept() {
        while (!listening.isClosed()) {
            Socket client;
            try {
                client = listening.accept();
            } catch (IOException e) {
                continue; // closed: the loop ends
            }
            sockets.add(client);
            try {
                Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
                sockets.add(server);
                Thread.ofVirtual().start(() -> pass(client, server));
                Thread.ofVirtual().start(() -> pass(server, client));
            } catch (IOException e) {
                close(client); // the server refused: the client sees its connection closed and tries again
            }
        }
    }

    /** Until either side closes; then both are closed, as a connection through a real endpoint would be. */
    private void pass(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException e) {
            // the other direction closed it
        } finally {
            close(from);
            close(to);
        }
    }

    private void close(Socket socket) {
        sockets.remove(socket);
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() {
        try {
            listening.close();
        } catch (IOException ignored) {
            // already closed
        }
        sockets.forEach(this::close);
    }
}
