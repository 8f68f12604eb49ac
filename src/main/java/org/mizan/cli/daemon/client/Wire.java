package org.mizan.cli.daemon.client;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What the launcher's client and the resident process say to each other over the Unix socket. Only
 * {@code java.base}: the client must start in a fraction of the application's time.
 *
 * <p>A request: {@link #MAGIC}, a kind byte, then for {@link #RUN} the client's working directory, whether picocli
 * may colour its help, and the arguments. The answer is a series of frames (a type byte, a length, that many
 * bytes): {@link #STARTED} when the command begins, {@link #STDOUT} and {@link #STDERR} with the bytes the command
 * wrote to each, in order, and last {@link #EXIT} with the exit code. Strings travel as UTF-8.
 */
public final class Wire {

    /** "MZN" and the protocol's version: a client and a process of different builds never meet (keyed by the jar). */
    public static final int MAGIC = 0x4D5A4E01;

    /** Request kinds. */
    public static final byte RUN = 'R';
    public static final byte STATUS = 'S';
    public static final byte STOP = 'Q';

    /** Answer frames. */
    public static final byte STARTED = 'A';
    public static final byte STDOUT = 'O';
    public static final byte STDERR = 'E';
    public static final byte TEXT = 'T';
    public static final byte EXIT = 'X';
    /** The process will not run this request (another folder or build); the client runs the command itself. */
    public static final byte REFUSED = 'N';

    private Wire() {
    }

    /** A request to run a command line. */
    public record Run(String workingDirectory, boolean ansi, List<String> args) {
    }

    public static void writeRun(DataOutputStream out, Run run) throws IOException {
        out.writeInt(MAGIC);
        out.writeByte(RUN);
        writeString(out, run.workingDirectory());
        out.writeBoolean(run.ansi());
        out.writeInt(run.args().size());
        for (String arg : run.args()) {
            writeString(out, arg);
        }
        out.flush();
    }

    /** The kind of the request that follows, after checking the magic number. */
    public static byte readKind(DataInputStream in) throws IOException {
        int magic = in.readInt();
        if (magic != MAGIC) {
            throw new IOException("not a Mizan client (or another version of it)");
        }
        return in.readByte();
    }

    public static Run readRun(DataInputStream in) throws IOException {
        String dir = readString(in);
        boolean ansi = in.readBoolean();
        int count = in.readInt();
        if (count < 0 || count > 100_000) {
            throw new IOException("bad argument count " + count);
        }
        List<String> args = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            args.add(readString(in));
        }
        return new Run(dir, ansi, args);
    }

    public static void writeFrame(DataOutputStream out, byte type, byte[] bytes, int offset, int length)
            throws IOException {
        out.writeByte(type);
        out.writeInt(length);
        out.write(bytes, offset, length);
        out.flush();
    }

    public static void writeExit(DataOutputStream out, int code) throws IOException {
        out.writeByte(EXIT);
        out.writeInt(4);
        out.writeInt(code);
        out.flush();
    }

    /** One frame of an answer, or null at the end of the stream. */
    public record Frame(byte type, byte[] bytes) {
        public int code() {
            return ((bytes[0] & 0xff) << 24) | ((bytes[1] & 0xff) << 16) | ((bytes[2] & 0xff) << 8) | (bytes[3] & 0xff);
        }
    }

    public static Frame readFrame(DataInputStream in) throws IOException {
        int type = in.read();
        if (type < 0) {
            return null;
        }
        try {
            int length = in.readInt();
            if (length < 0) {
                throw new IOException("bad frame length " + length);
            }
            byte[] bytes = in.readNBytes(length);
            return bytes.length == length ? new Frame((byte) type, bytes) : null;
        } catch (EOFException e) {
            return null;
        }
    }

    static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > 16 << 20) {
            throw new IOException("bad string length " + length);
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    /**
     * The channel's bytes as a stream. Not {@code Channels.newInputStream}: its streams hold the channel's blocking
     * lock while they wait, so a thread waiting to read (for the client to go away) would stop another from
     * writing the answer.
     */
    public static InputStream input(SocketChannel channel) {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                int n = read(one, 0, 1);
                return n < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return len == 0 ? 0 : channel.read(ByteBuffer.wrap(b, off, len));
            }
        };
    }

    /** Bytes written to the channel, all of them before returning (see {@link #input}). */
    public static OutputStream output(SocketChannel channel) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                ByteBuffer buffer = ByteBuffer.wrap(b, off, len);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            }
        };
    }
}
