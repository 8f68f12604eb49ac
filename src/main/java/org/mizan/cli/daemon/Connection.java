package org.mizan.cli.daemon;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;

import org.mizan.cli.daemon.client.Wire;

/**
 * The answer side of one client's connection: frames written whole, one at a time, from whichever thread (the
 * command's, the shutdown hook's). Once the client has gone, writes are dropped, as a PrintStream drops them.
 */
final class Connection {

    private final DataOutputStream out;
    private boolean gone;
    private boolean exited;

    Connection(SocketChannel channel) {
        this.out = new DataOutputStream(new BufferedOutputStream(Wire.output(channel)));
    }

    synchronized void frame(byte type, byte[] bytes, int offset, int length) {
        if (gone || exited) {
            return;
        }
        try {
            Wire.writeFrame(out, type, bytes, offset, length);
        } catch (IOException e) {
            gone = true;
        }
    }

    void text(byte type, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        frame(type, bytes, 0, bytes.length);
    }

    /** The last frame: the exit code. Later writes are dropped. Whether it was the first exit sent. */
    synchronized boolean exit(int code) {
        if (exited) {
            return false;
        }
        exited = true;
        if (!gone) {
            try {
                Wire.writeExit(out, code);
            } catch (IOException e) {
                gone = true;
            }
        }
        return true;
    }

    synchronized void clientGone() {
        gone = true;
    }

    /**
     * A UTF-8 print stream whose bytes go out as frames of {@code type}, buffered and flushed as the in-process
     * run's {@code System.out} is (on each line, and when flushed), so stdout and stderr interleave as they would.
     */
    PrintStream stream(byte type) {
        OutputStream frames = new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                if (len > 0) {
                    frame(type, b, off, len);
                }
            }
        };
        return new PrintStream(new BufferedOutputStream(frames), true, StandardCharsets.UTF_8);
    }
}
