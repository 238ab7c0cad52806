package dev.passbook.app.reading;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;

/**
 * A stand-in reader process for {@link ReaderPoolTest}: speaks the reader protocol but misbehaves as
 * told, so that the service's side of every way a reader can fail is tested without PDFBox.
 * Modes: {@code hang} (never answers), {@code exit3} (exits as -XX:+ExitOnOutOfMemoryError does),
 * {@code garbage} (answers with the wrong frame), {@code echo} (answers INVALID_FILE_OBJECT for a
 * file that starts with 'X', else EMPTY_FILE), {@code mute} (never says hello).
 */
public final class StubReader {

    private StubReader() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
        DataInputStream in = new DataInputStream(new FileInputStream(FileDescriptor.in));
        if (mode.equals("mute")) {
            Thread.sleep(60_000);
            return;
        }
        out.writeInt(ReaderWorker.HELLO);
        out.flush();
        while (true) {
            int magic;
            try {
                magic = in.readInt();
            } catch (IOException gone) {
                return;
            }
            byte[] file = new byte[in.readInt()];
            in.readFully(file);
            if (in.readBoolean()) {
                DocumentCodec.readString(in);
            }
            switch (mode) {
                case "hang" -> Thread.sleep(600_000);
                case "exit3" -> Runtime.getRuntime().halt(3);
                case "garbage" -> {
                    out.writeInt(magic);
                    out.flush();
                }
                default -> {
                    out.writeInt(ReaderWorker.ANSWER);
                    out.writeByte(1);
                    DocumentCodec.writeString(out, file.length > 0 && file[0] == 'X' ? "INVALID_FILE_OBJECT" : "EMPTY_FILE");
                    DocumentCodec.writeString(out, "stub");
                    out.flush();
                }
            }
        }
    }
}
