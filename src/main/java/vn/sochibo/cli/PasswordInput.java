package vn.sochibo.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import vn.sochibo.domain.common.Problem;
import vn.sochibo.domain.common.ValidationException;

/**
 * Reads passwords, never from the command line itself: one line of standard input at a time (the first line
 * for {@code --password-stdin}, the next for a new password), or the first line of a file (UTF-8). The
 * characters go into arrays the store wipes after use; no String of a password is made here.
 */
final class PasswordInput {
    private final Reader in;

    PasswordInput(Reader in) {
        this.in = in;
    }

    /** The next line of standard input without its line break; null at the end of the input. */
    char[] nextLine() {
        char[] buffer = new char[64];
        int length = 0;
        try {
            int c;
            boolean any = false;
            while ((c = in.read()) != -1) {
                any = true;
                if (c == '\n') {
                    break;
                }
                if (length == buffer.length) {
                    char[] bigger = Arrays.copyOf(buffer, buffer.length * 2);
                    Arrays.fill(buffer, '\0');
                    buffer = bigger;
                }
                buffer[length++] = (char) c;
            }
            if (!any) {
                return null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return trimmed(buffer, length);
    }

    /** The first line of {@code file}; a {@link ValidationException} when it cannot be read. */
    static char[] fromFile(Path file) {
        byte[] bytes = null;
        CharBuffer chars = null;
        try {
            bytes = Files.readAllBytes(file);
            chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            int length = 0;
            while (length < chars.limit() && chars.get(length) != '\n') {
                length++;
            }
            char[] line = new char[length];
            chars.get(0, line, 0, length);
            return trimmed(line, length);
        } catch (CharacterCodingException e) {
            throw new ValidationException(Problem.of("password", "cli.password.unreadable", file.toString()));
        } catch (IOException e) {
            throw new ValidationException(Problem.of("password", "cli.password.unreadable", file.toString()));
        } finally {
            if (bytes != null) {
                Arrays.fill(bytes, (byte) 0);
            }
            if (chars != null && chars.hasArray()) {
                Arrays.fill(chars.array(), '\0');
            }
        }
    }

    /** The first {@code length} characters without a trailing CR or a byte-order mark; wipes the buffer. */
    private static char[] trimmed(char[] buffer, int length) {
        int start = length > 0 && buffer[0] == '\uFEFF' ? 1 : 0;
        int end = length > start && buffer[length - 1] == '\r' ? length - 1 : length;
        char[] line = Arrays.copyOfRange(buffer, start, end);
        Arrays.fill(buffer, '\0');
        return line;
    }
}
