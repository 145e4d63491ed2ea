package com.agentacademy.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy on the loopback address between the application and its database, so that a test can
 * take the database away and give it back. Cut, it drops every open connection and closes each new
 * one at once, as a stopped or restarting server does; restored, it passes bytes through again.
 * A trip wire cuts it when the application sends a statement containing some text for the n-th time,
 * before that statement reaches the database: a write can be interrupted half-way through.
 */
public final class DatabaseProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final InetSocketAddress target;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean cut;
    private volatile String tripText;
    private final AtomicInteger tripsLeft = new AtomicInteger();
    private volatile String slowText;
    private volatile long slowMillis;
    private final AtomicInteger slowed = new AtomicInteger();

    /** Listens on a free loopback port and forwards to {@code host:port}. */
    public DatabaseProxy(String host, int port) {
        try {
            listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        target = new InetSocketAddress(host, port);
        Thread acceptor = new Thread(this::accept, "database-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Takes the database away: open connections are dropped, new ones are closed at once. */
    public void cut() {
        cut = true;
        open.forEach(DatabaseProxy::closeQuietly);
        open.clear();
    }

    /** Gives the database back. */
    public void restore() {
        tripText = null;
        cut = false;
    }

    /** Cuts when the application sends a statement containing {@code text} for the {@code occurrence}-th time. */
    public void cutOnStatement(String text, int occurrence) {
        tripsLeft.set(occurrence);
        tripText = text;
    }

    /**
     * Holds each statement containing {@code text} for a while before passing it on, so that the
     * request sending it is caught half-way, with its transaction open.
     */
    public void slowStatement(String text, Duration delay) {
        slowMillis = delay.toMillis();
        slowText = text;
    }

    /** How many statements {@link #slowStatement} has held so far. */
    public int slowedStatements() {
        return slowed.get();
    }

    /** Whether a trip wire has cut the database. */
    public boolean isCut() {
        return cut;
    }

    @Override
    public void close() {
        cut();
        closeQuietly(listener);
    }

    private void accept() {
        while (!listener.isClosed()) {
            Socket client;
            try {
                client = listener.accept();
            }
            catch (IOException closed) {
                return;
            }
            if (cut) {
                closeQuietly(client);
                continue;
            }
            try {
                Socket server = new Socket();
                server.connect(target, 2_000);
                open.add(client);
                open.add(server);
                pump(client, server, true);
                pump(server, client, false);
            }
            catch (IOException e) {
                closeQuietly(client);
            }
        }
    }

    private void pump(Socket from, Socket to, boolean fromApplication) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[64 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    if (fromApplication && trips(buffer, read)) {
                        cut();
                        return;
                    }
                    if (fromApplication && contains(buffer, read, slowText)) {
                        slowed.incrementAndGet();
                        Thread.sleep(slowMillis);
                    }
                    out.write(buffer, 0, read);
                    out.flush();
                }
            }
            catch (IOException dropped) {
                // the other side or a cut closed the connection
            }
            catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
            finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        }, "database-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private boolean trips(byte[] buffer, int length) {
        return contains(buffer, length, tripText) && tripsLeft.decrementAndGet() == 0;
    }

    private static boolean contains(byte[] buffer, int length, String text) {
        return text != null && new String(buffer, 0, length, StandardCharsets.ISO_8859_1).contains(text);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        }
        catch (Exception ignored) {
            // already closed
        }
    }
}
