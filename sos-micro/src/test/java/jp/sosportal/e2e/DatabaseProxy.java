package jp.sosportal.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Forwards a local port to the machine's PostgreSQL; {@link #cut} drops every connection and refuses new ones,
 * {@link #restore} lets them through again. So a test takes the database away from one portal without stopping the
 * PostgreSQL that other runs share.
 */
final class DatabaseProxy implements AutoCloseable {

    private final int port;
    private final int target;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile ServerSocket server;

    /** Listening and forwarding at once. */
    DatabaseProxy(int port, int target) throws IOException {
        this.port = port;
        this.target = target;
        restore();
    }

    int port() {
        return port;
    }

    /** A database of its own on the PostgreSQL the PostgreSQL pass uses (127.0.0.1:5432, trust, postgres). */
    static String freshDatabase(String suffix) throws Exception {
        String e2e = System.getProperty("sos.e2e.db.url", "");
        String name = (e2e.isBlank() ? "sos_e2e" : e2e.substring(e2e.lastIndexOf('/') + 1)) + "_" + suffix;
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "")) {
            c.createStatement().execute("drop database if exists " + name);
            c.createStatement().execute("create database " + name);
        }
        return name;
    }

    void restore() throws IOException {
        ServerSocket listening = new ServerSocket();
        listening.setReuseAddress(true);
        listening.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        server = listening;
        Thread acceptor = new Thread(() -> accept(listening), "db-proxy-" + port);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    void cut() throws IOException {
        server.close();
        for (Socket s : open) {
            s.close();
        }
        open.clear();
    }

    private void accept(ServerSocket listening) {
        while (!listening.isClosed()) {
            try {
                Socket client = listening.accept();
                Socket db = new Socket(InetAddress.getLoopbackAddress(), target);
                open.add(client);
                open.add(db);
                pipe(client, db);
                pipe(db, client);
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void pipe(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException dropped) {
                // cut, or the other side closed
            } finally {
                try {
                    from.close();
                    to.close();
                } catch (IOException ignored) {
                    // already closed
                }
            }
        }, "db-proxy-pipe");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() throws IOException {
        cut();
    }
}
