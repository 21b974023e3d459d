package io.triglot.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads text files strictly: UTF-8 (BOM optional) or UTF-16 with BOM; bad bytes are an error naming the line. */
public final class TextFiles {
    private TextFiles() {
    }

    /** Reads a whole file, refusing empty files, NUL bytes and invalid encodings. The BOM is dropped. */
    public static String read(Path file) {
        byte[] bytes = readBytes(file);
        String text = decode(file, bytes);
        if (text.isBlank()) {
            throw new InputException(file, 0, "empty file");
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw new InputException(file, lineAt(text, nul), "binary file (NUL character)");
        }
        return text;
    }

    /** The raw bytes of a file, with a missing or unreadable file reported as bad input. */
    public static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(file, 0, "no such file");
        } catch (IOException e) {
            throw new InputException(file, 0, "cannot read: " + e.getMessage());
        }
    }

    /** Decodes UTF-8 (with or without BOM) or BOM-marked UTF-16, reporting the line of the first bad byte. */
    public static String decode(Path file, byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return strict(file, bytes, 2, StandardCharsets.UTF_16BE.newDecoder(), "UTF-16");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return strict(file, bytes, 2, StandardCharsets.UTF_16LE.newDecoder(), "UTF-16");
        }
        int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        // the JDK's own UTF-8 decoding is several times faster than a reporting decoder; it replaces bad bytes
        // with U+FFFD, so only a text that has one is decoded again, strictly, to find the line (or to keep a
        // U+FFFD the file really has)
        String fast = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return fast;
        }
        return strict(file, bytes, offset, StandardCharsets.UTF_8.newDecoder(), "UTF-8");
    }

    /** Whether the bytes start with a UTF-16 byte order mark. */
    public static boolean hasUtf16Bom(byte[] bytes) {
        return bytes.length >= 2 && (((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)
                || ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE));
    }

    private static String strict(Path file, byte[] bytes, int offset, CharsetDecoder decoder, String name) {
        decoder.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L, (long) bytes.length + 16));
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new InputException(file, line, String.format("not valid %s (byte 0x%02X)", name,
                    bytes[in.position()] & 0xFF));
        }
        r = decoder.flush(out);
        if (r.isError()) {
            throw new InputException(file, 0, "not valid " + name + " at end of file");
        }
        out.flip();
        return out.toString();
    }

    /** 1-based line of a character offset. */
    public static int lineAt(CharSequence text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

}
