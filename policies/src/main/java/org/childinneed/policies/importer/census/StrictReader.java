package org.childinneed.policies.importer.census;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes bytes strictly: every character before a byte that is not in the encoding is returned,
 * and only then does reading fail, so a parser sees all the good text before the bad byte.
 */
final class StrictReader extends Reader {

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
    private boolean eof;
    private boolean broken;
    /** The decoder has been flushed: every later read is at the end, as a {@link Reader}'s must be. */
    private boolean done;

    StrictReader(InputStream in, Charset charset) {
        this.in = in;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (broken) {
            throw new CharacterCodingException();
        }
        if (done) {
            return -1;
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (out.position() == offset) {
            if (!bytes.hasRemaining() || underflowed) {
                if (eof) {
                    CoderResult end = decoder.decode(bytes, out, true);
                    if (end.isError() || bytes.hasRemaining()) {
                        return fail(out, offset);
                    }
                    if (decoder.flush(out).isOverflow()) {
                        return out.position() - offset;
                    }
                    done = true;
                    return out.position() == offset ? -1 : out.position() - offset;
                }
                fill();
            }
            CoderResult result = decoder.decode(bytes, out, eof);
            if (result.isError()) {
                return fail(out, offset);
            }
            underflowed = result.isUnderflow();
        }
        return out.position() - offset;
    }

    private boolean underflowed = true;

    private int fail(CharBuffer out, int offset) throws IOException {
        broken = true;
        if (out.position() > offset) {
            return out.position() - offset;
        }
        throw new CharacterCodingException();
    }

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            eof = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
        underflowed = false;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
